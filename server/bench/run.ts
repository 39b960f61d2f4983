// `npm run bench`: ingest and start-up times, /api/ask latency over HTTP, the lexical-only versus hybrid hit@5,
// and /api/check on a 30-page PDF and on 20 kB of text. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import { startNodeServer } from '../src/node.ts';
import { createTestApp } from '../test/support/server.ts';
import { hitAt5, percentile, QUESTIONS } from '../../evals/questions.ts';
import { makeStageplanPdf, stageplanText } from './documents.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-bench-'));
const config = readConfig({ DATA_DIR: dataDir, PORT: '0' });

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

/** Runs `total` requests with `concurrency` in flight; returns per-request milliseconds. */
async function load(total: number, concurrency: number, request: (i: number) => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const res = await request(i);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        times.push(performance.now() - t0);
      }
    }),
  );
  return times;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const figures: Record<string, string | number> = {};

try {
  // 1. Ingest on an empty database, then start-up on the existing one.
  const [first, firstMs] = await timed(() => startNodeServer(config, { quiet: true }));
  figures['first start incl. ingest'] = fmt(firstMs);
  await first.close();
  const [server, secondMs] = await timed(() => startNodeServer(config, { quiet: true, security: { rateLimit: false } }));
  figures['start-up on existing database'] = fmt(secondMs);
  figures['re-ingested on second start'] = String(server.ingested);

  // 2. /api/ask over HTTP.
  const questions = QUESTIONS.map((q) => ({ question: q.question, persona: q.persona }));
  const ask = (i: number) =>
    fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(questions[i % questions.length]) });
  await load(20, 4, ask); // warm-up
  for (const concurrency of [1, 16]) {
    const times = await load(concurrency === 1 ? 100 : 400, concurrency, ask);
    figures[`/api/ask p50 @${concurrency}`] = fmt(percentile(times, 50));
    figures[`/api/ask p95 @${concurrency}`] = fmt(percentile(times, 95));
  }

  // 3. /api/check: a 30-page PDF and 20 kB of text.
  const pdf = await makeStageplanPdf(30);
  const text = stageplanText(20_000);
  const checks: Array<[string, () => Promise<Response>]> = [
    [`30-page PDF (${Math.round(pdf.length / 1024)} kB)`, () => {
      const form = new FormData();
      form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'stageplan.pdf');
      return fetch(`${server.url}/api/check`, { method: 'POST', body: form });
    }],
    ['20 kB text', () => fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })],
  ];
  for (const [name, request] of checks) {
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const times = await load(20, 1, request);
    clearInterval(sampler);
    figures[`/api/check ${name} p50`] = fmt(percentile(times, 50));
    figures[`/api/check ${name} peak RSS`] = `${Math.round(peak / 2 ** 20)} MiB (+${Math.round((peak - rssBefore) / 2 ** 20)} MiB)`;
  }
  await server.close();

  // 4. Retrieval quality of the lexical legs alone beside the hybrid.
  const testApp = await createTestApp();
  const deps = { index: testApp.parts.index, vocabulary: testApp.parts.vocabulary, composer: testApp.parts.composer };
  const hybrid = await hitAt5(deps, ['fts', 'trigram', 'vector']);
  const lexical = await hitAt5(deps, ['fts', 'trigram']);
  const vector = await hitAt5(deps, ['vector']);
  figures['hit@5 hybrid'] = hybrid;
  figures['hit@5 lexical (fts + trigram)'] = lexical;
  figures['hit@5 vector alone'] = vector;
  figures['hybrid / lexical'] = Math.round((hybrid / lexical) * 100) / 100;
  await testApp.close();

  console.table(figures);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
