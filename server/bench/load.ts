// `npm run load [-- --target node|worker] [--duration 30] [--concurrency 32] [--hostile on|off]`
//
// Load test on localhost only, bounded in time, stops by itself: for each of ask, check and plans
// (create + get + delete), `concurrency` clients send requests back to back for `duration` seconds.
// Then the same again beside the hostile mix: a few more clients sending 2,000-letter words, a DOCX with
// 45 MB of XML, one just under the XML limit, 2 MB of nested and of mismatched HTML, back to back.
// Reports throughput, p50/p95/p99 latency and errors, and normal traffic's p95 without and with the hostile
// mix. Targets:
//   node    (default) the embedded default, started in this process on a temporary data directory
//   worker  the Worker under `wrangler dev`, on PGlite served over the Postgres protocol
// Rate limits are raised for the run; everything started here is stopped at the end.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSchoolAt, ingestInto, startLocalPostgres } from '../src/cli/local-postgres.ts';
import { freePort, startWranglerDev } from '../src/cli/wrangler-dev.ts';
import { readConfig } from '../src/config.ts';
import { startNodeServer } from '../src/node.ts';
import { CORPUS_DIR } from '../src/paths.ts';
import { gluedWord, hostileDocx, mismatchedHtml, nestedHtml } from './hostile.ts';

const { values } = parseArgs({
  options: {
    target: { type: 'string', default: 'node' },
    duration: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '32' },
    only: { type: 'string' },
    hostile: { type: 'string', default: 'on' },
    'hostile-concurrency': { type: 'string', default: '2' },
  },
});
const withHostile = values.hostile !== 'off';
const hostileConcurrency = Math.min(16, Math.max(1, Number(values['hostile-concurrency'])));
const target = values.target === 'worker' ? 'worker' : 'node';
const durationMs = Math.min(600, Math.max(1, Number(values.duration))) * 1000;
const concurrency = Math.min(256, Math.max(1, Number(values.concurrency)));

const QUESTIONS = [
  'Wat moet er volgens de wet in een stageplan staan?',
  'Hoe vaak bezoekt de school de stageplek?',
  'Krijgt een leerling een stagevergoeding?',
  'Wie is verantwoordelijk als er iets misgaat op stage?',
  'Hoeveel uur mag een leerling in het praktijkonderwijs stage lopen?',
  'Wat vond de inspectie van de begeleiding bij stages?',
];
const samples = ['stageplan-pro-compleet.md', 'stageplan-vmbo-onvolledig.md', 'stageovereenkomst-techniek.md', 'leerwerkovereenkomst-400-uur.md'].map((f) =>
  readFileSync(join(CORPUS_DIR, 'samples', f), 'utf8'),
);

