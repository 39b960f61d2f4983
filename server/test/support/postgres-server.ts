// A real PostgreSQL server with pgvector for tests, when one is given: DATABASE_URL_TEST (`.ci/run` starts
// PostgreSQL 15 with pgvector 0.8.6 through ../shared/tools/postgres-pgvector and sets it). Every suite
// gets databases of its own, dropped afterwards, so test files can run side by side.

import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openPostgres, type Database } from '../../src/db/database.ts';

export const SERVER_URL: string | null = process.env.DATABASE_URL_TEST?.trim() || null;

export const SKIPPED_WITHOUT_SERVER =
  'skipped: DATABASE_URL_TEST is not set. `.ci/run` starts PostgreSQL 15 with pgvector and sets it; ' +
  'by hand: DATABASE_URL_TEST=$(../shared/tools/postgres-pgvector start | tail -1) npm test';

export interface ScratchDatabase {
  url: string;
  /** Drops the database (closing its connections). */
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new, empty database on the test server. */
export async function scratchDatabase(prefix = 'sw_test'): Promise<ScratchDatabase> {
  if (!SERVER_URL) throw new Error('DATABASE_URL_TEST is not set');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return {
    url: withDatabase(SERVER_URL, name),
    drop: async () => {
      const a = postgres(SERVER_URL!, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end({ timeout: 5 });
      }
    },
  };
}

/**
 * Opens scratch databases and remembers their URLs, so a second connection to the same one can be
 * opened; `dropAll` drops every one of them.
 */
export function scratchDatabases() {
  const made: ScratchDatabase[] = [];
  const urls = new WeakMap<Database, string>();
  const open = async (url: string) => {
    const db = await openPostgres(url, { max: 4 });
    urls.set(db, url);
    return db;
  };
  return {
    open: async (): Promise<Database> => {
      const scratch = await scratchDatabase();
      made.push(scratch);
      return open(scratch.url);
    },
    sameDatabase: (db: Database) => open(urls.get(db)!),
    dropAll: async () => {
      for (const s of made.splice(0)) await s.drop();
    },
  };
}
