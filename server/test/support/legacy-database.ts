// A database as the raw-SQL migration (before drizzle migrations) left it: its schema, bookkeeping and
// rows written the way that code wrote them. The upgrade tests start from here.

import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import { hashToken } from '../../src/schools.ts';

/** The raw-SQL migration 1, verbatim, with the embedder's dimensions filled in. */
const LEGACY_SCHEMA = (dims: number) => `
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
  create index if not exists lexicon_trgm_idx on lexicon using gin (word gin_trgm_ops)`;

export const LEGACY_TOKEN = 'sw_legacyLegacyLegacyLegacyLegacy0123456789';
export const LEGACY_PLAN_TEXT = 'Stageplan\n\nDe stagebegeleider bezoekt de leerling drie keer in het stagebedrijf.';

/** Creates the legacy schema and one school with one indexed plan, as the old code did. */
export async function createLegacyDatabase(db: Database, embedder: { id: string; dimensions: number; embed(t: string[]): Promise<number[][]> }): Promise<void> {
  await db.rows(sql`create table if not exists schema_migrations (id integer primary key, applied_at timestamptz not null default now())`);
  await db.transaction(async (tx) => {
    for (const statement of LEGACY_SCHEMA(embedder.dimensions)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      await tx.rows(sql.raw(statement));
    }
    await tx.rows(sql`insert into schema_migrations (id, applied_at) values (1, now())`);
  });
  await db.rows(sql`insert into schools (id, name, token_hash, created_at)
    values ('school_legacy', 'Oude school', ${await hashToken(LEGACY_TOKEN)}, ${new Date('2025-03-01T10:00:00Z').toISOString()})`);
  await db.rows(sql`insert into plans (id, school_id, title, kind, text, "check", masked, created_at)
    values ('plan_legacy', 'school_legacy', 'Stageplan 2025', 'stageplan', ${LEGACY_PLAN_TEXT},
            ${JSON.stringify({ kind: 'stageplan', requirements: [] })}::jsonb, ${JSON.stringify([{ type: 'email', count: 1 }])}::jsonb,
            ${new Date('2025-03-02T10:00:00Z').toISOString()})`);
  const [v] = await embedder.embed([`Stageplan 2025\n${LEGACY_PLAN_TEXT}`]);
  const literal = `[${v!.map((x) => x.toFixed(6)).join(',')}]`;
  await db.rows(sql`insert into chunks (id, source, ref, title, text, start, "end", plan_id, school_id, terms, embedding)
    values ('plan:plan_legacy:0', 'plan', 'plan_legacy', 'Stageplan 2025', ${LEGACY_PLAN_TEXT}, 0, ${LEGACY_PLAN_TEXT.length},
            'plan_legacy', 'school_legacy', 'stageplan stagebegeleider bezoekt leerling drie keer stagebedrijf stage bedrijf', ${literal}::vector)`);
  await db.rows(sql`insert into meta (key, value) values ('embedder_id', ${embedder.id}), ('corpus_hash', 'an-older-corpus#3')`);
}
