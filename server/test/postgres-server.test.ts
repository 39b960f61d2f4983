// The DATABASE_URL path on a real PostgreSQL server with pgvector (DATABASE_URL_TEST): migrations, the
// API contract over HTTP, plans, and retrieval that cites the same top five passages as PGlite on every
// eval question. Skipped, saying so, when no server is given.

import { readdirSync, readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitOf } from '../../evals/split.ts';
import { ask, askDeps } from '../src/answer/ask.ts';
import { createApp, type AppParts } from '../src/app.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { openPostgres, type Database } from '../src/db/database.ts';
import { chunks } from '../src/db/schema.ts';
import type { Citation, Persona } from '../src/domain.ts';
import { CORPUS_DIR } from '../src/paths.ts';
import { storePlan } from '../src/plans.ts';
import { assemble } from '../src/runtime.ts';
import { createSchool } from '../src/schools.ts';
import { apiContract, type ContractContext } from './support/contract.ts';
import { migrationContract } from './support/migration-contract.ts';
import { scratchDatabase, scratchDatabases, SERVER_URL, SKIPPED_WITHOUT_SERVER, type ScratchDatabase } from './support/postgres-server.ts';
import { createTestApp, type TestApp } from './support/server.ts';
import { expectStemmingAgrees } from './support/stemming-golden.ts';

if (!SERVER_URL) {
  describe('on PostgreSQL with pgvector', () => it.skip(SKIPPED_WITHOUT_SERVER, () => {}));
  console.info(`postgres-server.test.ts: ${SKIPPED_WITHOUT_SERVER}`);
}

