// Claims eval: runs a judge over evals/claims.json and reports accuracy, the confusion matrix and
// how often `supported` is given to claims that are contradicted or not in the sources.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEvidence } from '../server/src/claims/evidence.ts';
import { judgeClaim, type ClaimResult, type Verdict } from '../server/src/claims/judge.ts';
import { loadCorpus } from '../server/src/corpus/load.ts';

export interface ClaimCase {
  claim: string;
  verdict: Verdict;
  note: string;
  sections: string[];
}

export interface ClaimMismatch {
  claim: string;
  expected: Verdict;
  got: Verdict;
  confidence: number;
  note: string;
  explanation: string;
}

export interface ClaimsEvalResult {
  total: number;
  correct: number;
  accuracy: number;
  perVerdict: Record<Verdict, { total: number; correct: number; accuracy: number }>;
  /** confusion[expected][got] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  /** share of contradicted + not_in_sources claims that were judged `supported` */
  supportedOnNegatives: number;
  mismatches: ClaimMismatch[];
  msPerClaim: number;
}

const VERDICTS: Verdict[] = ['supported', 'contradicted', 'not_in_sources'];
const here = dirname(fileURLToPath(import.meta.url));

export function loadClaimCases(file = join(here, 'claims.json')): ClaimCase[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ClaimCase[];
}

export async function runClaimsEval(judge: (claim: string) => Promise<ClaimResult>, cases: ClaimCase[] = loadClaimCases()): Promise<ClaimsEvalResult> {
  const confusion = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((g) => [g, 0]))])) as ClaimsEvalResult['confusion'];
  const mismatches: ClaimMismatch[] = [];
  let correct = 0;
  const t0 = performance.now();
  for (const c of cases) {
    const r = await judge(c.claim);
    confusion[c.verdict][r.verdict]++;
    if (r.verdict === c.verdict) correct++;
    else mismatches.push({ claim: c.claim, expected: c.verdict, got: r.verdict, confidence: r.confidence, note: c.note, explanation: r.explanation });
  }
  const ms = performance.now() - t0;
  const perVerdict = Object.fromEntries(
    VERDICTS.map((v) => {
      const total = VERDICTS.reduce((s, g) => s + confusion[v][g], 0);
      const ok = confusion[v][v];
      return [v, { total, correct: ok, accuracy: total > 0 ? ok / total : 1 }];
    }),
  ) as ClaimsEvalResult['perVerdict'];
  const negatives = perVerdict.contradicted.total + perVerdict.not_in_sources.total;
  const supportedOnNeg = confusion.contradicted.supported + confusion.not_in_sources.supported;
  return {
    total: cases.length,
    correct,
    accuracy: cases.length > 0 ? correct / cases.length : 1,
    perVerdict,
    confusion,
    supportedOnNegatives: negatives > 0 ? supportedOnNeg / negatives : 0,
    mismatches,
    msPerClaim: cases.length > 0 ? ms / cases.length : 0,
  };
}

export function printClaimsEval(r: ClaimsEvalResult, log: (line: string) => void = console.log): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  log(`Claims eval: ${r.correct}/${r.total} correct (${pct(r.accuracy)}), ${r.msPerClaim.toFixed(1)} ms/claim`);
  for (const v of VERDICTS) log(`  ${v.padEnd(15)} ${r.perVerdict[v].correct}/${r.perVerdict[v].total} (${pct(r.perVerdict[v].accuracy)})`);
  log(`  supported on contradicted+not_in_sources: ${pct(r.supportedOnNegatives)}`);
  log('  confusion (rows = expected, columns = got):');
  log(`  ${''.padEnd(15)} ${VERDICTS.map((v) => v.padEnd(15)).join(' ')}`);
  for (const e of VERDICTS) log(`  ${e.padEnd(15)} ${VERDICTS.map((g) => String(r.confusion[e][g]).padEnd(15)).join(' ')}`);
  for (const m of r.mismatches) {
    log(`  ✗ expected ${m.expected}, got ${m.got} (${m.confidence.toFixed(2)}): ${m.claim}`);
    log(`      note: ${m.note}`);
    log(`      why:  ${m.explanation.slice(0, 300)}`);
  }
}

/**
 * A judge over the real corpus with the simple in-memory retriever of server/src/claims/evidence.ts
 * (no database, no embeddings). The route uses the real retrieval; this one lets the eval run anywhere.
 */
export function createLocalJudge(corpusDir = join(here, '..', 'corpus'), limit = 12): (claim: string) => Promise<ClaimResult> {
  const { report, articles } = loadCorpus(corpusDir);
  return async (claim: string) => {
    const passages = findEvidence(claim, report, articles, limit);
    return judgeClaim(claim, { passages, report, articles });
  };
}

/** Any app with a fetch-like `request` (a Hono app). */
export interface RequestableApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

/** The real pipeline: POST /api/claims on the app (retrieval + judgeClaim). */
export function createPipelineJudge(app: RequestableApp): (claim: string) => Promise<ClaimResult> {
  return async (claim: string) => {
    const res = await app.request('/api/claims', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ claim }),
    });
    if (!res.ok) throw new Error(`POST /api/claims → ${res.status}: ${await res.text()}`);
    return (await res.json()) as ClaimResult;
  };
}
