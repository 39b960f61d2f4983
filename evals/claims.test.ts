// The claims eval on the real corpus and the real parser, with the judge the route uses. The thresholds are what
// the engine reaches now (so a regression fails); the targets are accuracy ≥ 0.90 on every class and
// `supported` given wrongly at most 1 in 50. Holdout figures are aggregates only.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalJudge, loadClaimCases, printClaimsEval, runClaimsEval, splitResult, type ClaimsEvalResult } from './claims.ts';

describe('claims eval (judge on the real corpus)', () => {
  let result: ClaimsEvalResult;
  beforeAll(async () => {
    result = await runClaimsEval(createLocalJudge());
    const lines: string[] = [];
    printClaimsEval(result, (l) => lines.push(l), { mismatches: false });
    console.log(lines.join('\n'));
  }, 120_000);

  it('has hand-written, systematic and legacy claims with every verdict', () => {
    const cases = loadClaimCases();
    const count = (set: string, verdict?: string) => cases.filter((c) => c.set === set && (!verdict || c.verdict === verdict)).length;
    expect(count('hand')).toBeGreaterThanOrEqual(60);
    expect(count('sys')).toBeGreaterThanOrEqual(300);
    for (const v of ['supported', 'contradicted', 'not_in_sources']) expect(count('sys', v)).toBeGreaterThanOrEqual(50);
    // a systematic group (a finding and its variants) never straddles the split
    const splits = new Map<string, Set<string>>();
    for (const c of cases.filter((x) => x.set === 'sys'))
      splits.set(c.id.replace(/[a-z]\d*$/, ''), new Set([...(splits.get(c.id.replace(/[a-z]\d*$/, '')) ?? []), c.split]));
    for (const s of splits.values()) expect(s.size).toBe(1);
  });

  it('reaches its accuracy on the systematic set, tune and holdout alike', () => {
    const tune = splitResult(result, 'sys', 'tune');
    const holdout = splitResult(result, 'sys', 'holdout');
    expect(tune.accuracy).toBeGreaterThanOrEqual(0.74);
    expect(holdout.accuracy).toBeGreaterThanOrEqual(0.67);
    // The target is a gap of at most 0.04; it is 0.062 now (tune 0.756, holdout 0.694): holdout `supported` recall
    // (0.40 against 0.73 on tune) is what differs. This bound keeps it from growing.
    expect(Math.abs(tune.accuracy - holdout.accuracy)).toBeLessThanOrEqual(0.07);
    const floors = {
      tune: { supported: 0.7, contradicted: 0.71, not_in_sources: 0.83 },
      holdout: { supported: 0.38, contradicted: 0.68, not_in_sources: 0.88 },
    };
    for (const v of ['supported', 'contradicted', 'not_in_sources'] as const) {
      expect(tune.perVerdict[v].accuracy).toBeGreaterThanOrEqual(floors.tune[v]);
      expect(holdout.perVerdict[v].accuracy).toBeGreaterThanOrEqual(floors.holdout[v]);
    }
  });

  it('reaches its accuracy on the hand-written set and the legacy set', () => {
    const tune = splitResult(result, 'hand', 'tune').accuracy;
    const holdout = splitResult(result, 'hand', 'holdout').accuracy;
    expect(tune).toBeGreaterThanOrEqual(0.65);
    expect(holdout).toBeGreaterThanOrEqual(0.62);
    expect(Math.abs(tune - holdout)).toBeLessThanOrEqual(0.04);
    expect(splitResult(result, 'legacy', 'legacy').accuracy).toBeGreaterThanOrEqual(0.78);
  });

  it('rarely gives `supported` to a claim that is contradicted or not in the sources', () => {
    expect(splitResult(result, 'hand', 'tune').supportedOnNegatives).toBeLessThanOrEqual(0.03);
    expect(splitResult(result, 'hand', 'holdout').supportedOnNegatives).toBeLessThanOrEqual(0.03);
    expect(splitResult(result, 'sys', 'tune').supportedOnNegatives).toBeLessThanOrEqual(0.02);
    expect(splitResult(result, 'sys', 'holdout').supportedOnNegatives).toBeLessThanOrEqual(0.07);
    expect(splitResult(result, 'legacy', 'legacy').supportedOnNegatives).toBeLessThanOrEqual(0.05);
  });

  it('judges a claim in well under 30 ms of CPU on average', () => {
    expect(result.cpuMsPerClaim).toBeLessThan(30);
  });
});
