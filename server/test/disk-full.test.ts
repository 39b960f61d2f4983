// A full or read-only disk under the embedded server: writes answer 507 with a Dutch message and a log line that
// names ENOSPC, nothing half-written is kept, and the server carries on once there is room again; on a read-only
// disk it does not start, and says why. Needs a small filesystem of its own: a tmpfs, which only root may mount
// (skipped otherwise). A read-only database at request time (503) is tested in storage-errors.test.ts.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/cli/wrangler-dev.ts';
import { samplePlan } from './support/contract.ts';
import { killAll, runToExit, spawnServer, type SpawnedServer } from './support/spawned-server.ts';

const mountPoint = mkdtempSync(join(tmpdir(), 'stagewijzer-disk-'));
const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });
let mounted = false;
try {
  if (process.getuid?.() === 0) {
    mount('-t', 'tmpfs', '-o', 'size=160m,mode=0700', 'tmpfs', mountPoint);
    mounted = true;
  }
} catch {
  // not allowed here (no root, or no mount in this container)
}

let server: SpawnedServer;
let token: string;
const filler = join(mountPoint, 'filler');
const dataDir = join(mountPoint, 'data');

const store = (title: string) =>
  fetch(`${server.url}/api/plans`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, text: samplePlan().repeat(4) }),
  });
const listed = async () =>
  ((await (await fetch(`${server.url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).json()) as { plans: Array<{ title: string }> }).plans.map(
    (p) => p.title,
  );

beforeAll(async () => {
  if (!mounted) return;
  server = await spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'error' });
  token = ((await (await fetch(`${server.url}/api/session`)).json()) as { token: string }).token;
}, 240_000);

afterAll(async () => {
  await killAll();
  if (mounted) {
    try {
      mount('-o', 'remount,rw', mountPoint);
    } catch {
      /* was not read-only */
    }
    execFileSync('umount', [mountPoint]);
  }
  rmSync(mountPoint, { recursive: true, force: true });
}, 30_000);

describe.skipIf(!mounted)('a full or read-only disk (tmpfs)', () => {
  it('answers 507 with a Dutch message when the disk is full, logs ENOSPC, keeps nothing half-written, and recovers', async () => {
    expect((await store('Voor de volle schijf')).status).toBe(201);
    const fs = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(Number(fs.bavail) * fs.bsize - 64 * 1024));
    let full: Response | null = null;
    let failed = '';
    for (let i = 0; i < 20 && (!full || full.status === 201); i++) full = await store((failed = `Op de volle schijf ${i}`));
    expect(full!.status).toBe(507);
    const error = ((await full!.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('disk_full');
    expect(error.message).toMatch(/schijf van de server is vol/);
    expect(server.output()).toMatch(/"event":"disk_full"/);
    expect(server.output()).toMatch(/ENOSPC/);
    // Reading still works; what was acknowledged is there.
    expect(await listed()).toContain('Voor de volle schijf');
    expect(await listed()).not.toContain(failed);
    rmSync(filler);
    expect((await store('Na de volle schijf')).status).toBe(201);
    expect(await listed()).toContain('Na de volle schijf');
  }, 120_000);

  it('refuses to start on a read-only disk with a clear message', async () => {
    await server.stop();
    mount('-o', 'remount,ro', mountPoint);
    let run: { code: number | null; output: string };
    try {
      run = await runToExit({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    } finally {
      mount('-o', 'remount,rw', mountPoint);
    }
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/read-only \(EROFS\)/);
    expect(run.output).toMatch(/alleen-lezen/);
    expect(run.output).not.toMatch(/\n\s+at /);
    server = await spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'error' });
    expect(await listed()).toContain('Na de volle schijf');
  }, 120_000);
});
