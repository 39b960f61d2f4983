// The DATABASE_URL path: the app on the `postgres` driver (postgres.js) against PGlite served over
// the Postgres wire protocol, migrated and indexed through that driver (prepare: true). Also: the
// database going away gives a Dutch 503 with Retry-After, and the app recovers by itself.

import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { startLocalPostgres, type LocalPostgres } from '../src/cli/local-postgres.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { openPostgres, type Database } from '../src/db/database.ts';
import { CORPUS_DIR } from '../src/paths.ts';
import { assemble } from '../src/runtime.ts';
import { createSchool } from '../src/schools.ts';
import { apiContract, type ContractContext } from './support/contract.ts';

let pg: LocalPostgres;
let db: Database;
let server: ReturnType<typeof serve>;
const ctx: ContractContext = { url: '', tokenA: '', tokenB: '' };
const logs: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  pg = await startLocalPostgres();
  db = await openPostgres(pg.url, { max: 4 });
  const parts = await assemble({ db, corpus: loadCorpus(CORPUS_DIR), prepare: true, log: (e) => logs.push(e) });
  expect(parts.ingested).toBe(true);
  parts.security = { rateLimit: false };
  ctx.tokenA = (await createSchool(db, 'School A', new Date())).token;
  ctx.tokenB = (await createSchool(db, 'School B', new Date())).token;
  const app = createApp(parts);
  server = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const address = server.address();
  ctx.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 240_000);

afterAll(async () => {
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  await db?.close().catch(() => {});
  await pg?.close();
});

describe('the API on the postgres driver', () => {
  it('uses the postgres driver', () => expect(db.driver).toBe('postgres'));
  apiContract(() => ctx);
});

describe('when the database goes away', () => {
  it('answers 503 in Dutch with Retry-After where it needs the database, keeps answering questions, and recovers', async () => {
    await pg.pause();
    const down = await fetch(`${ctx.url}/api/plans`, { headers: { authorization: `Bearer ${ctx.tokenA}` } });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await down.json();
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toMatch(/database/);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|\.ts:\d+/);

    // The corpus is searched from memory: questions are still answered while the database is away.
    const ask = await fetch(`${ctx.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Wat is een stageplan?' }),
    });
    expect(ask.status).toBe(200);

    await pg.start();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(`${ctx.url}/api/plans`, { headers: { authorization: `Bearer ${ctx.tokenA}` } })).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect(logs.some((l) => l.event === 'database_unavailable')).toBe(true);
  });
});
