// Never lose data silently: the embedded server refuses to start on a damaged data directory with a Dutch and
// English message (what is wrong, how to recover) and leaves every file as it was; one process at a time uses a
// data directory (a second server and `npm run school:create` refuse clearly); the files are private (0600/0700).

import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/cli/wrangler-dev.ts';
import { openPglite } from '../src/db/database.ts';
import { samplePlan } from './support/contract.ts';
import { killAll, runToExit, spawnServer } from './support/spawned-server.ts';

const root = mkdtempSync(join(tmpdir(), 'stagewijzer-datadir-'));
/** A data directory with a school, a plan and a clean shutdown, copied for every scenario. */
const good = join(root, 'good');
let planFile: string;
let token: string;

beforeAll(async () => {
  const server = await spawnServer({ DATA_DIR: good, PORT: String(await freePort()) });
  token = ((await (await fetch(`${server.url}/api/session`)).json()) as { token: string }).token;
  const res = await fetch(`${server.url}/api/plans`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Stageplan', text: samplePlan() }),
  });
  expect(res.status).toBe(201);
  await server.stop();
  // Where the plans table lives (read from a copy: opening a database touches its control files).
  const probe = join(root, 'probe');
  cpSync(good, probe, { recursive: true });
  const db = await openPglite(join(probe, 'pglite'));
  planFile = (await db.rows<{ path: string }>(sql`select pg_relation_filepath('plans') as path`))[0]!.path;
  await db.close();
  rmSync(probe, { recursive: true, force: true });
}, 240_000);

afterAll(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
}, 30_000);

let copies = 0;
function copyOfGood(): string {
  const dir = join(root, `case-${++copies}`);
  cpSync(good, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its content hash and mode. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    const st = lstatSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) walk(join(p, name));
    else out[p.slice(dir.length)] = `${createHash('sha1').update(readFileSync(p)).digest('hex')} ${(st.mode & 0o777).toString(8)}`;
  };
  walk(dir);
  return out;
}

async function expectRefusal(dir: string, nl: RegExp, en: RegExp): Promise<string> {
  const before = snapshot(dir);
  const { code, output } = await runToExit({ DATA_DIR: dir, PORT: String(await freePort()) });
  expect(code, output).not.toBe(0);
  expect(output).toMatch(nl);
  expect(output).toMatch(en);
  // How to recover, in both languages; no stack trace.
  expect(output).toMatch(/back-up/);
  expect(output).toMatch(/backup/);
  expect(output).toMatch(/Er is niets gewijzigd/);
  expect(output).not.toMatch(/\n\s+at /);
  expect(snapshot(dir)).toEqual(before);
  return output;
}

describe('a damaged data directory', () => {
  it('is refused, not re-initialised, when PG_VERSION is missing', async () => {
    const dir = copyOfGood();
    rmSync(join(dir, 'pglite/PG_VERSION'));
    await expectRefusal(dir, /PG_VERSION ontbreekt/, /PG_VERSION is missing/);
    expect(existsSync(join(dir, 'pglite/PG_VERSION'))).toBe(false);
  }, 120_000);

  it('is refused when a table file was truncated (instead of starting with 0 plans and answering 500)', async () => {
    const dir = copyOfGood();
    truncateSync(join(dir, 'pglite', planFile), 0);
    await expectRefusal(dir, /tabel plans/, /table plans/);
  }, 120_000);

  it('is refused when pg_control is broken (instead of "RuntimeError: Aborted()")', async () => {
    const dir = copyOfGood();
    const control = join(dir, 'pglite/global/pg_control');
    const bytes = readFileSync(control);
    bytes.fill(0x5a, 16, 200);
    writeFileSync(control, bytes);
    await expectRefusal(dir, /beschadigd/, /damaged/);
  }, 120_000);

  it('is refused when local-school.json is not readable (instead of a raw SyntaxError)', async () => {
    const dir = copyOfGood();
    writeFileSync(join(dir, 'local-school.json'), '{"id": "school_', { mode: 0o600 });
    await expectRefusal(dir, /local-school\.json is geen leesbare JSON/, /local-school\.json is not readable JSON/);
  }, 120_000);

  it('starts fresh only in an empty directory, and once moved aside as the message says', async () => {
    const dir = copyOfGood();
    rmSync(join(dir, 'pglite/PG_VERSION'));
    await runToExit({ DATA_DIR: dir, PORT: String(await freePort()) });
    cpSync(dir, `${dir}-beschadigd`, { recursive: true });
    rmSync(dir, { recursive: true });
    const server = await spawnServer({ DATA_DIR: dir, PORT: String(await freePort()) });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.stop();
    expect(existsSync(join(`${dir}-beschadigd`, 'pglite/base'))).toBe(true);
  }, 180_000);
});

