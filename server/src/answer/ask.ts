import type { Answer, Persona, Report, ReportSection, ScoredChunk } from '../domain.ts';
import { expandQuestion, LEGAL_INTENT, SHARE_INTENT } from '../retrieval/expand.ts';
import type { PassageIndex } from '../retrieval/passage-index.ts';
import { fold } from '../retrieval/text.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import type { AnswerEvent, Composer } from './composer.ts';
import { notGrounded } from './messages.ts';
import { asksCompliance, complianceAnswer, type CheckedPlan } from './compliance.ts';
import { assessScope, stripInstructions, type ScopeVerdict } from './scope.ts';

export interface AskRequest {
  question: string;
  persona: Persona;
  planId?: string;
  schoolId?: string;
  /** The attached plan with its stored check: "voldoet ons stageplan aan de wet?" is answered from it. */
  plan?: CheckedPlan;
}

export interface AskDeps {
  index: PassageIndex;
  vocabulary: Vocabulary;
  composer: Composer;
  /** The school type each report section is about: a question about vmbo is not answered with pro findings. */
  schoolTypes?: Map<string, SchoolType>;
  /** Answers to questions without a plan, by persona and normalised question (the corpus does not change at run time). */
  cache?: AnswerCache;
}

/** A small LRU of answers: pupils and coordinators ask the same questions. */
export class AnswerCache {
  private readonly entries = new Map<string, Answer>();
  constructor(private readonly max = 500) {}

