// The local database server (PGlite over the Postgres protocol, for `wrangler dev`, tests and the load test) asks
// every client for its password: a wrong or missing one is refused like Postgres refuses it (28P01).

import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPostgres, type LocalPostgres } from '../src/cli/local-postgres.ts';

let pg: LocalPostgres;
beforeAll(async () => {
  pg = await startLocalPostgres();
}, 60_000);
afterAll(() => pg?.close());

async function connect(url: string): Promise<number | string> {
  const client = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    const [row] = await client`select 1 + 1 as n`;
    return Number(row!.n);
  } catch (err) {
    return String((err as { code?: string }).code ?? (err as Error).message);
  } finally {
    await client.end({ timeout: 1 });
  }
}

describe('local database server', () => {
  it('answers a client with the password from its URL', async () => {
    expect(new URL(pg.url).password.length).toBeGreaterThanOrEqual(24);
    expect(await connect(pg.url)).toBe(2);
  });

  it('refuses a wrong or missing password with 28P01', async () => {
    const wrong = new URL(pg.url);
    wrong.password = 'postgres';
    expect(await connect(wrong.href)).toBe('28P01');
    const none = new URL(pg.url);
    none.password = '';
    expect(await connect(none.href)).not.toBe(2);
  });

  it('keeps its password across a pause (the same URL works again)', async () => {
    await pg.pause();
    await pg.start();
    expect(await connect(pg.url)).toBe(2);
  });
});
