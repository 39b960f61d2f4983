// Claims eval: runs a judge over three sets and reports accuracy per set, split, verdict and class, and how often
// `supported` is given to claims that are contradicted or not in the sources.
//
// - hand   (evals/claims/hand.json): claims in an inspector's words, written blind to the engine; split by id.
// - sys    (evals/claims/sys.json): systematic variants of report findings and law lids (a faithful paraphrase, a
//          changed amount, a swapped population, a flipped polarity, a wrong quantifier, something unsaid). Split by
//          GROUP (the id without its trailing variant letter), so a paraphrase and its changed-amount twin share a split.
// - legacy (evals/claims.json): the set the engine was first built on. Reported as "legacy", never as holdout.
//
// Holdout items are never printed: only their aggregate figures. Mismatches are kept for tune and legacy only.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClaimJudge, type ClaimResult, type Verdict } from '../server/src/claims/index.ts';
import { loadCorpus } from '../server/src/corpus/load.ts';
import { splitOf } from './split.ts';

export type ClaimSet = 'hand' | 'sys' | 'legacy';
export type ClaimSplit = 'tune' | 'holdout' | 'legacy';

export interface ClaimCase {
  id: string;
  set: ClaimSet;
  split: ClaimSplit;
  claim: string;
  verdict: Verdict;
  /** What the claim varies: paraphrase, amount, population, polarity, quantifier, law, unaddressed, … */
  class: string;
  note: string;
}

export interface Tally {
  total: number;
  correct: number;
  accuracy: number;
}

export interface ClaimMismatch {
  id: string;
  set: ClaimSet;
  claim: string;
  class: string;
  expected: Verdict;
  got: Verdict;
  confidence: number;
  note: string;
  explanation: string;
}

export interface SplitResult extends Tally {
  set: ClaimSet;
  split: ClaimSplit;
  perVerdict: Record<Verdict, Tally>;
  perClass: Record<string, Tally>;
  /** confusion[expected][got] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  /** share of contradicted + not_in_sources claims judged `supported` */
  supportedOnNegatives: number;
  negatives: number;
}

export interface ClaimsEvalResult {
  splits: SplitResult[];
  /** tune and legacy only: holdout items are never shown */
  mismatches: ClaimMismatch[];
  msPerClaim: number;
  /** CPU time (this process) a claim: what the judge costs, whatever else the machine runs. */
  cpuMsPerClaim: number;
  maxMsPerClaim: number;
}

export const VERDICTS: Verdict[] = ['supported', 'contradicted', 'not_in_sources'];
const here = dirname(fileURLToPath(import.meta.url));

interface RawCase {
  id?: string;
  claim: string;
  verdict: Verdict;
  class?: string;
  note?: string;
}

const read = (file: string): RawCase[] => JSON.parse(readFileSync(join(here, file), 'utf8')) as RawCase[];

/** A systematic item's group: its id without the trailing variant letter(s) and digit ("sys-11-01c2" → "sys-11-01"). */
export function groupOf(id: string): string {
  return id.replace(/[a-z]\d*$/, '');
}

export function loadClaimCases(): ClaimCase[] {
  const out: ClaimCase[] = [];
  for (const c of read('claims/hand.json')) {
    out.push({ id: c.id!, set: 'hand', split: splitOf(c.id!), claim: c.claim, verdict: c.verdict, class: c.class ?? 'other', note: c.note ?? '' });
  }
  for (const c of read('claims/sys.json')) {
    out.push({ id: c.id!, set: 'sys', split: splitOf(groupOf(c.id!)), claim: c.claim, verdict: c.verdict, class: c.class ?? 'other', note: c.note ?? '' });
  }
  read('claims.json').forEach((c, i) => {
    out.push({ id: `legacy-${i + 1}`, set: 'legacy', split: 'legacy', claim: c.claim, verdict: c.verdict, class: c.class ?? 'legacy', note: c.note ?? '' });
  });
  return out;
}

function tally(total: number, correct: number): Tally {
  return { total, correct, accuracy: total > 0 ? correct / total : 1 };
}