  static key(req: AskRequest): string | null {
    return req.planId ? null : `${req.persona}\u0000${req.question.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  }

  get(key: string | null): Answer | undefined {
    const hit = key ? this.entries.get(key) : undefined;
    if (hit) {
      this.entries.delete(key!);
      this.entries.set(key!, hit);
    }
    return hit;
  }

  set(key: string | null, answer: Answer): void {
    if (!key) return;
    this.entries.set(key, answer);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Pupil questions about problems on the stage: the answer also says who to go to. */
const PROBLEM = /stagemisbruik|onveilig|discriminatie|begeleiding|aanspreekpunt|stagevergoeding|arbeidstijden/;
const CONTACT_QUERY = 'stagebegeleider van de afdeling stagecoördinator aanspreekpunt voor de leerling mocht er iets zijn aan de bel trekken';


function interleave(first: ScoredChunk[], second: ScoredChunk[], limit: number): ScoredChunk[] {
  const out: ScoredChunk[] = [];
  for (let i = 0; out.length < limit && (i < first.length || i < second.length); i++) {
    for (const c of [first[i], second[i]]) if (c && !out.some((o) => o.id === c.id)) out.push(c);
  }
  return out.slice(0, limit);
}

const contacts = new WeakMap<PassageIndex, Promise<ScoredChunk | undefined>>();
/** The report passage that says who a pupil can turn to; the same for every question, so found once. */
function contactPassage(index: PassageIndex): Promise<ScoredChunk | undefined> {
  let found = contacts.get(index);
  if (!found) {
    found = index.search(CONTACT_QUERY, { sources: ['report'], literal: true, limit: 1 }).then((r) => r[0]);
    contacts.set(index, found);
  }
  return found;
}

/** Article numbers named in the question ("artikel 2.36", "art. 2.35 UB"). */
function namedArticles(question: string): string[] {
  return [...fold(question).matchAll(/\bart(?:ikel|\.)?\s*(\d\.\d{1,3})\b/g)].map((m) => m[1]!);
}

export type SchoolType = 'vmbo' | 'pro';

/** The school type of each report section, from its own and its parents' titles ("… bij de onderzochte pro-afdelingen"). */
export function sectionSchoolTypes(report: Report): Map<string, SchoolType> {
  const byNumber = new Map(report.sections.map((s) => [s.number, s]));
  const types = new Map<string, SchoolType>();
  for (const s of report.sections) {
    for (let t: ReportSection | undefined = s; t; t = t.parent ? byNumber.get(t.parent) : undefined) {
      const type = schoolTypeIn(t.title);
      if (type) {
        types.set(s.number, type);
        break;
      }
    }
  }
  return types;
}

/** The one school type a text names (vmbo or praktijkonderwijs), if exactly one. */
function schoolTypeIn(text: string): SchoolType | undefined {
  const f = fold(text);
  const vmbo = /\bvmbo\b/.test(f);
  const pro = /\bpro\b|praktijkonderwijs|praktijkschool/.test(f);
  return vmbo === pro ? undefined : vmbo ? 'vmbo' : 'pro';
}

/** Passages about the other school type go last (they stay: they may still be all there is). */
function preferSchoolType(passages: ScoredChunk[], type: SchoolType | undefined, types: Map<string, SchoolType> | undefined, limit: number): ScoredChunk[] {
  if (!type || !types) return passages.slice(0, limit);
  const other = (c: ScoredChunk) => c.source === 'report' && types.get(c.ref) !== undefined && types.get(c.ref) !== type;
  return [...passages.filter((c) => !other(c)), ...passages.filter(other)].slice(0, limit);
}

export async function retrieve(deps: AskDeps, req: AskRequest): Promise<{ passages: ScoredChunk[]; scope: ScopeVerdict }> {
  const question = stripInstructions(req.question);
  const scopeOpts = req.planId && req.schoolId ? { planId: req.planId, schoolId: req.schoolId } : {};
  const schoolType = deps.schoolTypes ? schoolTypeIn(question) : undefined;
  // Named a school type: look further, so that passages about the other type can make way.
  const wider = (n: number) => (schoolType ? n * 2 : n);
  let passages: ScoredChunk[];
  if (req.planId && req.schoolId) {
    // A question with a plan attached is first about that plan.
    const [plan, rest] = await Promise.all([
      deps.index.search(question, { ...scopeOpts, sources: ['plan'], broad: true, limit: 4 }),
      deps.index.search(question, { sources: ['report', 'law'], limit: wider(8) }),
    ]);
    passages = interleave(plan, preferSchoolType(rest, schoolType, deps.schoolTypes, 8), 10);
  } else if (LEGAL_INTENT.test(fold(question))) {
    // A question about what the law requires is first about the law.
    const [top, law] = await deps.index.searchGroups(question, {}, [{ limit: wider(8) }, { sources: ['law'], limit: 3 }]);
    passages = interleave(law!, preferSchoolType(top!, schoolType, deps.schoolTypes, 8), 8);
  } else {
    // A question about shares reads several survey tables (by type of stage, by leerjaar, PTA): look further.
    const limit = SHARE_INTENT.test(fold(question)) ? 12 : 8;
    passages = preferSchoolType(await deps.index.search(question, { limit: wider(limit) }), schoolType, deps.schoolTypes, limit);
  }
  const articles = namedArticles(question);
  if (articles.length) {
    const named = await deps.index.byArticle(articles);
    passages = [...named.map((c) => ({ ...c, score: 1 })), ...passages.filter((p) => !named.some((n) => n.id === p.id))].slice(0, 10);
  }
  const scope = assessScope(question, passages, deps.vocabulary);
  if (scope.grounded && req.persona === 'student' && PROBLEM.test(expandQuestion(question).added.join(' '))) {
    const contact = await contactPassage(deps.index);
    if (contact) passages = [...passages, { ...contact, role: 'contact' }];
  }
  return { passages, scope };
}

/** The answer from the attached plan's own check, when the question asks whether it meets the law. */
async function fromPlanCheck(deps: AskDeps, req: AskRequest): Promise<Answer | null> {
  if (!req.plan || !asksCompliance(req.question)) return null;
  const articles = [...new Set(req.plan.check.requirements.map((r) => r.article))];
  return complianceAnswer(req.plan, articles.length ? await deps.index.byArticle(articles) : []);
}

export async function ask(deps: AskDeps, req: AskRequest): Promise<Answer> {
  const checked = await fromPlanCheck(deps, req);
  if (checked) return checked;
  const key = AnswerCache.key(req);
  const cached = deps.cache?.get(key);
  if (cached) return cached;
  const { passages, scope } = await retrieve(deps, req);
  const answer = scope.grounded ? await deps.composer.compose({ question: req.question, persona: req.persona, passages }) : notGrounded(req.persona);
  if (cacheable(deps, answer)) deps.cache?.set(key, answer);
  return answer;
}

/** The dependencies of ask() from the app's parts. */
export function askDeps(parts: { index: PassageIndex; vocabulary: Vocabulary; composer: Composer; corpus: { report: Report } }, cache?: AnswerCache): AskDeps {
  return { index: parts.index, vocabulary: parts.vocabulary, composer: parts.composer, schoolTypes: sectionSchoolTypes(parts.corpus.report), ...(cache ? { cache } : {}) };
}

/** An LLM composer's fallback answer is not kept: the next ask may get the model's answer. */
const cacheable = (deps: AskDeps, answer: Answer) => deps.composer.id === 'extractive' || answer.mode === 'llm';

function* replay(answer: Answer): Iterable<AnswerEvent> {
  yield { type: 'citations', citations: answer.citations };
  yield { type: 'delta', text: answer.answer };
  yield { type: 'done', answer };
}

export async function* askStream(deps: AskDeps, req: AskRequest, signal?: AbortSignal): AsyncIterable<AnswerEvent> {
  const checked = await fromPlanCheck(deps, req);
  if (checked) return yield* replay(checked);
  const key = AnswerCache.key(req);
  const cached = deps.cache?.get(key);
  if (cached) return yield* replay(cached);
  const { passages, scope } = await retrieve(deps, req);
  if (!scope.grounded) return yield* replay(notGrounded(req.persona));
  for await (const event of deps.composer.stream({ question: req.question, persona: req.persona, passages, ...(signal ? { signal } : {}) })) {
    if (event.type === 'done' && cacheable(deps, event.answer)) deps.cache?.set(key, event.answer);
    yield event;
  }
}
