// `npm run bench`: the speed figures of issue 15 side by side, in one run on this machine. Prints a table; asserts
// nothing. Latency is measured over HTTP against the server in its own process (the load comes from this one);
// per-question costs in-process, as CPU time. Ratios make the figures comparable across machines:
//   - /api/ask p95 against /healthz p95 at the same concurrency (the framework's floor);
//   - corpus retrieval against a plain in-memory BM25 over the same passages (the cheapest sensible baseline);
//   - a cached question's latency while a 200-page PDF is checked against its idle latency.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromSource, loadQuestionSets, type EvalQuestion } from '../../evals/questions.ts';
import { splitOf } from '../../evals/split.ts';
import { askDeps, retrieve } from '../src/answer/ask.ts';
import { readConfig } from '../src/config.ts';
import { corpusChunks } from '../src/corpus/ingest.ts';
import { INDEX_STOPWORDS, snowball, terms } from '../src/nl/index.ts';
import { startNodeServer } from '../src/node.ts';
import { REPO_ROOT } from '../src/paths.ts';
import { Bm25 } from '../src/retrieval/bm25.ts';
import type { CorpusLeg } from '../src/retrieval/corpus-index.ts';
import { createTestApp } from '../test/support/server.ts';
import { makeStageplanPdf } from './documents.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-bench-'));
const figures: Array<[string, string]> = [];
const put = (name: string, value: string | number) => figures.push([name, String(value)]);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
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

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** The server in its own process, as in production. */
async function spawnServer(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/node.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_TOKEN: '0', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const questions: EvalQuestion[] = [...loadQuestionSets().entries()].filter(([set]) => set !== 'legacy').flatMap(([, qs]) => qs);
const holdout = questions.filter((q) => splitOf(q.id) === 'holdout' && q.type !== 'out_of_scope' && !q.history);

try {
  // 1. Start-up: on an empty data directory (migrations, ingest), then on the existing one.
  const config = readConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
  let t0 = performance.now();
  const first = await startNodeServer(config, { quiet: true });
  put('first start (empty data directory, ingest included)', ms(performance.now() - t0));
  await first.close();
  t0 = performance.now();
  const second = await startNodeServer(config, { quiet: true });
  put('start-up on the existing database', ms(performance.now() - t0));
  await second.close();

  // 2. Over HTTP: new questions (never cached), the framework's floor, cached questions, and questions during a
  //    200-page PDF check.
  const server = await spawnServer();
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let asked = 0;
  const newQuestion = (i: number) => {
    const q = questions[i % questions.length]!;
    return post('/api/ask', { question: `${q.question} (${++asked})`, persona: q.persona });
  };
  await load(40, 4, newQuestion); // the process warms up, the cache does not
  const healthz = await load(800, 16, () => fetch(`${server.url}/healthz`));
  const new1 = await load(100, 1, newQuestion);
  const new16 = await load(800, 16, newQuestion);
  const cachedQuestion = () => post('/api/ask', { question: 'Krijg ik geld voor mijn stage?', persona: 'student' });
  await cachedQuestion();
  const cached16 = await load(800, 16, cachedQuestion);
  put('/healthz p50 / p95 @16 (the floor)', `${ms(percentile(healthz, 50))} / ${ms(percentile(healthz, 95))}`);
  put('/api/ask new questions p50 @1', ms(percentile(new1, 50)));
  put('/api/ask new questions p50 / p95 @16', `${ms(percentile(new16, 50))} / ${ms(percentile(new16, 95))}`);
  put('/api/ask new questions p95 @16 ÷ /healthz p95 @16', ratio(percentile(new16, 95), percentile(healthz, 95)));
  put('/api/ask cached question p50 / p95 @16', `${ms(percentile(cached16, 50))} / ${ms(percentile(cached16, 95))}`);

  const idle = await load(40, 1, cachedQuestion);
  const pdf = await makeStageplanPdf(200);
  const form = () => {
    const f = new FormData();
    f.set('file', new Blob([pdf.slice().buffer as ArrayBuffer], { type: 'application/pdf' }), 'stageplan.pdf');
    return f;
  };
  let checking = true;
  let checked = 0;
  const checks = (async () => {
    while (checking) {
      const t = performance.now();
      await (await fetch(`${server.url}/api/check`, { method: 'POST', body: form() })).arrayBuffer();
      checked = performance.now() - t;
    }
  })();
  await new Promise((r) => setTimeout(r, 200));
  const during = await load(40, 1, cachedQuestion);
  checking = false;
  await checks;
  put('/api/check 200-page PDF', ms(checked));
  put(
    'cached question p50 idle / during the PDF check',
    `${ms(percentile(idle, 50))} / ${ms(percentile(during, 50))} (${ratio(percentile(during, 50), percentile(idle, 50))})`,
  );
  server.stop();

  // 3. In-process: what a question costs, and what each leg earns on held-out questions.
  const app = await createTestApp();
  const deps = askDeps(app.parts);
  const index = app.parts.corpusIndex;
  const hit5 = async (legs?: CorpusLeg[]) => {
    let hits = 0;
    for (const q of holdout) {
      const reading = (await retrieve(deps, { question: q.question, persona: q.persona })).reading;
      const top = await index.search(reading.query, reading.resolved, { limit: 5, ...(legs ? { legs } : {}) });
      if (top.some((c) => q.sources.some((g) => fromSource({ source: c.source, section: c.ref, law: c.law, article: c.article, lid: c.lid }, g)))) hits++;
    }
    return hits / holdout.length;
  };
  // The baseline: plain BM25 over the same passages, Snowball stems, no expansion, no kernpunten.
  const { chunks } = corpusChunks(app.parts.corpus);
  const plainTerms = (text: string) =>
    terms(text)
      .filter((w) => !INDEX_STOPWORDS.has(w))
      .map(snowball);
  const bm25 = new Bm25(chunks.map((c) => ({ id: c.id, fields: [{ terms: plainTerms(`${c.title} ${c.text}`), weight: 1 }] })));
  const plain = (q: string) => bm25.search(new Map(plainTerms(q).map((s) => [s, 1])), 5);
  let baselineHits = 0;
  for (const q of holdout) {
    const top = plain(q.question).map((h) => index.chunks.get(h.id)!);
    if (top.some((c) => q.sources.some((g) => fromSource({ source: c.source, section: c.ref, law: c.law, article: c.article, lid: c.lid }, g)))) baselineHits++;
  }
  for (const q of questions) await retrieve(deps, { question: q.question, persona: q.persona }); // warm up
  let c0 = cpu();
  for (const q of questions) plain(q.question);
  const baselineCpu = (cpu() - c0) / questions.length;
  c0 = cpu();
  for (const q of questions) await retrieve(deps, { question: `${q.question} ?`, persona: q.persona });
  const retrieveCpu = (cpu() - c0) / questions.length;
  put('plain BM25 baseline: CPU a query / hit@5 (holdout)', `${baselineCpu.toFixed(2)} ms / ${(baselineHits / holdout.length).toFixed(3)}`);
  put('corpus retrieval (reading, lexical + kernpunten): CPU a query', `${retrieveCpu.toFixed(2)} ms (${ratio(retrieveCpu, baselineCpu)} the baseline)`);
  put(
    'hit@5 on holdout: lexical leg / kernpunten leg / both',
    `${(await hit5(['lexical'])).toFixed(3)} / ${(await hit5(['points'])).toFixed(3)} / ${(await hit5()).toFixed(3)}`,
  );
  put('hit@5 on holdout with the hashed-vector leg added', (await hit5(['lexical', 'points', 'vector'])).toFixed(3));
  await app.close();

  // 4. The extension's content script.
  const content = join(REPO_ROOT, 'extension/.output/chrome-mv3/content-scripts/content.js');
  put(
    'extension content.js',
    (() => {
      try {
        return `${(statSync(content).size / 1024).toFixed(1)} kB`;
      } catch {
        return 'not built (npm run build -w extension)';
      }
    })(),
  );

  const width = Math.max(...figures.map(([k]) => k.length));
  console.log(`\nStagewijzer bench (${new Date().toISOString().slice(0, 16)}, ${questions.length} questions, holdout ${holdout.length})\n`);
  for (const [k, v] of figures) console.log(`${k.padEnd(width)}  ${v}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
