import { customType, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { vector } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Key/value facts about the index: corpus hash, embedder id. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const schools = pgTable('schools', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const plans = pgTable(
  'plans',
  {
    id: text('id').primaryKey(),
    schoolId: text('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    check: jsonb('check').notNull(),
    masked: jsonb('masked').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plans_school_idx').on(t.schoolId)],
);

/**
 * Retrievable passages of the report, the law and school plans.
 * `embedding` has the dimensions of the configured embedder (set by the migration).
 */
export const chunks = pgTable('chunks', {
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
  planId: text('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
  schoolId: text('school_id'),
  /** Words the lexical leg indexes: title, text and compound parts. */
  terms: text('terms').notNull(),
  tsv: tsvector('tsv'),
  embedding: vector('embedding', { dimensions: 1 }),
});
