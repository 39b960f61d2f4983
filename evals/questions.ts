// Question eval: retrieval hit@k, MRR, key-term coverage, out-of-scope accuracy, latency.
import { readFileSync } from 'node:fs';
import { ask, retrieve, type AskDeps } from '../server/src/answer/ask.ts';
import type { Persona, ScoredChunk } from '../server/src/domain.ts';
import type { SearchLeg } from '../server/src/retrieval/passage-index.ts';
import { fold } from '../server/src/retrieval/text.ts';

export interface EvalQuestion {
  id: string;
  persona: Persona;
  question: string;
  gold?: string[];
  keyTerms?: string[];
  outOfScope?: boolean;
}

export interface QuestionResult {
  id: string;
  question: string;
  outOfScope: boolean;
  rank: number | null; // 1-based rank of the first gold source among retrieved passages
  grounded: boolean;
  citations: number;
  keyTermCoverage: number | null;
  ms: number;
  retrieved: string[];
}

export interface QuestionsEvalResult {
  questions: number;
  inScope: number;
  outOfScope: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  keyTermCoverage: number;
  outOfScopeAccuracy: number;
  inScopeGroundedRate: number;
  latencyMs: { p50: number; p95: number };
  results: QuestionResult[];
}

export const QUESTIONS: EvalQuestion[] = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8'));

/** The gold-source id of a passage: "report:7.1.2" or "law:UB WVO 2020:2.36". */
export function sourceId(c: Pick<ScoredChunk, 'source' | 'ref' | 'law' | 'article'>): string {
  return c.source === 'law' ? `law:${c.law}:${c.article}` : `${c.source}:${c.ref}`;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Retrieval hit@5 of the given legs alone (for the hybrid-versus-lexical comparison). */
export async function hitAt5(deps: AskDeps, legs: SearchLeg[], questions = QUESTIONS): Promise<number> {
  const inScope = questions.filter((q) => !q.outOfScope);
  let hits = 0;
  for (const q of inScope) {
    const passages = await deps.index.search(q.question, { legs, limit: 5 });
    if (passages.some((p) => q.gold!.includes(sourceId(p)))) hits++;
  }
  return round(hits / inScope.length);
}

export async function runQuestionsEval(deps: AskDeps, questions = QUESTIONS): Promise<QuestionsEvalResult> {
  const results: QuestionResult[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const answer = await ask(deps, { question: q.question, persona: q.persona });
    const ms = performance.now() - t0;
    const { passages } = await retrieve(deps, { question: q.question, persona: q.persona });
    const retrieved = passages.filter((p) => p.role !== 'contact').map(sourceId);
    const index = q.gold ? retrieved.findIndex((id) => q.gold!.includes(id)) : -1;
    const text = fold(`${answer.answer} ${answer.citations.map((c) => c.quote).join(' ')}`);
    const coverage = q.keyTerms?.length ? q.keyTerms.filter((t) => text.includes(fold(t))).length / q.keyTerms.length : null;
    results.push({
      id: q.id,
      question: q.question,
      outOfScope: !!q.outOfScope,
      rank: index >= 0 ? index + 1 : null,
      grounded: answer.grounded,
      citations: answer.citations.length,
      keyTermCoverage: coverage,
      ms: Math.round(ms * 10) / 10,
      retrieved: retrieved.slice(0, 5),
    });
  }
  const inScope = results.filter((r) => !r.outOfScope);
  const oos = results.filter((r) => r.outOfScope);
  const coverages = inScope.map((r) => r.keyTermCoverage).filter((x): x is number => x !== null);
  const latencies = results.map((r) => r.ms);
  return {
    questions: results.length,
    inScope: inScope.length,
    outOfScope: oos.length,
    hitAt1: round(inScope.filter((r) => r.rank === 1).length / inScope.length),
    hitAt5: round(inScope.filter((r) => r.rank !== null && r.rank <= 5).length / inScope.length),
    mrr: round(inScope.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / inScope.length),
    keyTermCoverage: round(coverages.reduce((a, b) => a + b, 0) / Math.max(1, coverages.length)),
    outOfScopeAccuracy: round(oos.filter((r) => !r.grounded && r.citations === 0).length / Math.max(1, oos.length)),
    inScopeGroundedRate: round(inScope.filter((r) => r.grounded).length / inScope.length),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    results,
  };
}

export function printQuestionsEval(r: QuestionsEvalResult): void {
  console.log(`\nVragen (${r.inScope} binnen de bronnen, ${r.outOfScope} erbuiten)`);
  console.table({
    'hit@1': r.hitAt1,
    'hit@5': r.hitAt5,
    MRR: r.mrr,
    'key-term coverage': r.keyTermCoverage,
    'out-of-scope accuracy': r.outOfScopeAccuracy,
    'in-scope answered (grounded)': r.inScopeGroundedRate,
    'latency p50 ms': r.latencyMs.p50,
    'latency p95 ms': r.latencyMs.p95,
  });
  const misses = r.results.filter((x) => (x.outOfScope ? x.grounded : x.rank === null || x.rank > 5 || !x.grounded));
  for (const m of misses) {
    console.log(`  ✗ ${m.id} ${m.outOfScope ? '(buiten bronnen, toch beantwoord)' : m.grounded ? `(geen bron in top 5: ${m.retrieved.join(', ')})` : '(niet beantwoord)'} ${m.question}`);
  }
}
