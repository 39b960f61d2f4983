// Schema work at run time, inside the caller's transaction: the embedding column's size (it follows the
// embedder), and the costly indexes set aside while a bulk load runs. Index definitions are read back
// from the database (pg_indexes), so the migrations stay their only source.

import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database.ts';
import { chunks } from './schema.ts';

type Exec = Pick<Executor, 'rows'>;

/** Dimensions of the embedding column as created, or null. */
export async function embeddingDimensions(exec: Exec): Promise<number | null> {
  const rows = await exec.rows<{ typmod: number }>(sql`
    select atttypmod as typmod from pg_attribute
    where attrelid = to_regclass(${getTableName(chunks)}) and attname = ${chunks.embedding.name}`);
  const t = rows[0]?.typmod;
  return t && t > 0 ? Number(t) : null;
}

interface IndexDef {
  name: string;
  def: string;
}

/** A table's indexes whose access method matches (e.g. gin, hnsw), with the statements that create them. */
async function indexesUsing(exec: Exec, table: PgTable, methods: string[]): Promise<IndexDef[]> {
  return exec.rows<IndexDef>(sql`
    select i.indexname as name, i.indexdef as def
    from pg_indexes i
    join pg_class c on c.relname = i.indexname
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = i.schemaname
    join pg_am am on am.oid = c.relam
    where i.schemaname = current_schema() and i.tablename = ${getTableName(table)}
      and am.amname in (${sql.join(
        methods.map((m) => sql`${m}`),
        sql`, `,
      )})
    order by i.indexname`);
}

async function rebuilt<T>(exec: Exec, indexes: IndexDef[], fn: () => Promise<T>): Promise<T> {
  for (const i of indexes) await exec.rows(sql`drop index ${sql.identifier(i.name)}`);
  const out = await fn();
  for (const i of indexes) await exec.rows(sql.raw(i.def));
  return out;
}

/**
 * Runs a bulk load with the tables' GIN and HNSW indexes dropped, and builds them again afterwards:
 * building once is cheaper than maintaining them row by row. Only worth it when the load is larger than
 * what the tables keep; in a transaction, a failure restores the indexes with everything else.
 */
export async function withoutCostlyIndexes<T>(exec: Exec, tables: PgTable[], fn: () => Promise<T>): Promise<T> {
  const indexes = (await Promise.all(tables.map((t) => indexesUsing(exec, t, ['gin', 'hnsw'])))).flat();
  return rebuilt(exec, indexes, fn);
}

/** Changes the embedding column to `dims` dimensions, emptying it; the caller re-embeds everything. */
export async function resizeEmbeddings(exec: Exec, dims: number): Promise<void> {
  if (!Number.isInteger(dims) || dims < 1 || dims > 16_000) throw new Error(`invalid embedding dimensions: ${dims}`);
  await rebuilt(exec, await indexesUsing(exec, chunks, ['hnsw']), () =>
    exec.rows(sql`alter table ${chunks} alter column ${sql.identifier(chunks.embedding.name)} type vector(${sql.raw(String(dims))}) using null`),
  );
}
