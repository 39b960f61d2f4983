// The database schema. Migrations in server/drizzle/ are generated from this file (`npm run db:generate`);
// never edit a generated migration, add a new one. Constraint names are spelled out: they are those of
// databases created before drizzle migrations (server/src/db/migrate.ts adopts such databases).

import { sql } from 'drizzle-orm';
import { customType, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, vector } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Dimensions the embedding column is created with: those of the default local embedder. Another embedder
 * (OPENAI_EMBEDDING_DIMENSIONS) resizes the column when the corpus is indexed (`resizeEmbeddings`).
 */
export const DEFAULT_EMBEDDING_DIMENSIONS = 384;

/** Key/value facts about the index: corpus hash, embedder id. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const schools = pgTable(
  'schools',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** SHA-256 of the school's token, hex; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('schools_token_hash_key').on(t.tokenHash)],
);

export const plans = pgTable(
  'plans',
  {
    id: text('id').primaryKey(),
    schoolId: text('school_id').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    check: jsonb('check').notNull(),
    masked: jsonb('masked').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({ name: 'plans_school_id_fkey', columns: [t.schoolId], foreignColumns: [schools.id] }).onDelete('cascade'),
    index('plans_school_idx').on(t.schoolId),
  ],
);

/** Retrievable passages of the report, the law and school plans. */
export const chunks = pgTable(
  'chunks',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    ref: text('ref').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    page: integer('page'),
    law: text('law'),
    lawId: text('law_id'),
    article: text('article'),
    lid: text('lid'),
    url: text('url'),
    planId: text('plan_id'),
    schoolId: text('school_id'),
    /** Words the lexical leg indexes: context, title, text and compound parts, folded. */
    terms: text('terms').notNull(),
    tsv: tsvector('tsv').generatedAlwaysAs(sql`to_tsvector('dutch', terms)`),
    embedding: vector('embedding', { dimensions: DEFAULT_EMBEDDING_DIMENSIONS }),
  },
  (t) => [
    foreignKey({ name: 'chunks_plan_id_fkey', columns: [t.planId], foreignColumns: [plans.id] }).onDelete('cascade'),
    // Full text over passages; cosine nearest neighbours (a plan's are filtered per school and plan,
    // with iterative index scans where pgvector has them); a plan's passages (its search, its deletion).
    // Nothing queries `terms` by trigram or (source, school_id): those indexes were dropped (0002).
    index('chunks_tsv_idx').using('gin', t.tsv),
    index('chunks_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
    index('chunks_plan_idx').on(t.planId),
  ],
);
