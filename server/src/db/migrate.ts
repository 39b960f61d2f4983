// Applies the migrations in server/drizzle/ (generated from schema.ts by drizzle-kit) with drizzle's
// migrator, on PGlite and on postgres.js alike. Node only: the Worker never migrates.
//
// All of it runs in one transaction under an advisory lock, so two processes starting against one
// server (two replicas, or the server and `npm run ingest`) take turns instead of racing.
//
// Databases created before drizzle migrations (by the raw-SQL migration, bookkept in `schema_migrations`)
// have exactly the schema of migrations 0000–0001: they are adopted by recording those two as applied;
// the later migrations then run as on any other database. Schools and plans are untouched.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { PgDialect, type PgSession } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';

/** Where drizzle bookkeeps applied migrations (drizzle's defaults, as `drizzle-kit migrate` uses them). */
const BOOKKEEPING = { migrationsSchema: 'drizzle', migrationsTable: '__drizzle_migrations' } as const;
/** The last migration whose schema equals the one the raw-SQL migration created. */
const LEGACY_BASELINE = '0001_initial';
/** pg_advisory_xact_lock key: "stagewijzer migrate". */
const MIGRATE_LOCK = 7_305_119_042;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function migrationsFolder(): string {
  return fileURLToPath(new URL('../../drizzle', import.meta.url));
}

/** The migrations in order, each with its journal tag. */
function readMigrations(folder: string): Array<MigrationMeta & { tag: string }> {
  if (!existsSync(folder)) throw new MigrationError(`migrations folder not found: ${folder}`);
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as { entries: Array<{ tag: string }> };
  return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({ ...m, tag: journal.entries[i]!.tag }));
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/** Applies every migration not yet applied. Returns how many were applied and whether a legacy database was adopted. */
export async function migrate(db: Database, folder = migrationsFolder()): Promise<{ applied: number; adopted: boolean }> {
  const migrations = readMigrations(folder);
  const baseline = migrations.findIndex((m) => m.tag === LEGACY_BASELINE);
  if (baseline < 0) throw new MigrationError(`migration ${LEGACY_BASELINE} not found in ${folder}`);
  return db.orm.transaction(async (tx) => {
    const q = async <T>(query: SQL) => rowsOf<T>(await tx.execute(query));
    await q(sql`select pg_advisory_xact_lock(${MIGRATE_LOCK})`);
    const bookkept = sql`${sql.identifier(BOOKKEEPING.migrationsSchema)}.${sql.identifier(BOOKKEEPING.migrationsTable)}`;
    const [state] = await q<{ legacy: boolean; drizzle: boolean }>(sql`
      select to_regclass('public.schema_migrations') is not null as legacy,
             to_regclass(${`${BOOKKEEPING.migrationsSchema}.${BOOKKEEPING.migrationsTable}`}) is not null as drizzle`);
    const before = state!.drizzle ? Number((await q<{ n: number }>(sql`select count(*)::int as n from ${bookkept}`))[0]!.n) : 0;

    let adopted = false;
    if (state!.legacy && before === 0) {
      const ids = (await q<{ id: number }>(sql`select id from schema_migrations order by id`)).map((r) => Number(r.id));
      if (ids.join(',') !== '1') throw new MigrationError(`unknown legacy schema (schema_migrations: ${ids.join(',') || 'empty'}); not adopting it`);
      await q(sql`create schema if not exists ${sql.identifier(BOOKKEEPING.migrationsSchema)}`);
      await q(sql`create table if not exists ${bookkept} (id serial primary key, hash text not null, created_at bigint)`);
      for (const m of migrations.slice(0, baseline + 1)) {
        await q(sql`insert into ${bookkept} (hash, created_at) values (${m.hash}, ${m.folderMillis})`);
      }
      await q(sql`drop table schema_migrations`);
      adopted = true;
    }

    // drizzle's migrator, inside this transaction: its own "transaction" is this one.
    const session = {
      execute: (query: SQL) => tx.execute(query),
      all: (query: SQL) => tx._.session.all(query),
      transaction: <T>(fn: (t: typeof tx) => Promise<T>) => fn(tx),
    } as unknown as PgSession;
    await new PgDialect().migrate(migrations, session, { migrationsFolder: folder, ...BOOKKEEPING });
    const after = Number((await q<{ n: number }>(sql`select count(*)::int as n from ${bookkept}`))[0]!.n);
    return { applied: after - before - (adopted ? baseline + 1 : 0), adopted };
  });
}
