// What migrations must do on any Postgres (PGlite and a real server run the same cases): build the
// schema on an empty database, do nothing the second time, and adopt a database made by the raw-SQL
// migration without losing schools or plans, ending with exactly the schema of a fresh one.

import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { chunks } from '../../src/db/schema.ts';
import { CORPUS_DIR } from '../../src/paths.ts';
import { getPlan, listPlans } from '../../src/plans.ts';
import { createHashEmbedder } from '../../src/retrieval/hash-embedder.ts';
import { assemble } from '../../src/runtime.ts';
import { schoolForToken } from '../../src/schools.ts';
import { catalog } from './catalog.ts';
import { createLegacyDatabase, LEGACY_PLAN_TEXT, LEGACY_TOKEN } from './legacy-database.ts';

/** `open` gives a new, empty database each call; the cases close what they open. */
export function migrationContract(open: () => Promise<Database>, sameDatabase?: (db: Database) => Promise<Database>): void {
  it('builds the schema on an empty database and applies nothing twice', async () => {
    const db = await open();
    try {
      const first = await migrate(db);
      expect(first).toMatchObject({ adopted: false });
      expect(first.applied).toBeGreaterThanOrEqual(3);
      expect(await migrate(db)).toEqual({ applied: 0, adopted: false });
      const [bookkept] = await db.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(Number(bookkept!.n)).toBe(first.applied);
      // Only the indexes something queries (see schema.ts).
      const lines = await catalog(db);
      expect(
        lines
          .filter((l) => l.startsWith('index '))
          .map((l) => /INDEX (\S+)/.exec(l)![1])
          .sort(),
      ).toEqual(
        [
          'chunks_embedding_idx',
          'chunks_pkey',
          'chunks_plan_idx',
          'chunks_tsv_idx',
          'meta_pkey',
          'plans_pkey',
          'plans_school_idx',
          'schools_pkey',
          'schools_token_hash_key',
        ].sort(),
      );
    } finally {
      await db.close();
    }
  });

  it('upgrades a database made by the raw-SQL migration: schools, tokens and plans survive, the schema ends as a fresh one', async () => {
    const embedder = createHashEmbedder();
    const fresh = await open();
    const legacy = await open();
    try {
      await migrate(fresh);
      await createLegacyDatabase(legacy, embedder);
      const parts = await assemble({ db: legacy, corpus: loadCorpus(CORPUS_DIR), embedder, prepare: true });
      expect(parts.ingested).toBe(true); // its corpus hash was an older one

      expect(await catalog(legacy)).toEqual(await catalog(fresh));
      expect((await legacy.rows<{ t: string | null }>(sql`select to_regclass('public.schema_migrations')::text as t`))[0]!.t).toBeNull();

      const school = await schoolForToken(legacy, LEGACY_TOKEN);
      expect(school).toEqual({ id: 'school_legacy', name: 'Oude school' });
      expect(await listPlans(legacy, school!)).toEqual([
        { planId: 'plan_legacy', title: 'Stageplan 2025', kind: 'stageplan', createdAt: '2025-03-02T10:00:00.000Z' },
      ]);
      const plan = await getPlan(legacy, school!, 'plan_legacy');
      expect(plan).toMatchObject({ text: LEGACY_PLAN_TEXT, check: { kind: 'stageplan', requirements: [] }, masked: [{ type: 'email', count: 1 }] });
      // The plan's passage is still there and found, by full text and by vector.
      expect(await legacy.orm.$count(chunks, eq(chunks.planId, 'plan_legacy'))).toBe(1);
      for (const legs of [['fts'], ['vector']] as const) {
        const hits = await parts.index.searchPlan('hoe vaak bezoekt de stagebegeleider de leerling', 'plan_legacy', 'school_legacy', { legs: [...legs] });
        expect(
          hits.map((h) => h.id),
          legs[0],
        ).toEqual(['plan:plan_legacy:0']);
      }
      // And a second start changes nothing.
      expect(await migrate(legacy)).toEqual({ applied: 0, adopted: false });
    } finally {
      await fresh.close();
      await legacy.close();
    }
  });

  it('refuses a legacy database it does not know, and leaves it as it was', async () => {
    const db = await open();
    try {
      await createLegacyDatabase(db, createHashEmbedder());
      await db.rows(sql`insert into schema_migrations (id) values (2)`);
      const before = await catalog(db);
      await expect(migrate(db)).rejects.toThrow(/unknown legacy schema \(schema_migrations: 1,2\)/);
      expect(await catalog(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });

  it('lets two processes migrate and index one database at the same time', async () => {
    const a = await open();
    try {
      // A second connection to the same database where there can be one (a server); PGlite is one process.
      const b = sameDatabase ? await sameDatabase(a) : null;
      const corpus = loadCorpus(CORPUS_DIR);
      const runs = await Promise.all([a, b ?? a].map((db) => assemble({ db, corpus, prepare: true })));
      expect(runs.filter((r) => r.ingested)).toHaveLength(1);
      const [n] = await a.rows<{ n: number }>(sql`select count(*)::int as n from chunks`);
      expect(Number(n!.n)).toBeGreaterThan(300);
      await b?.close();
    } finally {
      await a.close();
    }
  });
}
