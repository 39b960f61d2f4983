// A local Postgres for the Worker in development, tests and the load test: PGlite (pgvector, pg_trgm)
// behind the Postgres wire protocol, prepared over the `postgres` driver exactly as production is
// (`npm run ingest`). Node only.

import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config.ts';
import { loadCorpus } from '../corpus/load.ts';
import type { Log } from '../log.ts';
import { openPostgres } from '../db/database.ts';
import { schools } from '../db/schema.ts';
import { newDatabasePassword, openPgliteForServer, startPgliteServer, type PgliteServer } from '../db/pglite-server.ts';
import { startModels } from '../models.ts';
import { CORPUS_DIR } from '../paths.ts';
import { assemble } from '../runtime.ts';
import { createSchool } from '../schools.ts';

export interface LocalPostgres {
  url: string;
  port: number;
  pglite: PGlite;
  /** Stops listening (the database stays open: `start()` serves it again on the same port). */
  pause(): Promise<void>;
  start(): Promise<void>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

/** PGlite in `dataDir` (in memory when undefined) served on `port` (0: a free one). */
export async function startLocalPostgres(opts: { dataDir?: string; port?: number } = {}): Promise<LocalPostgres> {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await openPgliteForServer(opts.dataDir);
  // One password for the database's life: pause() and start() keep the same URL.
  const password = newDatabasePassword();
  let server: PgliteServer | null = await startPgliteServer({ db: pglite, port: opts.port ?? 0, password });
  const { port, url } = server;
  return {
    url,
    port,
    pglite,
    pause: async () => {
      await server?.stop();
      server = null;
    },
    start: async () => {
      server ??= await startPgliteServer({ db: pglite, port, password });
    },
    close: async () => {
      await server?.stop();
      server = null;
      await pglite.close();
    },
  };
}

/** Migrates and indexes the corpus over the `postgres` driver, with the configured embedder. */
export async function ingestInto(url: string, config: Parameters<typeof startModels>[0], log: Log = () => {}): Promise<{ ingested: boolean; ms: number }> {
  const t0 = performance.now();
  const db = await openPostgres(url, { max: 1 });
  try {
    // The index must be one the Worker can search: no stand-in embedder when the configured one fails.
    const models = await startModels(config, log, { mayFallBack: false });
    const parts = await assemble({ db, corpus: loadCorpus(CORPUS_DIR), ...models, prepare: true, log });
    return { ingested: parts.ingested, ms: Math.round(performance.now() - t0) };
  } finally {
    await db.close();
  }
}

/** Creates a school over the `postgres` driver; returns its token (shown once, stored hashed). */
export async function createSchoolAt(url: string, name: string): Promise<string> {
  const db = await openPostgres(url, { max: 1 });
  try {
    return (await createSchool(db, name, new Date())).token;
  } finally {
    await db.close();
  }
}

export async function schoolCount(url: string): Promise<number> {
  const db = await openPostgres(url, { max: 1 });
  try {
    return await db.orm.$count(schools);
  } finally {
    await db.close();
  }
}

export type { Config };
