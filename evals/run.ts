// `npm run eval`: every quality measure of Stagewijzer, in-process on the real app and a real (in-memory) Postgres.
// Tune and holdout side by side; failures are listed for tune items only (`--failures`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { askDeps } from '../server/src/answer/ask.ts';
import { createTestApp } from '../server/test/support/server.ts';
import { printChecklistEval, runChecklistEval } from './checklist.ts';
import { createPipelineJudge, printClaimsEval, runClaimsEval } from './claims.ts';
import { printQuestionsEval, runQuestionsEval } from './questions.ts';

const failures = process.argv.includes('--failures');
const testApp = await createTestApp();
try {
  const questions = await runQuestionsEval(askDeps(testApp.parts));
  printQuestionsEval(questions, { failures });
  const checklist = await runChecklistEval();
  printChecklistEval(checklist);
  const claims = await runClaimsEval(createPipelineJudge(testApp.app));
  printClaimsEval(claims);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('./results/latest.json', import.meta.url),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        embedder: testApp.parts.index.embedder.id,
        questions: { tune: questions.tune, holdout: questions.holdout, legacy: questions.legacy },
        checklist,
        claims,
      },
      null,
      2,
    ),
  );
  console.log('\nResultaten geschreven naar evals/results/latest.json');
} finally {
  await testApp.close();
}
