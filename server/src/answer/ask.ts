// Asking: read the question (with its history), retrieve from the corpus in memory and from the school's plan in
// Postgres, decide whether the sources answer it, and compose an answer that leads with kernpunten.
import type { Answer, Persona, Report, ScoredChunk } from '../domain.ts';
import { Lru } from '../nl/index.ts';
import type { CorpusIndex } from '../retrieval/corpus-index.ts';
import type { PassageIndex } from '../retrieval/passage-index.ts';
import type { AnswerEvent, Composer } from './composer.ts';
import { asksCompliance, complianceAnswer, type CheckedPlan } from './compliance.ts';
import { askWholeQuestion, notGrounded } from './messages.ts';
import { contentsStatement, contentsStatementFor } from './enumeration.ts';
import { rankPoints, routePoints, typeFit } from './points.ts';
import { readQuestion, type Reading, type Turn } from './reading.ts';
import { assessScope, type ScopeVerdict } from './scope.ts';

export interface AskRequest {
  question: string;
  persona: Persona;
  /** Earlier turns, oldest first (at most 6 are read). */
  history?: Turn[];
  planId?: string;
  schoolId?: string;
  /** The attached plan with its stored check: "voldoet ons stageplan aan de wet?" is answered from it. */
  plan?: CheckedPlan;
}

export interface AskDeps {
  corpus: CorpusIndex;
  /** Plans' passages (Postgres), and law articles by number. */
  plans: PassageIndex;
  composer: Composer;
  report: Report;
  cache?: AnswerCache;
}

/**
 * Answers by persona and question as understood. New questions cannot flush the questions asked often: an entry
 * asked twice moves to the frequent segment, which only other frequent entries can push out.
 */
export class AnswerCache {
  private readonly once: Lru<string, Answer>;
  private readonly often: Lru<string, Answer>;
  constructor(size = 1000) {
    this.once = new Lru(Math.ceil(size / 2));
    this.often = new Lru(Math.floor(size / 2));
  }

  static key(req: AskRequest, reading: Reading): string | null {
    if (req.planId) return null;
    return [req.persona, reading.register, reading.resolved.toLowerCase().replace(/\s+/g, ' ').trim()].join('\u0000');
  }

  get(key: string | null): Answer | undefined {
    if (!key) return undefined;
    const hit = this.often.get(key);
    if (hit) return hit;
    const first = this.once.get(key);
    if (first) this.often.set(key, first);
    return first;
  }

  set(key: string | null, answer: Answer): void {
    if (key) this.once.set(key, answer);
  }
}

/** An introduction names every topic of its chapter and answers none: it yields to the sections below it. */
const INTRODUCTION = 0.6;
/** A question about what the law allows or requires reads the law's lids before equally good report passages. */
const LAW_QUESTION = 1.25;

/**
 * The passages in the order the answer reads them: the fused search score, weighed by how well a passage fits the
 * asker's school type, whether it introduces a chapter, and (for a question about the law) whether it is law.
 */
function rerank(passages: ScoredChunk[], reading: Reading, deps: AskDeps): ScoredChunk[] {
  const lawQuestion = reading.kinds.has('law') || reading.named.laws.length > 0;
  const weighed = passages.map((c) => {
    let score = c.score;
    if (c.source === 'report') score *= typeFit(deps.corpus.schoolTypesOf(c.id), reading.schoolTypes, reading.deniedTypes);
    if (deps.corpus.isIntroduction(c.id) && !reading.kinds.has('meta')) score *= INTRODUCTION;
    if (c.source === 'law' && lawQuestion) score *= LAW_QUESTION;
    if (c.source === 'law' && reading.named.laws.length && !reading.named.laws.includes(c.lawId!)) score *= 0.5;
    return { ...c, score };
  });
  weighed.sort((a, b) => b.score - a.score);
  const best = weighed[0]?.score || 1;
  return weighed.map((c) => ({ ...c, score: Math.round((c.score / best) * 1000) / 1000 }));
}

function interleave(first: ScoredChunk[], second: ScoredChunk[], limit: number): ScoredChunk[] {
  const out: ScoredChunk[] = [];
  for (let i = 0; out.length < limit && (i < first.length || i < second.length); i++) {
    for (const c of [first[i], second[i]]) if (c && !out.some((o) => o.id === c.id)) out.push(c);
  }
  return out.slice(0, limit);
}

export interface Retrieved {
  reading: Reading;
  passages: ScoredChunk[];
  scope: ScopeVerdict;
  /** The law lid that states the contents the question asks about ("Wat moet er in een stageplan staan?"). */
  contentsList?: string;
}

export async function retrieve(deps: AskDeps, req: AskRequest): Promise<Retrieved> {
  const reading = readQuestion(req.question, req.persona, req.history ?? [], deps.corpus);
  const text = reading.resolved;
  let passages = rerank(await deps.corpus.search(reading.query, text, { limit: 20 }), reading, deps).slice(0, 8);
  // A question about what something must contain reads the law lid that states those contents first.
  const contents = reading.kinds.has('contents') ? contentsStatementFor(lawStatements(deps.corpus), text, reading.named.laws) : undefined;
  if (contents) passages = [{ ...contents, score: passages[0]?.score ?? 1 }, ...passages.filter((p) => p.id !== contents.id)].slice(0, 8);
  passages = pinNamed(deps, reading, passages);
  if (req.planId && req.schoolId) {
    const plan = await deps.plans.searchPlan(text, req.planId, req.schoolId, { limit: 4 });
    passages = interleave(plan, passages, 10);
  }
  return { reading, passages, scope: assessScope(reading, passages, deps.corpus), ...(contents ? { contentsList: contents.id } : {}) };
}

