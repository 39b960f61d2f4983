import { afterAll, beforeAll, expect, it } from 'vitest';
import { askDeps } from '../server/src/answer/ask.ts';
import { createTestApp, type TestApp } from '../server/test/support/server.ts';
import { runQuestionsEval, type QuestionsEvalResult } from './questions.ts';

let t: TestApp;
let r: QuestionsEvalResult;
beforeAll(async () => {
  t = await createTestApp();
  r = await runQuestionsEval(askDeps(t.parts));
}, 300_000);
afterAll(() => t.close());

it('has a question set of at least 60 with 8 or more outside the sources', () => {
  expect(r.questions).toBeGreaterThanOrEqual(60);
  expect(r.outOfScope).toBeGreaterThanOrEqual(8);
});

it('retrieves a gold source in the top 5 for at least 90% of the questions (1.0 when written)', () => {
  expect(r.hitAt5).toBeGreaterThanOrEqual(0.9);
});

it('answers every question outside the sources with grounded: false and no citations', () => {
  expect(r.outOfScopeAccuracy).toBe(1);
});

it('answers the questions inside the sources', () => {
  expect(r.inScopeGroundedRate).toBeGreaterThanOrEqual(0.95);
});
