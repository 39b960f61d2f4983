import { and, asc, cosineDistance, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import { chunks as chunksTable } from '../db/schema.ts';
import type { Chunk, Embedder, ScoredChunk, SourceKind } from '../domain.ts';
import { MAX_TOKEN } from '../nl/limits.ts';
import { contentTerms, fold, terms } from '../nl/index.ts';

export type PlanLeg = 'fts' | 'vector';

const RRF_K = 30;
/** Weight of each leg in the fusion: full text is the most precise; the hashed vectors the least. */
export const LEG_WEIGHT: Record<PlanLeg, number> = { fts: 1, vector: 0.25 };
const LEG_DEPTH = 40;

/** The columns a passage is read back from. */
const chunkColumns = {
  id: chunksTable.id,
  source: chunksTable.source,
  ref: chunksTable.ref,
  title: chunksTable.title,
  text: chunksTable.text,
  start: chunksTable.start,
  end: chunksTable.end,
  page: chunksTable.page,
  law: chunksTable.law,
  lawId: chunksTable.lawId,
  article: chunksTable.article,
  lid: chunksTable.lid,
  url: chunksTable.url,
  planId: chunksTable.planId,
  schoolId: chunksTable.schoolId,
};
type ChunkRow = Pick<typeof chunksTable.$inferSelect, keyof typeof chunkColumns>;

const FOOTNOTE_ID = /:fn(\d+)$/;

function toChunk(r: ChunkRow): Chunk {
  const c: Chunk = { id: r.id, source: r.source as SourceKind, ref: r.ref, title: r.title, text: r.text, start: r.start, end: r.end };
  if (r.page != null) c.page = r.page;
  if (r.law) c.law = r.law as Chunk['law'];
  if (r.lawId) c.lawId = r.lawId as Chunk['lawId'];
  if (r.article) c.article = r.article;
  if (r.lid) c.lid = r.lid;
  if (r.url) c.url = r.url;
  if (r.planId) c.planId = r.planId;
  const footnote = FOOTNOTE_ID.exec(r.id);
  if (footnote) c.footnote = Number(footnote[1]);
  if (r.schoolId) c.schoolId = r.schoolId;
  return c;
}

/** Six decimals (float4 keeps about seven digits); anything not finite is 0. */
const storedVector = (v: number[]) => v.map((x) => (Number.isFinite(x) ? Number(x.toFixed(6)) : 0));

/** Words Postgres' tsquery takes as they are (folded letters and digits). */
const tsWord = (w: string) => w.replace(/[^a-z0-9]/g, '');

/**
 * Postgres as the store of record of every passage (the corpus's, read into memory at start, and the schools'
 * plans), and the search of a school's own plan: Postgres full text ('dutch') and pgvector cosine, fused by
 * weighted reciprocal rank. The corpus itself is searched from memory (corpus-index.ts).
 */
export class PassageIndex {
  private iterativeScan: Promise<boolean> | null = null;

  /** `parts`: the compound splitter of the corpus vocabulary ("stageovereenkomst" → stage, overeenkomst). */
  constructor(
    private readonly db: Database,
    readonly embedder: Embedder,
    private readonly parts: (word: string) => string[] = () => [],
  ) {}

  /** The words the full text indexes for a passage: context, title, text and compound parts; folded. */
  terms(chunk: Chunk, context = ''): string {
    return terms(`${context} ${chunk.title} ${chunk.text}`)
      .flatMap((w) => [w, ...this.parts(w)])
      .join(' ');
  }

  async write(exec: Executor, chunks: Chunk[], contexts: Map<string, string> = new Map()): Promise<void> {
    const batch = 64;
    for (let i = 0; i < chunks.length; i += batch) {
      const part = chunks.slice(i, i + batch);
      const vectors = await this.embedder.embed(part.map((c) => `${contexts.get(c.id) ?? ''} ${c.title}\n${c.text}`));
      const rows = part.map((c, j) => ({
        id: c.id,
        source: c.source,
        ref: c.ref,
        title: c.title,
        text: c.text,
        start: c.start,
        end: c.end,
        page: c.page ?? null,
        law: c.law ?? null,
        lawId: c.lawId ?? null,
        article: c.article ?? null,
        lid: c.lid ?? null,
        url: c.url ?? null,
        planId: c.planId ?? null,
        schoolId: c.schoolId ?? null,
        terms: this.terms(c, contexts.get(c.id)),
        embedding: storedVector(vectors[j]!),
      }));
      await exec.orm.insert(chunksTable).values(rows);
    }
  }

  /** One plan of one school. */
  private planFilter(planId: string, schoolId: string): SQL {
    return and(eq(chunksTable.planId, planId), eq(chunksTable.schoolId, schoolId))!;
  }

  /** Full text ('dutch') over the plan's passages: every word of the question counts, common ones too. */
  private async ftsLeg(question: string, filter: SQL): Promise<string[]> {
    const words = [
      ...new Set(
        contentTerms(question)
          .filter((w) => w.length <= MAX_TOKEN)
          .flatMap((w) => [w, ...this.parts(w)])
          .map(tsWord)
          .filter(Boolean),
      ),
    ].slice(0, 32);
    if (!words.length) return [];
    const query = sql`to_tsquery('dutch', ${words.join(' | ')})`;
    const rows = await this.db.orm
      .select({ id: chunksTable.id })
      .from(chunksTable)
      .where(and(filter, sql`${chunksTable.tsv} @@ ${query}`))
      .orderBy(desc(sql`ts_rank(${chunksTable.tsv}, ${query}, 1)`), asc(chunksTable.id))
      .limit(LEG_DEPTH);
    return rows.map((r) => r.id);
  }

  /**
   * Nearest passages by cosine distance, with pgvector's iterative index scans where the server has them (0.8+):
   * when the HNSW index is used, the passages of other schools' plans it meets first are skipped and the scan goes
   * on, instead of leaving too few results. Relaxed order is put right by sorting on the exact distance.
   */
  private async vectorLeg(question: string, filter: SQL): Promise<string[]> {
    const [v] = await this.embedder.embed([fold(question)]);
    const nearest = (exec: Pick<Executor, 'orm'>) => {
      const distance = cosineDistance(chunksTable.embedding, storedVector(v!));
      return exec.orm
        .select({ id: chunksTable.id, distance: sql<number>`${distance}`.as('distance') })
        .from(chunksTable)
        .where(and(filter, isNotNull(chunksTable.embedding)))
        .orderBy(distance)
        .limit(LEG_DEPTH);
    };
    if (!(await this.supportsIterativeScan())) return (await nearest(this.db)).map((r) => r.id);
    return this.db.transaction(async (tx) => {
      await tx.rows(sql`select set_config('hnsw.iterative_scan', 'relaxed_order', true)`);
      const candidates = nearest(tx).as('candidates');
      const rows = await tx.orm.select({ id: candidates.id }).from(candidates).orderBy(asc(candidates.distance), asc(candidates.id));
      return rows.map((r) => r.id);
    });
  }

  /** Whether pgvector has iterative index scans (0.8.0 and later); asked once. */
  private supportsIterativeScan(): Promise<boolean> {
    this.iterativeScan ??= this.db
      .rows<{ version: string | null }>(sql`select extversion as version from pg_extension where extname = 'vector'`)
      .then(([row]) => {
        const [major = 0, minor = 0] = (row?.version ?? '0.0').split('.').map(Number);
        return major > 0 || minor >= 8;
      })
      .catch((err: unknown) => {
        this.iterativeScan = null; // asked again next time
        throw err;
      });
    return this.iterativeScan;
  }

  /** The corpus passages' vectors (report and law), as stored at ingestion. */
  async corpusVectors(): Promise<Map<string, number[]>> {
    const rows = await this.db.orm
      .select({ id: chunksTable.id, embedding: chunksTable.embedding })
      .from(chunksTable)
      .where(and(ne(chunksTable.source, 'plan'), isNotNull(chunksTable.embedding)));
    return new Map(rows.map((r) => [r.id, r.embedding!]));
  }

  /** The best passages of one plan of one school for a question. */
  async searchPlan(question: string, planId: string, schoolId: string, opts: { limit?: number; legs?: PlanLeg[] } = {}): Promise<ScoredChunk[]> {
    const legs = opts.legs ?? ['fts', 'vector'];
    const filter = this.planFilter(planId, schoolId);
    const rankings = await Promise.all(
      legs.map(async (leg) => [leg, leg === 'fts' ? await this.ftsLeg(question, filter) : await this.vectorLeg(question, filter)] as const),
    );
    const fused = new Map<string, number>();
    for (const [leg, ranking] of rankings)
      ranking.forEach((id, rank) => {
        fused.set(id, (fused.get(id) ?? 0) + LEG_WEIGHT[leg] / (RRF_K + rank + 1));
      });
    const ranked = [...fused].sort((a, b) => b[1] - a[1]).slice(0, opts.limit ?? 4);
    if (!ranked.length) return [];
    const rows = await this.db.orm
      .select(chunkColumns)
      .from(chunksTable)
      .where(
        inArray(
          chunksTable.id,
          ranked.map(([id]) => id),
        ),
      );
    const byId = new Map(rows.map((r) => [r.id, toChunk(r)]));
    const best = ranked[0]![1];
    return ranked.flatMap(([id, score]) => {
      const c = byId.get(id);
      return c ? [{ ...c, score: Math.round((score / best) * 1000) / 1000 }] : [];
    });
  }
}
