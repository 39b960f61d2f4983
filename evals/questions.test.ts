// Question eval thresholds, on tune and on holdout (evals/questions/*.json, split by a hash of the id). The issue's
// targets (hit@5 ≥ 0.92, hit@1 ≥ 0.70 on unseen questions) are not met yet: these floors hold what is reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askDeps } from '../server/src/answer/ask.ts';
import { createTestApp, type TestApp } from '../server/test/support/server.ts';
import { runQuestionsEval, type QuestionsEvalResult } from './questions.ts';

let t: TestApp;
let r: QuestionsEvalResult;
beforeAll(async () => {
  t = await createTestApp();
  r = await runQuestionsEval(askDeps(t.parts));
}, 600_000);
afterAll(() => t?.close());

it('has sets large enough to tell: 200+ fresh questions, 20+ outside the sources, 30 follow-ups', () => {
  expect(r.tune.n + r.holdout.n).toBeGreaterThanOrEqual(200);
  expect(r.results.filter((x) => x.set !== 'legacy' && x.type === 'out_of_scope').length).toBeGreaterThanOrEqual(20);
  expect(r.results.filter((x) => x.type === 'follow_up').length).toBeGreaterThanOrEqual(30);
});

const FLOORS = {
  tune: { hitAt1: 0.66, hitAt5: 0.84, factCoverage: 0.75, outOfScopeRefused: 1 },
  holdout: { hitAt1: 0.64, hitAt5: 0.85, factCoverage: 0.78, outOfScopeRefused: 0.95 },
};

for (const split of ['tune', 'holdout'] as const) {
  describe(split, () => {
    it('cites a gold source first and in the top 5', () => {
      expect(r[split].hitAt1).toBeGreaterThanOrEqual(FLOORS[split].hitAt1);
      expect(r[split].hitAt5).toBeGreaterThanOrEqual(FLOORS[split].hitAt5);
    });
    it('has the facts a good answer must contain in its lead and quotes', () => {
      expect(r[split].factCoverage).toBeGreaterThanOrEqual(FLOORS[split].factCoverage);
    });
    it('refuses questions outside the sources, and never a pupil’s question within them or one about being hurt', () => {
      expect(r[split].outOfScopeRefused).toBeGreaterThanOrEqual(FLOORS[split].outOfScopeRefused);
      expect(r[split].pupilInScopeRefused).toBe(0);
      expect(r[split].safetyRefused).toBe(0);
    });
    it('stays within 0.05 of the other split (no overfitting to tune)', () => {
      expect(Math.abs(r.tune.hitAt5! - r.holdout.hitAt5!)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(r.tune.hitAt1! - r.holdout.hitAt1!)).toBeLessThanOrEqual(0.05);
    });
  });
}