describe.runIf(SERVER_URL)('on PostgreSQL with pgvector (DATABASE_URL_TEST)', () => {
  let scratch: ScratchDatabase;
  let db: Database;
  let parts: AppParts;

  beforeAll(async () => {
    scratch = await scratchDatabase();
    db = await openPostgres(scratch.url, { max: 4 });
    const assembled = await assemble({ db, corpus: loadCorpus(CORPUS_DIR), prepare: true });
    expect(assembled.ingested).toBe(true);
    parts = { ...assembled, security: { rateLimit: false } };
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  }, 60_000);

  it('is PostgreSQL 15 or later with pgvector 0.8 or later', async () => {
    const [row] = await db.rows<{ server: number; vector: string }>(
      sql`select current_setting('server_version_num')::int as server, (select extversion from pg_extension where extname = 'vector') as vector`,
    );
    expect(row!.server).toBeGreaterThanOrEqual(150000);
    expect(row!.vector.split('.').map(Number)).toSatisfy(([major, minor]: number[]) => major! > 0 || minor! >= 8);
  });

  it('stems Dutch as the language kit does, on every corpus word (golden)', () => expectStemmingAgrees(db));

  describe('migrations', () => {
    const dbs = scratchDatabases();
    afterAll(() => dbs.dropAll(), 60_000);
    migrationContract(dbs.open, dbs.sameDatabase);
  });

  describe('the API over HTTP', () => {
    const ctx: ContractContext = { url: '', tokenA: '', tokenB: '' };
    let server: ReturnType<typeof serve>;
    beforeAll(async () => {
      ctx.tokenA = (await createSchool(db, 'School A', new Date())).token;
      ctx.tokenB = (await createSchool(db, 'School B', new Date())).token;
      const app = createApp(parts);
      server = await new Promise((ok) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
      });
      const address = server.address();
      ctx.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));
    apiContract(() => ctx);
  });

  describe('plans', () => {
    it('searches a plan within its school only, among many other plans, and deletes its passages with it', async () => {
      const schoolA = (await createSchool(db, 'Plannenschool A', new Date())).school;
      const schoolB = (await createSchool(db, 'Plannenschool B', new Date())).school;
      const text = (i: number) =>
        `Stageplan ${i}\n\nDe stagebegeleider bezoekt de leerling ${i % 4 === 0 ? 'twee' : 'drie'} keer in het stagebedrijf en belt elke week.`;
      const store = (school: typeof schoolA, i: number) =>
        storePlan(db, parts.index, { school, title: `Plan ${i}`, kind: 'stageplan', text: text(i), check: {}, masked: [], now: new Date() });
      const others: Array<{ planId: string }> = [];
      for (let i = 0; i < 60; i++) others.push(await store(schoolB, i));
      const mine = await store(schoolA, 1000);
      const search = (legs: Array<'fts' | 'vector'>) => parts.index.searchPlan('hoe vaak bezoekt de stagebegeleider', mine.planId, schoolA.id, { legs });
      for (const legs of [['vector'], ['fts'], ['fts', 'vector']] as Array<Array<'fts' | 'vector'>>) {
        const hits = await search(legs);
        expect(hits.length, legs.join('+')).toBeGreaterThan(0);
        expect(new Set(hits.map((h) => h.planId)), legs.join('+')).toEqual(new Set([mine.planId]));
      }
      // Another school's token never reaches this plan's passages.
      const theirs = await parts.index.searchPlan('hoe vaak bezoekt de stagebegeleider', mine.planId, schoolB.id);
      expect(theirs).toEqual([]);
      // Deleting a plan removes its passages.
      await db.transaction((tx) => tx.rows(sql`delete from plans where id = ${others[0]!.planId}`));
      expect(await db.orm.$count(chunks, eq(chunks.planId, others[0]!.planId))).toBe(0);
    });
  });

  describe('plans through the HNSW index', () => {
    let own: ScratchDatabase;
    let first: Database | undefined;
    let second: Database | undefined;
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await own?.drop();
    }, 60_000);

    it("finds a plan whose passages are farther than other schools' (iterative index scan)", async () => {
      own = await scratchDatabase();
      first = await openPostgres(own.url, { max: 2 });
      const setup = await assemble({ db: first, corpus: loadCorpus(CORPUS_DIR), prepare: true });
      const question = 'hoe vaak bezoekt de stagebegeleider de leerling in het stagebedrijf';
      const other = (await createSchool(first, 'Andere school', new Date())).school;
      const me = (await createSchool(first, 'Eigen school', new Date())).school;
      for (let i = 0; i < 150; i++) {
        await storePlan(first, setup.index, {
          school: other,
          title: `Stageplan ${i}`,
          kind: 'stageplan',
          text: `Stageplan ${i}\n\n${question}: drie keer.`,
          check: {},
          masked: [],
          now: new Date(),
        });
      }
      const mine = await storePlan(first, setup.index, {
        school: me,
        title: 'Werkplekleren',
        kind: 'stageplan',
        text: 'Werkplekleren\n\nHet rooster van de werkplek staat in bijlage twee.',
        check: {},
        masked: [],
        now: new Date(),
      });
      // Leave the planner the HNSW index only, as on a large table where it is the cheapest way.
      await first.rows(sql`drop index chunks_plan_idx`);
      await first.rows(sql.raw(`alter database ${new URL(own.url).pathname.slice(1)} set enable_seqscan = off`));
      await first.close();
      first = undefined;
      second = await openPostgres(own.url, { max: 2 });
      const parts2 = await assemble({ db: second, corpus: loadCorpus(CORPUS_DIR) });
      const [v] = await parts2.index.embedder.embed([question]);
      const nearest = sql`select id from chunks where plan_id = ${mine.planId} and school_id = ${me.id} and embedding is not null
        order by embedding <=> ${`[${v!.map((x) => x.toFixed(6)).join(',')}]`}::vector limit 40`;
      const plan = await second.rows<Record<string, string>>(sql`explain ${nearest}`);
      expect(plan.map((r) => Object.values(r)[0]).join('\n')).toMatch(/Index Scan using chunks_embedding_idx/);
      // Without iterative scans the index's first 40 candidates are all other schools': nothing is left.
      expect(await second.rows(nearest)).toEqual([]);

      const hits = await parts2.index.searchPlan(question, mine.planId, me.id, { legs: ['vector'] });
      expect(hits.map((h) => h.id)).toEqual([`plan:${mine.planId}:0`]);
    }, 180_000);
  });

  describe('retrieval', () => {
    let pglite: TestApp;
    beforeAll(async () => {
      pglite = await createTestApp();
    }, 180_000);
    afterAll(() => pglite?.close());

    it('cites the same top five passages as PGlite on every eval question', async () => {
      const dir = new URL('../../evals/questions/', import.meta.url);
      const questions = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Array<{ id: string; question: string; persona: Persona }>);
      expect(questions.length).toBeGreaterThan(200);
      const top5 = (cs: Citation[]) => cs.slice(0, 5).map((c) => [c.source, c.section ?? c.article ?? c.planId, c.lid ?? '', c.quote].join(' | '));
      const onServer = askDeps(parts);
      const onPglite = askDeps(pglite.parts);
      const differ: string[] = [];
      for (const q of questions) {
        const req = { question: q.question, persona: q.persona };
        const [a, b] = await Promise.all([ask(onServer, req), ask(onPglite, req)]);
        if (JSON.stringify(top5(a.citations)) !== JSON.stringify(top5(b.citations))) differ.push(q.id);
      }
      // Holdout items are counted, never named.
      const tune = differ.filter((id) => splitOf(id) === 'tune');
      expect({ tune, holdout: differ.length - tune.length }).toEqual({ tune: [], holdout: 0 });
    }, 600_000);
  });
});
