// OpenAI-compatible embedding servers, end to end through the real Node entry (a process of its own):
// a server that answers float arrays whatever it is asked indexes the corpus and answers are cited; an
// embedding service that fails at start-up is one clear line: a stop with OPENAI_EMBEDDINGS=on, the local
// embedder (and a note in /healthz) when embeddings are on only because a key is set.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../src/cli/wrangler-dev.ts';
import { REPO_ROOT } from '../src/paths.ts';
import { startFakeOpenAI, type FakeOpenAI, type Script } from './support/fake-openai.ts';

const dirs: string[] = [];
const children = new Set<ChildProcess>();
let fake: FakeOpenAI | null = null;

afterEach(async () => {
  for (const child of children) await stopped(child);
  await fake?.close();
  fake = null;
}, 30_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Run {
  url: string;
  child: ChildProcess;
  /** stdout and stderr as lines so far. */
  lines(): string[];
  exited: Promise<number | null>;
}

/** `node server/src/node.ts` on an empty data directory with the fake as its OpenAI server. */
async function startNode(script: Script, env: Record<string, string>): Promise<Run> {
  fake = await startFakeOpenAI(script);
  const dataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-embeddings-'));
  dirs.push(dataDir);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/node.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      OPENAI_API_KEY: 'sk-test-0123456789abcdefghij',
      OPENAI_BASE_URL: fake.url,
      OPENAI_EMBEDDING_DIMENSIONS: '64',
      OPENAI_EMBEDDINGS: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { url: `http://127.0.0.1:${port}`, child, lines: () => out.split('\n').filter(Boolean), exited };
}

async function ready(run: Run): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`server exited (${run.child.exitCode}):\n${run.lines().join('\n')}`);
    if (
      await fetch(`${run.url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready:\n${run.lines().join('\n')}`);
}

const STACK = /^\s+at |\.ts:\d+/m;

describe('OpenAI-compatible embedding servers', () => {
  it('works with a server that answers float arrays whatever it is asked: corpus indexed, answers cited', async () => {
    const run = await startNode({ embeddingEncoding: 'float' }, { OPENAI_EMBEDDINGS: 'on' });
    await ready(run);
    const health = await (await fetch(`${run.url}/healthz`)).json();
    expect(health).toMatchObject({ embedder: 'openai:text-embedding-3-small:64', corpus: { reportChunks: expect.any(Number) } });
    expect(health.corpus.reportChunks).toBeGreaterThan(100);
    expect(health.embedderFallback).toBeUndefined();
    const embedRequests = fake!.requests.filter((r) => r.path.endsWith('/embeddings'));
    expect(embedRequests.length).toBeGreaterThan(3); // the start-up check and the corpus, in batches
    expect(embedRequests.every((r) => r.body.encoding_format === 'float')).toBe(true);

    const res = await fetch(`${run.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Wat moet er volgens de wet in een stageovereenkomst staan?' }),
    });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.grounded).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
  }, 240_000);

  it('stops with one clear line when OPENAI_EMBEDDINGS=on and the service fails at start-up', async () => {
    const run = await startNode({ status: 401 }, { OPENAI_EMBEDDINGS: 'on' });
    expect(await run.exited).toBe(1);
    const lines = run.lines();
    expect(lines, lines.join('\n')).toHaveLength(1);
    expect(lines[0]).toMatch(/^De embeddingdienst werkt niet \(http:\/\/127\.0\.0\.1:\d+\/v1, text-embedding-3-small\): .*401.*OPENAI_EMBEDDINGS=off/);
    expect(lines[0]).not.toMatch(STACK);
    expect(lines[0]).not.toContain('sk-test-0123456789abcdefghij');
  }, 120_000);

  it('goes on with the local embedder when embeddings are on only because a key is set, and says so', async () => {
    const run = await startNode({ status: 503 }, {});
    await ready(run);
    const health = await (await fetch(`${run.url}/healthz`)).json();
    expect(health.embedder).toMatch(/^hash-ngram/);
    expect(health.embedderFallback).toMatchObject({ wanted: 'openai:text-embedding-3-small:64', reason: expect.stringMatching(/503/) });
    const warnings = run.lines().filter((l) => l.includes('"level":"warn"'));
    expect(warnings, run.lines().join('\n')).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ event: 'embeddings_fallback', message: expect.stringMatching(/using the local embedder/) });
    expect(run.lines().join('\n')).not.toMatch(STACK);
  }, 240_000);
});
