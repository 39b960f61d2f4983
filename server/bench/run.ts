// `npm run bench`: ingest and start-up times, /api/ask latency over HTTP, the lexical-only versus hybrid hit@5,
// and /api/check on a 30-page PDF and on 20 kB of text. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askDeps } from '../src/answer/ask.ts';
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

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** The server in its own process (its own core), as in production; the load comes from this process. */
async function spawnServer(): Promise<{ url: string; peakRssMiB: () => Promise<number>; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/node.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_TOKEN: '0', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const rss = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return { url, peakRssMiB: async () => Math.round(rss()), stop: () => child.kill('SIGTERM') };
}
const figures: Record<string, string | number> = {};

try {
  // 1. Ingest on an empty database, then start-up on the existing one.
  const [first, firstMs] = await timed(() => startNodeServer(config, { quiet: true }));
  figures['first start incl. ingest'] = fmt(firstMs);
  await first.close();
  const [second, secondMs] = await timed(() => startNodeServer(config, { quiet: true, security: { rateLimit: false } }));
  figures['start-up on existing database'] = fmt(secondMs);
  figures['re-ingested on second start'] = String(second.ingested);
  await second.close();
  const server = await spawnServer();

  // 2. /api/ask over HTTP.
  // Cold: every request a question not asked before (numbered), so the answer cache never hits.
  // Warm: the 72 eval questions again and again, as when many pupils ask the same things.
  const questions = QUESTIONS.map((q) => ({ question: q.question, persona: q.persona }));
  let asked = 0;
  const ask = (cold: boolean) => (i: number) => {
    const q = questions[i % questions.length]!;
    const body = cold ? { ...q, question: `${q.question} (${++asked})` } : q;
    return fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  };
  await load(20, 4, ask(true)); // warm-up of the process, not of the cache
  for (const [cold, concurrency] of [[true, 1], [true, 16], [false, 1], [false, 16]] as const) {
    const times = await load(concurrency === 1 ? 100 : 400, concurrency, ask(cold));
    const label = `/api/ask ${cold ? 'cold' : 'warm'}`;
    figures[`${label} p50 @${concurrency}`] = fmt(percentile(times, 50));
    figures[`${label} p95 @${concurrency}`] = fmt(percentile(times, 95));
  }

  // 3. /api/check: a 30-page PDF and 20 kB of text.
  const pdf = await makeStageplanPdf(30);
  const text = stageplanText(20_000);
  const checks: Array<[string, () => Promise<Response>]> = [
    [`30-page PDF (${Math.round(pdf.length / 1024)} kB)`, () => {
      const form = new FormData();
      form.set('file', new Blob([pdf.slice().buffer as ArrayBuffer], { type: 'application/pdf' }), 'stageplan.pdf');
      return fetch(`${server.url}/api/check`, { method: 'POST', body: form });
    }],
    ['20 kB text', () => fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })],
  ];
  for (const [name, request] of checks) {
    const times = await load(20, 1, request);
    figures[`/api/check ${name} p50`] = fmt(percentile(times, 50));
    figures[`/api/check ${name} server peak RSS so far`] = `${await server.peakRssMiB()} MiB`;
  }
  server.stop();

  // 4. Retrieval quality of the lexical legs alone beside the hybrid.
  const testApp = await createTestApp();
  const deps = askDeps(testApp.parts);
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
