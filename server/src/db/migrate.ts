import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/** Ordered schema migrations; each runs once, in a transaction, recorded in schema_migrations. */
const MIGRATIONS: ReadonlyArray<{ id: number; sql: (dims: number) => string }> = [
  {
    id: 1,
    sql: (dims) => `
      create extension if not exists vector;
      create extension if not exists pg_trgm;
      create table if not exists meta (key text primary key, value text not null);
      create table if not exists schools (
        id text primary key, name text not null, token_hash text not null unique,
        created_at timestamptz not null);
      create table if not exists plans (
        id text primary key, school_id text not null references schools(id) on delete cascade,
        title text not null, kind text not null, text text not null, "check" jsonb not null,
        masked jsonb not null, created_at timestamptz not null);
      create index if not exists plans_school_idx on plans (school_id);
      create table if not exists chunks (
        id text primary key, source text not null, ref text not null, title text not null,
        text text not null, start integer not null, "end" integer not null, page integer,
        law text, law_id text, article text, lid text, url text,
        plan_id text references plans(id) on delete cascade, school_id text,
        terms text not null,
        tsv tsvector generated always as (to_tsvector('dutch', terms)) stored,
        embedding vector(${dims}));
      create index if not exists chunks_tsv_idx on chunks using gin (tsv);
      create index if not exists chunks_terms_trgm_idx on chunks using gin (terms gin_trgm_ops);
      create index if not exists chunks_embedding_idx on chunks using hnsw (embedding vector_cosine_ops);
      create index if not exists chunks_plan_idx on chunks (plan_id);
      create index if not exists chunks_source_idx on chunks (source, school_id);
      create table if not exists lexicon (word text primary key);
      create index if not exists lexicon_trgm_idx on lexicon using gin (word gin_trgm_ops);`,
  },
];

export async function migrate(db: Database, dims: number): Promise<void> {
  await db.rows(sql`create table if not exists schema_migrations (id integer primary key, applied_at timestamptz not null default now())`);
  const done = new Set((await db.rows<{ id: number }>(sql`select id from schema_migrations`)).map((r) => Number(r.id)));
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    await db.orm.transaction(async (tx) => {
      for (const statement of m.sql(dims).split(';').map((s) => s.trim()).filter(Boolean)) {
        await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`insert into schema_migrations (id, applied_at) values (${m.id}, now())`);
    });
  }
}

/** Dimensions of the embedding column as created. */
export async function embeddingDimensions(db: Database): Promise<number | null> {
  const rows = await db.rows<{ typmod: number }>(sql`
    select atttypmod as typmod from pg_attribute
    where attrelid = 'chunks'::regclass and attname = 'embedding'`);
  const t = rows[0]?.typmod;
  return t && t > 0 ? Number(t) : null;
}

/** Change the embedding column to new dimensions; the caller re-embeds everything. */
export async function resizeEmbeddings(db: Database, dims: number): Promise<void> {
  await db.orm.transaction(async (tx) => {
    await tx.execute(sql.raw('drop index if exists chunks_embedding_idx'));
    await tx.execute(sql.raw(`alter table chunks alter column embedding type vector(${dims}) using null`));
    await tx.execute(sql.raw('create index chunks_embedding_idx on chunks using hnsw (embedding vector_cosine_ops)'));
  });
}
