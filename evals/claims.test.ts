// The claims eval on the real corpus and the real parser, with the local in-memory retriever.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalJudge, loadClaimCases, printClaimsEval, runClaimsEval, type ClaimsEvalResult } from './claims.ts';

describe('claims eval (local retriever + judgeClaim)', () => {
  let result: ClaimsEvalResult;
  beforeAll(async () => {
    result = await runClaimsEval(createLocalJudge());
    const lines: string[] = [];
    printClaimsEval(result, (l) => lines.push(l));
    console.log(lines.join('\n'));
  });

  it('has a balanced, sufficiently large set of claims', () => {
    const cases = loadClaimCases();
    expect(cases.length).toBeGreaterThanOrEqual(48);
    const count = (v: string) => cases.filter((c) => c.verdict === v).length;
    expect(count('supported')).toBeGreaterThanOrEqual(14);
    expect(count('contradicted')).toBeGreaterThanOrEqual(16);
    expect(count('not_in_sources')).toBeGreaterThanOrEqual(8);
    for (const c of cases) expect(c.note.length).toBeGreaterThan(0);
  });

  it('reaches an overall accuracy of at least 0.85', () => {
    expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('gives `supported` to at most 5% of the contradicted and not_in_sources claims', () => {
    expect(result.supportedOnNegatives).toBeLessThanOrEqual(0.05);
  });

  it('is fast enough to run per selection in the browser extension', () => {
    expect(result.msPerClaim).toBeLessThan(100);
  });
});
