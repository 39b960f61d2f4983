// Crash safety of the embedded default: the Node server (PGlite in DATA_DIR) is killed with SIGKILL
// while an upload is streaming in and other uploads are in flight, then started again. Every plan
// acknowledged with 201 is intact and searchable, and nothing half-written is left: no plan without
// its passages, no passage without its plan.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freePort } from '../src/cli/wrangler-dev.ts';
import { openPglite } from '../src/db/database.ts';
import { REPO_ROOT } from '../src/paths.ts';
import { samplePlan } from './support/contract.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-crash-'));
const children = new Set<ChildProcess>();

async function startServer(port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/node.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'error',
      OPENAI_API_KEY: '',
      DATABASE_URL: '',
      RATE_LIMIT_PER_IP: '0',
      RATE_LIMIT_PER_TOKEN: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { child, url };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready:\n${out.slice(-3000)}`);
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

afterAll(async () => {
  for (const child of children) await killed(child);
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe('crash recovery (embedded PGlite)', () => {
  it('keeps every acknowledged plan and nothing half-written after SIGKILL during uploads', async () => {
    const port = await freePort();
    const first = await startServer(port);
    const { token } = (await (await fetch(`${first.url}/api/session`)).json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const createPlan = (title: string) =>
      fetch(`${first.url}/api/plans`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title, text: samplePlan() }),
      });

    const acknowledged: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await createPlan(`Plan ${i}`);
      expect(res.status).toBe(201);
      acknowledged.push(((await res.json()) as { planId: string }).planId);
    }

    // An upload streaming in: headers and half of the multipart body, then the process dies.
    const boundary = 'stagewijzer-crash-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.md"\r\nContent-Type: text/markdown\r\n\r\n`;
    const content = Buffer.from(samplePlan().repeat(20));
    const tail = `\r\n--${boundary}--\r\n`;
    const slow = request(`${first.url}/api/plans`, {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(Buffer.byteLength(head) + content.length + Buffer.byteLength(tail)),
      },
    });
    const slowDone = new Promise<string>((resolve) => {
      slow.on('response', (res) => resolve(`answered ${res.statusCode}`));
      slow.on('error', (e) => resolve(`failed ${e.message}`));
    });
    slow.write(head);
    slow.write(content.subarray(0, content.length >> 1));
    await new Promise((r) => setTimeout(r, 300));

    // More uploads in flight: each either commits completely or not at all.
    const inFlight = Array.from({ length: 4 }, (_, i) =>
      createPlan(`In flight ${i}`).then(
        (r) => r.status,
        () => 0,
      ),
    );
    await new Promise((r) => setTimeout(r, 40));
    await killed(first.child);
    expect(await slowDone).toMatch(/^failed/);
    const inFlightStatuses = await Promise.all(inFlight);
    expect(inFlightStatuses.every((s) => s === 0 || s === 201)).toBe(true);

    const second = await startServer(port);
    const list = (await (await fetch(`${second.url}/api/plans`, { headers: auth })).json()) as { plans: Array<{ planId: string; title: string }> };
    const ids = list.plans.map((p) => p.planId);
    for (const id of acknowledged) expect(ids).toContain(id);
    expect(list.plans.some((p) => p.title === 'plan')).toBe(false); // the streamed upload never landed
    expect(ids.length).toBeLessThanOrEqual(acknowledged.length + inFlight.length);

    for (const id of ids) {
      const got = await fetch(`${second.url}/api/plans/${id}`, { headers: auth });
      expect(got.status).toBe(200);
    }
    const asked = await fetch(`${second.url}/api/ask`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Wat staat er in dit stageplan over de begeleiding?', planId: acknowledged[0] }),
    });
    expect(asked.status).toBe(200);
    const answer = (await asked.json()) as { citations: Array<{ source: string; planId?: string }> };
    expect(answer.citations.some((c) => c.source === 'plan' && c.planId === acknowledged[0])).toBe(true);

    // Straight into the database (server stopped): every plan has its passages; no orphans.
    await killed(second.child);
    const db = await openPglite(join(dataDir, 'pglite'));
    try {
      const plans = await db.rows<{ id: string; chunks: number }>(
        sql`select p.id, (select count(*)::int from chunks c where c.plan_id = p.id) as chunks from plans p`,
      );
      expect(plans.map((p) => p.id).sort()).toEqual([...ids].sort());
      const expected = plans.find((p) => p.id === acknowledged[0])!.chunks;
      expect(expected).toBeGreaterThan(0);
      for (const p of plans) expect(p.chunks, p.id).toBe(expected); // same text: same number of passages
      const [orphans] = await db.rows<{ n: number }>(
        sql`select count(*)::int as n from chunks c where c.source = 'plan' and (c.plan_id is null or not exists (select 1 from plans p where p.id = c.plan_id))`,
      );
      expect(Number(orphans!.n)).toBe(0);
    } finally {
      await db.close();
    }
  }, 300_000);
});
