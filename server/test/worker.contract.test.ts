// The API contract against the Worker entry under `wrangler dev` (workerd, offline), with Hyperdrive's
// local connection string pointing at a real PostgreSQL with pgvector when DATABASE_URL_TEST is set (CI),
// else at PGlite served over the Postgres protocol. The database is prepared the way production is:
// migrate + ingest over the `postgres` driver (`npm run ingest`). One wrangler start for the whole file.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchoolAt, ingestInto, startLocalPostgres, type LocalPostgres } from '../src/cli/local-postgres.ts';
import { startWranglerDev, type WranglerDev } from '../src/cli/wrangler-dev.ts';
import { readConfig } from '../src/config.ts';
import { apiContract, type ContractContext } from './support/contract.ts';
import { scratchDatabase, SERVER_URL, type ScratchDatabase } from './support/postgres-server.ts';

let pg: LocalPostgres | undefined;
let server: ScratchDatabase | undefined;
let worker: WranglerDev | undefined;
const ctx: ContractContext = { url: '', tokenA: '', tokenB: '' };

beforeAll(async () => {
  let url: string;
  if (SERVER_URL) {
    server = await scratchDatabase();
    url = server.url;
  } else {
    pg = await startLocalPostgres();
    url = pg.url;
  }
  // wrangler starts while the corpus is indexed.
  const [w] = await Promise.all([
    startWranglerDev({
      connectionString: url,
      vars: { RATE_LIMIT_PER_IP: '100000', RATE_LIMIT_PER_TOKEN: '100000', ALLOWED_EXTENSION_IDS: 'chrome-extension://abcdefghijklmnop' },
      readyTimeoutMs: 150_000,
    }),
    (async () => {
      await ingestInto(url, readConfig({}));
      ctx.tokenA = await createSchoolAt(url, 'School A');
      ctx.tokenB = await createSchoolAt(url, 'School B');
    })(),
  ]);
  worker = w;
  ctx.url = w.url;
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await pg?.close();
  await server?.drop();
}, 60_000);

describe(`the Worker under wrangler dev, on ${SERVER_URL ? 'PostgreSQL with pgvector (DATABASE_URL_TEST)' : 'PGlite over the Postgres protocol'}`, () => {
  apiContract(() => ctx);

  it('serves the chat page with the strict Content-Security-Policy', async () => {
    const res = await fetch(`${ctx.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('allows the configured browser extension origin and no other', async () => {
    const ok = await fetch(`${ctx.url}/api/ask`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abcdefghijklmnop', 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    for (const origin of ['https://evil.example', 'chrome-extension://ponmlkjihgfedcba', 'moz-extension://0a1b2c3d-4e5f-6789-abcd-ef0123456789']) {
      const other = await fetch(`${ctx.url}/api/ask`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(other.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});
