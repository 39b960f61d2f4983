import { and, asc, cosineDistance, desc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import { chunks as chunksTable, lexicon } from '../db/schema.ts';
import type { Chunk, Embedder, ScoredChunk, SourceKind } from '../domain.ts';
import { MAX_TOKEN } from '../nl/limits.ts';
import { contentTerms as contentWords, fold } from '../nl/index.ts';
import type { Vocabulary } from './vocabulary.ts';

export type SearchLeg = 'fts' | 'trigram' | 'vector';

export interface SearchOptions {
  sources?: SourceKind[];
  /** Plan passages are searched only for this plan of this school. */
  planId?: string;
  schoolId?: string;
  limit?: number;
  legs?: SearchLeg[];
  /** Rank by every word, common ones included: within one plan, "begeleiding" still tells passages apart. */
  broad?: boolean;
}

const RRF_K = 30;
/** Weight of each leg in the fusion: full text is the most precise; the hashed vectors the least. */
export const LEG_WEIGHT: Record<SearchLeg, number> = { fts: 1, trigram: 0.5, vector: 0.25 };
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
const FOOTNOTE_WEIGHT = 0.8;

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

/** A text[] of words, one parameter each. */
const textArray = (words: string[]) => sql`array[${sql.join(words.map((w) => sql`${w}`), sql`, `)}]::text[]`;

/** A text[] from either driver: an array, or Postgres's literal "{a,b}". */
function parsePgArray(v: string[] | string): string[] {
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((x) => x.replace(/^"|"$/g, ''));
}

/** Six decimals (float4 keeps about seven digits); anything not finite is 0. */
const storedVector = (v: number[]) => v.map((x) => (Number.isFinite(x) ? Number(x.toFixed(6)) : 0));

/**
 * Hybrid passage search: Postgres full text ('dutch', ts_rank weighted by inverse document frequency),
 * trigram similarity for spelling slips, and pgvector cosine; fused by weighted reciprocal rank.
 */
export class PassageIndex {
  private df: Map<string, number> | null = null;
  private docCount = 1;
  private readonly corpusChunks = new Map<string, Chunk>();
  private readonly lexemeCache = new Map<string, string[]>();
  private lexiconLoaded = false;
  private iterativeScan: Promise<boolean> | null = null;

  constructor(
    private readonly db: Database,
    readonly embedder: Embedder,
    readonly vocabulary: Vocabulary,
  ) {}

  /** The words the lexical legs index for a chunk: context, title, text, compound parts; folded. */
  terms(chunk: Chunk, context = ''): string {
    return this.vocabulary.expand(`${context} ${chunk.title} ${chunk.text}`).join(' ');
  }

  async write(exec: Executor, chunks: Chunk[], contexts: Map<string, string> = new Map()): Promise<void> {
    const batch = 64;
    const words = new Set<string>();
    for (let i = 0; i < chunks.length; i += batch) {
      const part = chunks.slice(i, i + batch);
      const vectors = await this.embedder.embed(part.map((c) => `${contexts.get(c.id) ?? ''} ${c.title}\n${c.text}`));
      const rows = part.map((c, j) => {
        const terms = this.terms(c, contexts.get(c.id));
        // The lexicon is shared by every school: only corpus words go in, never a plan's (names, a school's own words).
        if (c.source !== 'plan') for (const w of terms.split(' ')) if (w.length >= 4 && !/^\d+$/.test(w)) words.add(w);
        return {
          id: c.id, source: c.source, ref: c.ref, title: c.title, text: c.text, start: c.start, end: c.end,
          page: c.page ?? null, law: c.law ?? null, lawId: c.lawId ?? null, article: c.article ?? null, lid: c.lid ?? null,
          url: c.url ?? null, planId: c.planId ?? null, schoolId: c.schoolId ?? null, terms, embedding: storedVector(vectors[j]!),
        };
      });
      await exec.orm.insert(chunksTable).values(rows);
    }
    const list = [...words];
    for (let i = 0; i < list.length; i += 2000) {
      await exec.orm.insert(lexicon).values(list.slice(i, i + 2000).map((word) => ({ word }))).onConflictDoNothing();
    }
    this.df = null;
    this.corpusChunks.clear();
  }

  private async documentFrequencies(): Promise<Map<string, number>> {
    if (this.df) return this.df;
    const rows = await this.db.rows<{ word: string; ndoc: number }>(
      sql`select word, ndoc from ts_stat($$select tsv from chunks where source <> 'plan'$$)`,
    );
    this.docCount = Math.max(1, await this.db.orm.$count(chunksTable, ne(chunksTable.source, 'plan')));
    this.df = new Map(rows.map((r) => [r.word, Number(r.ndoc)]));
    return this.df;
  }

  private idf(df: number): number {
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /** Which passages a search may return; `planScoped` when one plan of one school is among them. */
  private scope(opts: SearchOptions): { filter: SQL; planScoped: boolean } {
    const sources = (opts.sources ?? ['report', 'law', 'plan']).filter((s) => s !== 'plan');
    const corpus = sources.length ? inArray(chunksTable.source, sources) : sql`false`;
    if (!(opts.sources ?? ['plan']).includes('plan') || !opts.planId || !opts.schoolId) return { filter: corpus, planScoped: false };
    return { filter: or(corpus, and(eq(chunksTable.planId, opts.planId), eq(chunksTable.schoolId, opts.schoolId)))!, planScoped: true };
  }

  /**
   * Query words for the lexical legs: content words and lay-term expansions. A compound the corpus does not know
   * ("stagecontract") is searched by its parts; a known word is not split (its parts would only add noise).
   */
  queryWords(query: string): string[] {
    const text = query;
    // A "word" longer than any compound is not language (glued text, hostile input): it is not searched.
    const searchable = contentWords(text).filter((w) => w.length <= MAX_TOKEN);
    return [...new Set(searchable.flatMap((w) => (this.vocabulary.has(w) ? [w] : [w, ...this.vocabulary.parts(w)])))];
  }

  /** Postgres full text ('dutch'): per-lexeme ts_rank weighted by inverse document frequency. */
  private async ftsLeg(words: string[], filter: SQL, broad = false): Promise<string[]> {
    if (!words.length) return [];
    return this.rankLexemes(await this.lexemes(words), filter, broad);
  }

  /** The 'dutch' lexemes of words, asked of Postgres once per word (the corpus lexicon all at once). */
  private async lexemes(words: string[]): Promise<string[]> {
    if (!this.lexiconLoaded) {
      this.lexiconLoaded = true;
      const rows = await this.db.rows<{ w: string; lx: string[] | string }>(
        sql`select word as w, tsvector_to_array(to_tsvector('dutch', word)) as lx from lexicon`,
      );
      for (const r of rows) this.lexemeCache.set(r.w, parsePgArray(r.lx));
    }
    const unknown = [...new Set(words)].filter((w) => !this.lexemeCache.has(w));
    if (unknown.length) {
      const rows = await this.db.rows<{ w: string; lx: string[] | string }>(
        sql`select q.w, tsvector_to_array(to_tsvector('dutch', q.w)) as lx from unnest(${textArray(unknown)}) as q(w)`,
      );
      if (this.lexemeCache.size > 100_000) this.lexemeCache.clear();
      for (const r of rows) this.lexemeCache.set(r.w, parsePgArray(r.lx));
    }
    return [...new Set(words.flatMap((w) => this.lexemeCache.get(w) ?? []))];
  }

  private async rankLexemes(lexemes: string[], filter: SQL, broad = false): Promise<string[]> {
    const df = await this.documentFrequencies();
    // Lexemes in most passages ("stage", "leerling") say little and would make every passage a candidate.
    const weighted = lexemes
      .map((lexeme) => ({ lexeme, df: df.get(lexeme) ?? 0 }))
      .filter((l) => broad || l.df < this.docCount * 0.35)
      .map((l) => ({ lexeme: l.lexeme, idf: this.idf(l.df) }))
      .sort((a, b) => b.idf - a.idf)
      .slice(0, 24);
    if (!weighted.length) return [];
    const query = (ls: string[]) => ls.map((l) => `'${l.replace(/'/g, "''")}'`).join(' | ');
    // The lexemes are already normalised: cast them to tsquery directly (a constant), rather than
    // to_tsquery(), which Postgres would evaluate again for every row.
    const score = sql.join(
      weighted.map((w) => sql`${w.idf}::float8 * ts_rank(${chunksTable.tsv}, ${query([w.lexeme])}::tsquery, 1)`),
      sql` + `,
    );
    const rows = await this.db.orm
      .select({ id: chunksTable.id })
      .from(chunksTable)
      .where(and(filter, sql`${chunksTable.tsv} @@ ${query(weighted.map((w) => w.lexeme))}::tsquery`))
      .orderBy(desc(score))
      .limit(LEG_DEPTH);
    return rows.map((r) => r.id);
  }

  /**
   * Character trigrams over the corpus lexicon: words the corpus does not know are matched to similar words
   * (spelling slips: "stagevergoding" → "stagevergoeding"); passages are then ranked by full text over those.
   * Known words need no trigrams: compounds are already indexed with their parts.
   */
  private async trigramLeg(words: string[], filter: SQL): Promise<string[]> {
    const unknown = words.filter((w) => w.length >= 5 && !/^\d+$/.test(w) && !this.vocabulary.has(w)).slice(0, 16);
    if (!unknown.length) return [];
    const similar = await this.db.rows<{ word: string }>(sql`
      select l.word from unnest(${textArray(unknown)}) as q(w)
      join ${lexicon} l on l.word % q.w and similarity(l.word, q.w) >= 0.45
      limit 200`);
    if (!similar.length) return [];
    return this.rankLexemes(await this.lexemes(similar.map((s) => s.word)), filter);
  }

  /**
   * Nearest passages by cosine distance. A search that includes a plan runs with pgvector's iterative
   * index scans where the server has them (0.8+): when the HNSW index is used, the passages of other
   * schools' plans it meets first are skipped and the scan goes on, instead of leaving too few results.
   * Relaxed order is put right by sorting the candidates on their exact distance.
   */
  private async vectorLeg(query: string, filter: SQL, planScoped: boolean): Promise<string[]> {
    const [v] = await this.embedder.embed([query]);
    const nearest = (exec: Pick<Executor, 'orm'>) => {
      const distance = cosineDistance(chunksTable.embedding, storedVector(v!));
      return exec.orm
        .select({ id: chunksTable.id, distance: sql<number>`${distance}`.as('distance') })
        .from(chunksTable)
        .where(and(filter, isNotNull(chunksTable.embedding)))
        .orderBy(distance)
        .limit(LEG_DEPTH);
    };
    if (!planScoped || !(await this.supportsIterativeScan())) return (await nearest(this.db)).map((r) => r.id);
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
    const rows = await this.db.rows<{ id: string; v: string }>(sql`select id, embedding::text as v from chunks where source <> 'plan' and embedding is not null`);
    return new Map(rows.map((r) => [r.id, JSON.parse(r.v) as number[]]));
  }

  /** All passages of the named law articles (either law), in article order. */
  async byArticle(articles: string[]): Promise<ScoredChunk[]> {
    if (!articles.length) return [];
    const rows = await this.db.orm
      .select(chunkColumns)
      .from(chunksTable)
      .where(and(eq(chunksTable.source, 'law'), inArray(chunksTable.article, articles)))
      .orderBy(desc(chunksTable.lawId), asc(chunksTable.article), asc(chunksTable.id));
    return rows.map((r) => ({ ...toChunk(r), score: 1 }));
  }

  /** The best passages for a query. */
  async search(query: string, opts: SearchOptions = {}): Promise<ScoredChunk[]> {
    const [all] = await this.searchGroups(query, opts, [{ limit: opts.limit ?? 8 }]);
    return all!;
  }

  /**
   * Runs the legs once and returns, per group, the best passages of the group's sources
   * (e.g. the overall top 8 and the law's top 3 for a question about what the law requires).
   */
  async searchGroups(query: string, opts: SearchOptions, groups: Array<{ sources?: SourceKind[]; limit: number }>): Promise<ScoredChunk[][]> {
    const legs = opts.legs ?? ['fts', 'trigram', 'vector'];
    const { filter, planScoped } = this.scope(opts);
    const words = this.queryWords(query);
    const expanded = query;
    const rankings: Array<[SearchLeg, string[]]> = await Promise.all(
      legs.map(async (leg): Promise<[SearchLeg, string[]]> => [
        leg,
        leg === 'fts' ? await this.ftsLeg(words, filter, opts.broad) : leg === 'trigram' ? await this.trigramLeg(words, filter) : await this.vectorLeg(fold(expanded), filter, planScoped),
      ]),
    );
    const fused = new Map<string, number>();
    for (const [leg, ranking] of rankings) {
      ranking.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + LEG_WEIGHT[leg] / (RRF_K + rank + 1)));
    }
    // A footnote is an aside, and short passages rank high in full text: it yields to body text that matches as well.
    for (const [id, score] of fused) if (FOOTNOTE_ID.test(id)) fused.set(id, score * FOOTNOTE_WEIGHT);
    const ranked = [...fused].sort((a, b) => b[1] - a[1]);
    const picks = groups.map((g) => ranked.filter(([id]) => !g.sources || g.sources.some((s) => id.startsWith(`${s}:`))).slice(0, g.limit));
    const chunks = await this.chunks([...new Set(picks.flat().map(([id]) => id))]);
    return picks.map((top) => {
      const best = top[0]?.[1] ?? 1;
      return top.flatMap(([id, score]) => {
        const c = chunks.get(id);
        return c ? [{ ...c, score: Math.round((score / best) * 1000) / 1000 }] : [];
      });
    });
  }

  /** Passages by id; the corpus's passages are kept in memory once read (they only change on ingestion). */
  private async chunks(ids: string[]): Promise<Map<string, Chunk>> {
    const out = new Map<string, Chunk>();
    const missing = ids.filter((id) => {
      const c = this.corpusChunks.get(id);
      if (c) out.set(id, c);
      return !c;
    });
    if (missing.length) {
      const rows = await this.db.orm.select(chunkColumns).from(chunksTable).where(inArray(chunksTable.id, missing));
      for (const r of rows) {
        const c = toChunk(r);
        out.set(c.id, c);
        if (c.source !== 'plan') this.corpusChunks.set(c.id, c);
      }
    }
    return out;
  }
}
