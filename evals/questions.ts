// Question eval: what a user sees. Hits are counted on the answer's citations (as from outside), facts on the lead
// and the quotes; refusals by question type. Every set is split tune/holdout by id (evals/split.ts); holdout items
// are never printed.
import { readdirSync, readFileSync } from 'node:fs';
import { ask, retrieve, type AskDeps } from '../server/src/answer/ask.ts';
import type { Answer, Citation, Persona, ScoredChunk } from '../server/src/domain.ts';
import { extractNumbers, stem, terms } from '../server/src/nl/index.ts';
import { splitOf, type Split } from './split.ts';

export type QuestionType = 'in_scope' | 'out_of_scope' | 'follow_up' | 'safety';

export interface EvalQuestion {
  id: string;
  persona: Persona;
  question: string;
  type: QuestionType;
  sources: string[];
  facts: string[][];
  schoolType?: string;
  history?: Array<{ question: string; answer?: string }>;
  resolved?: string;
  redirect?: string;
}

export interface QuestionResult {
  id: string;
  set: string;
  split: Split;
  persona: Persona;
  type: QuestionType;
  /** 1-based rank of the first citation from a gold source; null when none. */
  rank: number | null;
  /** 1-based rank of the first gold source among the retrieved passages. */
  retrievalRank: number | null;
  grounded: boolean;
  citations: number;
  /** Share of the gold facts found in the lead and the quotes (null without facts). */
  facts: number | null;
  hasLead: boolean;
  ms: number;
}

const DIR = new URL('./questions/', import.meta.url);

/** The question sets: `legacy` is the set the engine was first built on (reported, never as holdout). */
export function loadQuestionSets(): Map<string, EvalQuestion[]> {
  const sets = new Map<string, EvalQuestion[]>();
  for (const f of readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    sets.set(f.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(f, DIR), 'utf8')));
  }
  return sets;
}

/** Whether a citation or passage comes from a gold source: "report:7.1.2", "law:UB WVO 2020:2.36" or "…:2.36:3". */
export function fromSource(c: Pick<Citation, 'source' | 'section' | 'law' | 'article' | 'lid'>, gold: string): boolean {
  const [kind, ...rest] = gold.split(':');
  if (kind === 'report') return c.source === 'report' && c.section === rest[0];
  if (kind === 'law') return c.source === 'law' && c.law === rest[0] && c.article === rest[1] && (rest[2] === undefined || c.lid === rest[2]);
  return false;
}

const passageAsCitation = (p: ScoredChunk) => ({ source: p.source, section: p.ref, law: p.law, article: p.article, lid: p.lid });

/** Stems and number keys of a text, for fact matching (word endings, case and accents ignored). */
function vocabulary(text: string): { stems: Set<string>; words: string[]; numbers: Set<string> } {
  const words = terms(text);
  return { stems: new Set(words.map(stem)), words, numbers: new Set(extractNumbers(text).flatMap((n) => n.keys)) };
}

/** A fact is covered when every word of one of its alternatives occurs (as a stem, a number or inside a compound). */
export function factCovered(alternatives: string[], v: ReturnType<typeof vocabulary>): boolean {
  return alternatives.some((alt) => {
    const numbers = extractNumbers(alt);
    if (numbers.some((n) => !n.keys.some((k) => v.numbers.has(k)))) return false;
    return terms(alt)
      .filter((w) => !/^\d/.test(w))
      .every((w) => v.stems.has(stem(w)) || (w.length >= 4 && v.words.some((x) => x.includes(w))));
  });
}

export function answerText(a: Answer): string {
  return `${a.lead ?? a.answer} ${a.citations.map((c) => c.quote).join(' ')}`;
}