function summarise(set: ClaimSet, split: ClaimSplit, rows: Array<{ c: ClaimCase; got: Verdict }>): SplitResult {
  const confusion = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((g) => [g, 0]))])) as SplitResult['confusion'];
  const classes = new Map<string, { total: number; correct: number }>();
  for (const { c, got } of rows) {
    confusion[c.verdict][got]++;
    const k = classes.get(c.class) ?? { total: 0, correct: 0 };
    k.total++;
    if (got === c.verdict) k.correct++;
    classes.set(c.class, k);
  }
  const perVerdict = Object.fromEntries(
    VERDICTS.map((v) => [
      v,
      tally(
        VERDICTS.reduce((s, g) => s + confusion[v][g], 0),
        confusion[v][v],
      ),
    ]),
  ) as Record<Verdict, Tally>;
  const correct = rows.filter((r) => r.got === r.c.verdict).length;
  const negatives = perVerdict.contradicted.total + perVerdict.not_in_sources.total;
  const wrongSupported = confusion.contradicted.supported + confusion.not_in_sources.supported;
  return {
    set,
    split,
    ...tally(rows.length, correct),
    perVerdict,
    perClass: Object.fromEntries([...classes].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, tally(v.total, v.correct)])),
    confusion,
    supportedOnNegatives: negatives > 0 ? wrongSupported / negatives : 0,
    negatives,
  };
}

export async function runClaimsEval(judge: (claim: string) => Promise<ClaimResult>, cases: ClaimCase[] = loadClaimCases()): Promise<ClaimsEvalResult> {
  const rows: Array<{ c: ClaimCase; got: Verdict }> = [];
  const mismatches: ClaimMismatch[] = [];
  let maxMs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const c of cases) {
    const t1 = performance.now();
    const r = await judge(c.claim);
    maxMs = Math.max(maxMs, performance.now() - t1);
    rows.push({ c, got: r.verdict });
    if (r.verdict !== c.verdict && c.split !== 'holdout') {
      mismatches.push({
        id: c.id,
        set: c.set,
        claim: c.claim,
        class: c.class,
        expected: c.verdict,
        got: r.verdict,
        confidence: r.confidence,
        note: c.note,
        explanation: r.explanation,
      });
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const splits: SplitResult[] = [];
  for (const set of ['hand', 'sys', 'legacy'] as const) {
    for (const split of ['tune', 'holdout', 'legacy'] as const) {
      const mine = rows.filter((r) => r.c.set === set && r.c.split === split);
      if (mine.length > 0) splits.push(summarise(set, split, mine));
    }
  }
  const perClaim = (x: number) => (cases.length > 0 ? x / cases.length : 0);
  return { splits, mismatches, msPerClaim: perClaim(ms), cpuMsPerClaim: perClaim((cpu.user + cpu.system) / 1000), maxMsPerClaim: maxMs };
}

export function splitResult(r: ClaimsEvalResult, set: ClaimSet, split: ClaimSplit): SplitResult {
  const s = r.splits.find((x) => x.set === set && x.split === split);
  if (!s) throw new Error(`no ${set}/${split} split`);
  return s;
}

export function printClaimsEval(r: ClaimsEvalResult, log: (line: string) => void = console.log, opts: { mismatches?: boolean } = {}): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const t = (x: Tally) => `${x.correct}/${x.total} (${pct(x.accuracy)})`;
  log(`Claims eval: ${r.msPerClaim.toFixed(1)} ms/claim on average (${r.cpuMsPerClaim.toFixed(1)} ms CPU), ${r.maxMsPerClaim.toFixed(1)} ms at most`);
  for (const s of r.splits) {
    log(`  ${s.set}/${s.split}: ${t(s)}; supported given to contradicted/not_in_sources: ${pct(s.supportedOnNegatives)} of ${s.negatives}`);
    log(`    per verdict: ${VERDICTS.map((v) => `${v} ${t(s.perVerdict[v])}`).join(', ')}`);
    log(
      `    per class:   ${Object.entries(s.perClass)
        .map(([k, v]) => `${k} ${t(v)}`)
        .join(', ')}`,
    );
    log(
      `    confusion (rows expected, columns got ${VERDICTS.join('/')}): ${VERDICTS.map((e) => VERDICTS.map((g) => s.confusion[e][g]).join('/')).join('  ')}`,
    );
  }
  if (opts.mismatches === false) return;
  for (const m of r.mismatches) {
    log(`  ✗ ${m.id} [${m.class}] expected ${m.expected}, got ${m.got} (${m.confidence.toFixed(2)}): ${m.claim}`);
    log(`      note: ${m.note}`);
    log(`      why:  ${m.explanation.slice(0, 400)}`);
  }
}

/** A judge over the real corpus, in memory (no database): the same engine the route uses. */
export function createLocalJudge(corpusDir = join(here, '..', 'corpus')): (claim: string) => Promise<ClaimResult> {
  const judge = createClaimJudge(loadCorpus(corpusDir));
  return async (claim: string) => judge(claim);
}

/** Any app with a fetch-like `request` (a Hono app). */
export interface RequestableApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

/** The real pipeline: POST /api/claims on the app. */
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