const statements = new WeakMap<AskDeps['corpus'], ScoredChunk[]>();
/** The law's lids that state what something contains, found once per index. */
function lawStatements(corpus: AskDeps['corpus']): ScoredChunk[] {
  let found = statements.get(corpus);
  if (!found) {
    found = corpus.passagesWhere((c) => c.source === 'law' && contentsStatement(c.text) !== null);
    statements.set(corpus, found);
  }
  return found;
}

/** Articles, lids and sections the question names go first. */
function pinNamed(deps: AskDeps, reading: Reading, passages: ScoredChunk[]): ScoredChunk[] {
  const { articles, sections } = reading.named;
  if (!articles.length && !sections.length) return passages;
  const named = deps.corpus.passagesWhere(
    (c) =>
      (c.source === 'law' && articles.some((a) => a.article === c.article && (!a.law || a.law === c.lawId) && (!a.lid || a.lid === c.lid))) ||
      (c.source === 'report' && c.footnote === undefined && sections.some((s) => c.ref === s)),
  );
  const pinned = [...named.filter((c) => c.source === 'law'), ...named.filter((c) => c.source === 'report').slice(0, 2)];
  return [...pinned, ...passages.filter((p) => !pinned.some((n) => n.id === p.id))].slice(0, 10);
}

/** The answer from the attached plan's own check, when the question asks whether it meets the law. */
async function fromPlanCheck(deps: AskDeps, req: AskRequest): Promise<Answer | null> {
  if (!req.plan || !asksCompliance(req.question)) return null;
  const articles = [...new Set(req.plan.check.requirements.map((r) => r.article))];
  return complianceAnswer(
    req.plan,
    deps.corpus.passagesWhere((c) => c.source === 'law' && articles.includes(c.article!)),
  );
}

function refusal(reading: Reading, scope: ScopeVerdict): Answer {
  return scope.reason === 'ask_whole' ? askWholeQuestion(reading.persona) : notGrounded(reading.persona, scope.redirect);
}

const withReading = (answer: Answer, reading: Reading): Answer =>
  reading.resolved !== reading.question ? { ...answer, resolvedQuestion: reading.resolved } : answer;

/** An LLM composer's fallback answer is not kept: the next ask may get the model's answer. */
const cacheable = (deps: AskDeps, answer: Answer) => deps.composer.id === 'extractive' || answer.mode === 'llm';

async function prepared(deps: AskDeps, req: AskRequest) {
  const retrieved = await retrieve(deps, req);
  const points = retrieved.scope.grounded ? rankPoints(deps.corpus, retrieved.reading, retrieved.passages, retrieved.contentsList) : [];
  const route = retrieved.reading.persona === 'student' ? routePoints(deps.corpus) : [];
  return { ...retrieved, points, route };
}

export async function ask(deps: AskDeps, req: AskRequest): Promise<Answer> {
  const checked = await fromPlanCheck(deps, req);
  if (checked) return checked;
  const { reading, passages, scope, points, route } = await prepared(deps, req);
  const key = AnswerCache.key(req, reading);
  const cached = deps.cache?.get(key);
  if (cached) return withReading(cached, reading);
  if (!scope.grounded) return withReading(refusal(reading, scope), reading);
  const answer = await deps.composer.compose({ question: reading.resolved, persona: req.persona, passages, reading, points, route });
  const out = answer.citations.length ? answer : notGrounded(req.persona);
  if (cacheable(deps, out)) deps.cache?.set(key, out);
  return withReading(out, reading);
}

function* replay(answer: Answer): Iterable<AnswerEvent> {
  yield { type: 'citations', citations: answer.citations };
  yield { type: 'delta', text: answer.answer };
  yield { type: 'done', answer };
}

export async function* askStream(deps: AskDeps, req: AskRequest, signal?: AbortSignal): AsyncIterable<AnswerEvent> {
  const checked = await fromPlanCheck(deps, req);
  if (checked) return yield* replay(checked);
  const { reading, passages, scope, points, route } = await prepared(deps, req);
  const key = AnswerCache.key(req, reading);
  const cached = deps.cache?.get(key);
  if (cached) return yield* replay(withReading(cached, reading));
  if (!scope.grounded) return yield* replay(withReading(refusal(reading, scope), reading));
  for await (const event of deps.composer.stream({
    question: reading.resolved,
    persona: req.persona,
    passages,
    reading,
    points,
    route,
    ...(signal ? { signal } : {}),
  })) {
    if (event.type === 'done') {
      if (cacheable(deps, event.answer)) deps.cache?.set(key, event.answer);
      yield { type: 'done', answer: withReading(event.answer, reading) };
    } else yield event;
  }
}

/** The dependencies of ask() from the app's parts. */
export function askDeps(
  parts: { corpusIndex: CorpusIndex; index: PassageIndex; composer: Composer; corpus: { report: Report } },
  cache?: AnswerCache,
): AskDeps {
  return { corpus: parts.corpusIndex, plans: parts.index, composer: parts.composer, report: parts.corpus.report, ...(cache ? { cache } : {}) };
}