describe('one process per data directory', () => {
  it('refuses a second server and school:create while the server runs, and says which process has it', async () => {
    const dir = copyOfGood();
    const server = await spawnServer({ DATA_DIR: dir, PORT: String(await freePort()) });
    const pid = String(server.child.pid);

    const second = await runToExit({ DATA_DIR: dir, PORT: String(await freePort()) });
    expect(second.code).not.toBe(0);
    expect(second.output).toMatch(/is in gebruik door de Stagewijzer-server/);
    expect(second.output).toMatch(/is in use by/);
    expect(second.output).toContain(pid);
    expect(second.output).toContain(server.url.replace('127.0.0.1', 'localhost'));

    const create = await runToExit({ DATA_DIR: dir }, 'server/src/cli/school-create.ts', ['Nieuwe school']);
    expect(create.code).toBe(3);
    expect(create.output).toMatch(/Er is geen school aangemaakt/);
    expect(create.output).toMatch(/No school was created/);
    expect(create.output).not.toMatch(/sw_/);

    // The running server lost nothing.
    const plans = (await (await fetch(`${server.url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).json()) as { plans: unknown[] };
    expect(plans.plans.length).toBe(1);
    await server.stop();

    // Stopped: school:create works, and its token works for the next server.
    const created = await runToExit({ DATA_DIR: dir }, 'server/src/cli/school-create.ts', ['Nieuwe school']);
    expect(created.code, created.output).toBe(0);
    const newToken = /sw_[A-Za-z0-9_-]+/.exec(created.output)![0];
    const again = await spawnServer({ DATA_DIR: dir, PORT: String(await freePort()) });
    expect((await fetch(`${again.url}/api/plans`, { headers: { authorization: `Bearer ${newToken}` } })).status).toBe(200);
    await again.stop();
  }, 180_000);

  it('takes over the lock of a process that is gone', async () => {
    const dir = copyOfGood();
    writeFileSync(join(dir, 'stagewijzer.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: '2020-01-01T00:00:00Z', holder: 'de Stagewijzer-server' }));
    const server = await spawnServer({ DATA_DIR: dir, PORT: String(await freePort()) });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.stop();
    expect(existsSync(join(dir, 'stagewijzer.lock'))).toBe(false);
  }, 120_000);
});

describe('private files', () => {
  it('creates and keeps every file 0600 and every directory 0700, whatever the umask', async () => {
    const dir = join(root, 'umask');
    const server = await spawnServer({ DATA_DIR: dir, PORT: String(await freePort()) }, { umask: '000' });
    const session = (await (await fetch(`${server.url}/api/session`)).json()) as { token: string };
    const res = await fetch(`${server.url}/api/plans`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Stageplan', text: samplePlan() }),
    });
    expect(res.status).toBe(201);
    const open = Object.entries(snapshot(dir)).filter(([, v]) => (parseInt(v.split(' ')[1]!, 8) & 0o077) !== 0);
    expect(open).toEqual([]);
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
    await server.stop();
    expect(Object.entries(snapshot(dir)).filter(([, v]) => (parseInt(v.split(' ')[1]!, 8) & 0o077) !== 0)).toEqual([]);
  }, 180_000);
});
