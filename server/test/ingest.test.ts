import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { openPglite } from '../src/db/database.ts';
import { CORPUS_DIR } from '../src/paths.ts';
import { createHashEmbedder } from '../src/retrieval/hash-embedder.ts';
import { assemble } from '../src/runtime.ts';
import { createSchool } from '../src/schools.ts';
import { catalog } from './support/catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'stagewijzer-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = loadCorpus(CORPUS_DIR);

describe('ingestion on the embedded database', () => {
  it('indexes once, re-indexes only when the corpus or the embedder changes, and keeps plans searchable', async () => {
    // First start: empty database, the corpus is ingested.
    let db = await openPglite(dir);
    let parts = await assemble({ db, corpus, prepare: true });
    expect(parts.ingested).toBe(true);
    const { token } = await createSchool(db, 'Testschool', new Date());
    const created = await createApp(parts).request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Plan', text: 'Stageplan\n\nDe stagebegeleider bezoekt de leerling drie keer in het stagebedrijf.' }),
    });
    const { planId } = (await created.json()) as { planId: string };
    await db.close();

    // Second start on the same data: nothing to do.
    db = await openPglite(dir);
    parts = await assemble({ db, corpus, prepare: true });
    expect(parts.ingested).toBe(false);

    // A changed corpus is re-ingested.
    parts = await assemble({ db, corpus: { ...corpus, hash: `${corpus.hash}-changed` }, prepare: true });
    expect(parts.ingested).toBe(true);

    // A different embedder (other dimensions) re-embeds the corpus and the plans.
    parts = await assemble({ db, corpus, embedder: createHashEmbedder(128), prepare: true });
    expect(parts.ingested).toBe(true);
    const dims = await db.rows<{ d: number }>(sql`select vector_dims(embedding) as d from chunks limit 1`);
    expect(Number(dims[0]!.d)).toBe(128);
    const schoolId = (await db.rows<{ id: string }>(sql`select id from schools`))[0]!.id;
    const hits = await parts.index.searchPlan('hoe vaak bezoekt de stagebegeleider', planId, schoolId, { legs: ['vector'] });
    expect(hits.map((h) => h.planId)).toContain(planId);
    await db.close();
  });

  it('leaves the database as it was when indexing fails halfway, indexes included', async () => {
    const db = await openPglite();
    try {
      await assemble({ db, corpus, prepare: true });
      const before = await catalog(db);
      const rows = async () => (await db.rows<{ n: number }>(sql`select count(*)::int as n from chunks`))[0]!.n;
      const indexed = await rows();
      // A new embedder re-embeds everything; this one fails after a few batches.
      const good = createHashEmbedder(128);
      let calls = 0;
      const failing = {
        ...good,
        id: 'failing:128',
        embed: async (t: string[]) => (++calls > 3 ? Promise.reject(new Error('embedding service gone')) : good.embed(t)),
      };
      await expect(assemble({ db, corpus, embedder: failing, prepare: true })).rejects.toThrow(/embedding service gone/);
      expect(await catalog(db)).toEqual(before); // the dropped GIN and HNSW indexes are back, the column its old size
      expect(await rows()).toBe(indexed);
      expect((await db.rows<{ value: string }>(sql`select value from meta where key = 'embedder_id'`))[0]!.value).toMatch(/^hash-ngram-v2:384$/);
    } finally {
      await db.close();
    }
  });
});
