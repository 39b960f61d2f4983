import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The app's handle on Postgres, whichever driver: PGlite (embedded) or postgres (server). */
export interface Database {
  driver: 'pglite' | 'postgres';
  orm: PgDatabase<PgQueryResultHKT>;
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Runs `fn` in one transaction: all of its writes land, or none. */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What a transaction offers: the query builder and raw rows, both inside the transaction. */
export type Executor = Pick<Database, 'rows' | 'orm'>;

function wrap(orm: PgDatabase<PgQueryResultHKT>): Pick<Database, 'rows' | 'transaction'> {
  return {
    rows: async (query) => rowsOf(await orm.execute(query)),
    transaction: (fn) => orm.transaction((tx) => fn({ orm: tx, rows: async (query) => rowsOf(await tx.execute(query)) })),
  };
}

function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export async function openPglite(dataDir?: string): Promise<Database> {
  const [{ PGlite }, { vector }, { pg_trgm }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
  ]);
  const client = await PGlite.create({ dataDir, extensions: { vector, pg_trgm } });
  const orm = drizzle({ client }) as unknown as PgDatabase<PgQueryResultHKT>;
  return {
    driver: 'pglite',
    orm,
    ...wrap(orm),
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const [{ default: postgres }, { drizzle }] = await Promise.all([import('postgres'), import('drizzle-orm/postgres-js')]);
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {}, prepare: false, connect_timeout: 10 });
  const orm = drizzle({ client }) as unknown as PgDatabase<PgQueryResultHKT>;
  return {
    driver: 'postgres',
    orm,
    ...wrap(orm),
    close: () => client.end({ timeout: 5 }),
  };
}

export { sql };