export async function runQuestions(deps: AskDeps, set: string, questions: EvalQuestion[]): Promise<QuestionResult[]> {
  const out: QuestionResult[] = [];
  for (const q of questions) {
    const history = q.history?.map((h) => ({ question: h.question, ...(h.answer ? { answer: h.answer } : {}) }));
    const req = { question: q.question, persona: q.persona, ...(history ? { history } : {}) };
    const t0 = performance.now();
    const answer = await ask(deps, req);
    const ms = performance.now() - t0;
    const { passages } = await retrieve(deps, req);
    const gold = q.sources;
    const rankOf = (list: Array<Pick<Citation, 'source' | 'section' | 'law' | 'article' | 'lid'>>) => {
      const i = list.findIndex((c) => gold.some((g) => fromSource(c, g)));
      return i >= 0 ? i + 1 : null;
    };
    const v = vocabulary(answerText(answer));
    out.push({
      id: q.id,
      set,
      split: set === 'legacy' ? 'tune' : splitOf(q.id),
      persona: q.persona,
      type: q.type,
      rank: gold.length ? rankOf(answer.citations) : null,
      retrievalRank: gold.length ? rankOf(passages.filter((p) => p.role !== 'contact').map(passageAsCitation)) : null,
      grounded: answer.grounded,
      citations: answer.citations.length,
      facts: q.facts.length && q.type !== 'out_of_scope' ? q.facts.filter((f) => factCovered(f, v)).length / q.facts.length : null,
      hasLead: Boolean(answer.lead),
      ms,
    });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export interface QuestionFigures {
  n: number;
  inScope: number;
  hitAt1: number | null;
  hitAt5: number | null;
  retrievalHitAt5: number | null;
  outOfScopeRefused: number | null;
  inScopeRefused: number;
  pupilInScopeRefused: number;
  safetyRefused: number;
  factCoverage: number | null;
  factCoverageByPersona: Record<Persona, number | null>;
  followUpHitAt5: number | null;
  latencyP95Ms: number;
}

export function figures(results: QuestionResult[]): QuestionFigures {
  const answerable = results.filter((r) => r.type !== 'out_of_scope');
  const oos = results.filter((r) => r.type === 'out_of_scope');
  const refused = (r: QuestionResult) => !r.grounded;
  const hit = (rs: QuestionResult[], k: number) => (rs.length ? round(rs.filter((r) => r.rank !== null && r.rank <= k).length / rs.length) : null);
  const facts = (rs: QuestionResult[]) => mean(rs.map((r) => r.facts).filter((x): x is number => x !== null));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    n: results.length,
    inScope: answerable.length,
    hitAt1: hit(answerable, 1),
    hitAt5: hit(answerable, 5),
    retrievalHitAt5: answerable.length ? round(answerable.filter((r) => r.retrievalRank !== null && r.retrievalRank <= 5).length / answerable.length) : null,
    outOfScopeRefused: oos.length ? round(oos.filter((r) => refused(r) && r.citations === 0).length / oos.length) : null,
    inScopeRefused: answerable.filter(refused).length,
    pupilInScopeRefused: answerable.filter((r) => r.persona === 'student' && refused(r)).length,
    safetyRefused: results.filter((r) => r.type === 'safety' && refused(r)).length,
    factCoverage: facts(answerable),
    factCoverageByPersona: {
      student: facts(answerable.filter((r) => r.persona === 'student')),
      coordinator: facts(answerable.filter((r) => r.persona === 'coordinator')),
      inspector: facts(answerable.filter((r) => r.persona === 'inspector')),
    },
    followUpHitAt5: hit(
      results.filter((r) => r.type === 'follow_up'),
      5,
    ),
    latencyP95Ms: Math.round(ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)] ?? 0),
  };
}

export interface QuestionsEvalResult {
  tune: QuestionFigures;
  holdout: QuestionFigures;
  legacy: QuestionFigures;
  results: QuestionResult[];
}

export async function runQuestionsEval(deps: AskDeps): Promise<QuestionsEvalResult> {
  const results: QuestionResult[] = [];
  for (const [set, questions] of loadQuestionSets()) results.push(...(await runQuestions(deps, set, questions)));
  const fresh = results.filter((r) => r.set !== 'legacy');
  return {
    tune: figures(fresh.filter((r) => r.split === 'tune')),
    holdout: figures(fresh.filter((r) => r.split === 'holdout')),
    legacy: figures(results.filter((r) => r.set === 'legacy')),
    results,
  };
}

/** Figures side by side; failures listed for tune (and legacy) items only, never for holdout ones. */
export function printQuestionsEval(r: QuestionsEvalResult, opts: { failures?: boolean } = {}): void {
  console.log('\nVragen: tune | holdout | legacy');
  const rows: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(r.tune) as Array<keyof QuestionFigures>) {
    const show = (f: QuestionFigures) => (typeof f[key] === 'object' && f[key] !== null ? JSON.stringify(f[key]) : f[key]);
    rows[key] = { tune: show(r.tune), holdout: show(r.holdout), legacy: show(r.legacy) };
  }
  console.table(rows);
  if (!opts.failures) return;
  const questions = new Map([...loadQuestionSets().values()].flat().map((q) => [q.id, q]));
  for (const x of r.results.filter((x) => x.split === 'tune')) {
    const q = questions.get(x.id)!;
    const problems: string[] = [];
    if (x.type === 'out_of_scope' && x.grounded) problems.push('buiten bronnen maar beantwoord');
    if (x.type !== 'out_of_scope' && !x.grounded) problems.push('geweigerd');
    if (x.type !== 'out_of_scope' && x.grounded && (x.rank === null || x.rank > 5))
      problems.push(`geen goudbron in citaten (retrieval rank ${x.retrievalRank})`);
    if (x.facts !== null && x.facts < 1) problems.push(`feiten ${Math.round(x.facts * 100)}%`);
    if (problems.length) console.log(`  ✗ ${x.id} [${x.persona}/${x.type}] ${problems.join('; ')}: ${q.question}`);
  }
}