interface Result {
  scenario: string;
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
  times: number[];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * `clients` workers run `op` back to back until the deadline; an op returns a status or throws. A status is an
 * error when `isError` says so (default: 400 and up; the hostile mix expects its Dutch 413/422).
 */
async function run(
  scenario: string,
  op: (i: number) => Promise<number>,
  opts: { clients?: number; until?: number; isError?: (status: number) => boolean } = {},
): Promise<Result> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const isError = opts.isError ?? ((s: number) => s >= 400);
  let errors = 0;
  let n = 0;
  const t0 = performance.now();
  const deadline = opts.until ?? t0 + durationMs;
  await Promise.all(
    Array.from({ length: opts.clients ?? concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = n++;
        const start = performance.now();
        let status: string;
        try {
          const s = await op(i);
          status = String(s);
          if (isError(s)) errors++;
        } catch (err) {
          status = err instanceof Error ? err.message.slice(0, 40) : 'error';
          errors++;
        }
        times.push(performance.now() - start);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return { scenario, requests: times.length, errors, statuses, seconds: (performance.now() - t0) / 1000, times: times.sort((a, b) => a - b) };
}

/** The hostile mix: each request is built to cost the server as much as it can; every one has a Dutch answer. */
function hostileMix(url: string): (i: number) => Promise<number> {
  const files: Array<[Uint8Array | string, string]> = [
    [hostileDocx(45 * 1024 * 1024), 'groot.docx'],
    [hostileDocx(1.9 * 1024 * 1024), 'zwaar.docx'],
    [nestedHtml(2.2 * 1024 * 1024), 'genest.html'],
    [mismatchedHtml(2 * 1024 * 1024), 'scheef.html'],
  ];
  const json = (path: string, body: unknown) =>
    fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
  return async (i) => {
    let res: Response;
    const k = i % (files.length + 2);
    if (k === files.length) res = await json('/api/ask', { question: `Wat is een stage ${i} ${gluedWord(1980)}` });
    else if (k === files.length + 1) res = await json('/api/claims', { claim: `De meeste afdelingen ${i} ${gluedWord(960)}` });
    else {
      const form = new FormData();
      form.append('file', new Blob([files[k]![0] as BlobPart]), files[k]![1]);
      res = await fetch(`${url}/api/check`, { method: 'POST', body: form, signal: AbortSignal.timeout(60_000) });
    }
    await res.arrayBuffer();
    return res.status;
  };
}

async function scenarios(url: string, token: string): Promise<Result[]> {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  const auth = { authorization: `Bearer ${token}` };
  const drain = async (res: Response) => {
    await res.arrayBuffer();
    return res.status;
  };
  const all: Record<string, (i: number) => Promise<number>> = {
    ask: async (i) => drain(await post('/api/ask', { question: QUESTIONS[i % QUESTIONS.length] })),
    check: async (i) => drain(await post('/api/check', { text: samples[i % samples.length] })),
    plans: async (i) => {
      const created = await post('/api/plans', { title: `Belasting ${i}`, text: samples[i % samples.length] }, auth);
      if (created.status !== 201) return drain(created);
      const { planId } = (await created.json()) as { planId: string };
      const got = await fetch(`${url}/api/plans/${planId}`, { headers: auth, signal: AbortSignal.timeout(60_000) });
      if (got.status !== 200) return drain(got);
      await got.arrayBuffer();
      return drain(await fetch(`${url}/api/plans/${planId}`, { method: 'DELETE', headers: auth, signal: AbortSignal.timeout(60_000) }));
    },
  };
  const names = values.only ? values.only.split(',') : Object.keys(all);
  // The hostile files are built first: building them takes seconds, which idle connections must not sit through.
  const hostile = withHostile ? hostileMix(url) : null;
  // Warm-up (JIT, caches, connections): not measured.
  for (const name of names) await Promise.all(Array.from({ length: 4 }, (_, i) => all[name]!(i).catch(() => 0)));
  const results: Result[] = [];
  for (const name of names) {
    process.stderr.write(`${target}: ${name}, ${concurrency} tegelijk, ${durationMs / 1000} s…\n`);
    results.push(await run(name, all[name]!));
    if (!hostile) continue;
    process.stderr.write(`${target}: ${name} naast de vijandige mix (${hostileConcurrency} tegelijk), ${durationMs / 1000} s…\n`);
    const until = performance.now() + durationMs;
    const [normal, bad] = await Promise.all([
      run(`${name} + vijandig`, all[name]!, { until }),
      run(`(vijandige mix bij ${name})`, hostile, { clients: hostileConcurrency, until, isError: (s) => s >= 500 }),
    ]);
    results.push(normal, bad);
  }
  return results;
}

/** Normal traffic's p95 alone and beside the hostile mix, per scenario. */
function hostileSummary(results: Result[]): string[] {
  return results
    .filter((r) => !r.scenario.includes('vijandig'))
    .flatMap((alone) => {
      const mixed = results.find((r) => r.scenario === `${alone.scenario} + vijandig`);
      if (!mixed) return [];
      const a = percentile(alone.times, 95);
      const b = percentile(mixed.times, 95);
      return [
        `${alone.scenario}: p95 ${a.toFixed(1)} ms alleen, ${b.toFixed(1)} ms naast de vijandige mix (x${(b / a).toFixed(2)}); fouten ${alone.errors} / ${mixed.errors}`,
      ];
    });
}

function report(results: Result[]): void {
  const rows = results.map((r) => ({
    scenario: r.scenario,
    requests: r.requests,
    'req/s': (r.requests / r.seconds).toFixed(1),
    'p50 ms': percentile(r.times, 50).toFixed(1),
    'p95 ms': percentile(r.times, 95).toFixed(1),
    'p99 ms': percentile(r.times, 99).toFixed(1),
    errors: r.errors,
    statuses: Object.entries(r.statuses)
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
  }));
  console.log(`\nStagewijzer load test, target ${target}, concurrency ${concurrency}, ${durationMs / 1000} s per scenario`);
  console.table(rows);
  const summary = hostileSummary(results);
  if (summary.length) console.log(`\nNormaal verkeer met en zonder de vijandige mix (${hostileConcurrency} clients):\n${summary.join('\n')}`);
}

const cleanup: Array<() => Promise<void>> = [];
const stopAll = async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => {});
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

try {
  if (target === 'node') {
    const dataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-load-'));
    cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startNodeServer(readConfig({ DATA_DIR: dataDir, PORT: String(await freePort()) }), { quiet: true, security: { rateLimit: false } });
    cleanup.push(() => server.close());
    const url = server.url.replace('localhost', '127.0.0.1');
    const { token } = (await (await fetch(`${url}/api/session`)).json()) as { token: string };
    report(await scenarios(url, token));
  } else {
    const pg = await startLocalPostgres();
    cleanup.push(() => pg.close());
    await ingestInto(pg.url, readConfig({}));
    const token = await createSchoolAt(pg.url, 'Belastingschool');
    const worker = await startWranglerDev({
      connectionString: pg.url,
      vars: { RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_TOKEN: '0', LOG_LEVEL: 'error' },
      readyTimeoutMs: 180_000,
    });
    cleanup.push(() => worker.stop());
    report(await scenarios(worker.url, token));
  }
} finally {
  await stopAll();
}
