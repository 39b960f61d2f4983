// Question eval thresholds, on tune and on holdout (evals/questions/*.json, split by a hash of the id).
import { afterAll, beforeAll, expect, it } from 'vitest';
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

for (const split of ['tune', 'holdout'] as const) {
  it(`${split}: cites a gold source in the top 5`, () => {
    expect(r[split].hitAt5).toBeGreaterThanOrEqual(0.6);
  });
}
