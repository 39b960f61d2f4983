// The Worker under `wrangler dev` (local development): a client cannot choose its own IP for the rate limits
// with a forged cf-connecting-ip header, and a database that refuses connections gives 503, not a dead server.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInto, startLocalPostgres, type LocalPostgres } from '../src/cli/local-postgres.ts';
import { startWranglerDev, type WranglerDev } from '../src/cli/wrangler-dev.ts';
import { readConfig } from '../src/config.ts';

let pg: LocalPostgres | undefined;
let worker: WranglerDev | undefined;

beforeAll(async () => {
  pg = await startLocalPostgres();
  const [w] = await Promise.all([
    startWranglerDev({
      connectionString: pg.url,
      vars: { RATE_LIMIT_PER_IP: '4', RATE_LIMIT_PER_TOKEN: '100000', LOG_LEVEL: 'error' },
      readyTimeoutMs: 150_000,
    }),
    ingestInto(pg.url, readConfig({})),
  ]);
  worker = w;
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await pg?.close();
}, 60_000);

const claim = (ip: string) =>
  fetch(`${worker!.url}/api/claims`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
    body: JSON.stringify({ claim: 'Alle scholen hebben een stagebeleid.' }),
  });

describe('wrangler dev', () => {
  it('rate-limits a client that sends a new cf-connecting-ip with every request', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await claim(`203.0.113.${i + 1}`);
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
  }, 60_000);

  it('answers 503 while the database refuses connections, and serves again once it is back', async () => {
    await pg!.pause();
    let down: Response;
    try {
      down = await fetch(`${worker!.url}/healthz`);
      expect(down.status).toBe(503);
      expect(((await down.json()) as { error: { message: string } }).error.message).toMatch(/database/);
      await new Promise((r) => setTimeout(r, 1000));
      expect(worker!.child.exitCode, worker!.output().slice(-3000)).toBeNull();
    } finally {
      await pg!.start();
    }
    let up = 0;
    for (let i = 0; i < 20 && up !== 200; i++) {
      up = (await fetch(`${worker!.url}/healthz`)).status;
      if (up !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(up).toBe(200);
  }, 60_000);
});
