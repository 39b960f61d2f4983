import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import type { Chunk, Embedder, ScoredChunk, SourceKind } from '../domain.ts';
import { MAX_COMPOUND } from '../nl/compounds.ts';
import { expandQuestion } from './expand.ts';
import { contentWords, fold } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';

export type SearchLeg = 'fts' | 'trigram' | 'vector';

export interface SearchOptions {
  sources?: SourceKind[];
  /** Plan passages are searched only for this plan of this school. */
  planId?: string;
  schoolId?: string;
  limit?: number;
  legs?: SearchLeg[];
  /** Skip lay-term expansion (claims are written in the report's own words). */
  literal?: boolean;
  /** Rank by every word, common ones included: within one plan, "begeleiding" still tells passages apart. */
  broad?: boolean;
}

const RRF_K = 30;
/** Weight of each leg in the fusion: full text is the most precise; the hashed vectors the least. */
export const LEG_WEIGHT: Record<SearchLeg, number> = { fts: 1, trigram: 0.5, vector: 0.25 };
const LEG_DEPTH = 40;

interface ChunkRow {
  id: string;
  source: SourceKind;
  ref: string;
  title: string;
  text: string;
  start: number;
  end: number;
  page: number | null;
  law: Chunk['law'] | null;
  law_id: Chunk['lawId'] | null;
  article: string | null;
  lid: string | null;
  url: string | null;
  plan_id: string | null;
  school_id: string | null;
}

const FOOTNOTE_ID = /:fn(\d+)$/;
const FOOTNOTE_WEIGHT = 0.8;

function toChunk(r: ChunkRow): Chunk {
  const c: Chunk = { id: r.id, source: r.source, ref: r.ref, title: r.title, text: r.text, start: Number(r.start), end: Number(r.end) };
  if (r.page != null) c.page = Number(r.page);
  if (r.law) c.law = r.law;
  if (r.law_id) c.lawId = r.law_id;
  if (r.article) c.article = r.article;
  if (r.lid) c.lid = r.lid;
  if (r.url) c.url = r.url;
  if (r.plan_id) c.planId = r.plan_id;
  const footnote = FOOTNOTE_ID.exec(r.id);
  if (footnote) c.footnote = Number(footnote[1]);
  if (r.school_id) c.schoolId = r.school_id;
  return c;
}

/** A text[] literal. Only for folded words ([a-z0-9]); quotes are escaped all the same. */
const textArray = (words: string[]) => sql.raw(`array[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`);

/** A text[] from either driver: an array, or Postgres's literal "{a,b}". */
function parsePgArray(v: string[] | string): string[] {
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((x) => x.replace(/^"|"$/g, ''));
}

const vectorLiteral = (v: number[]) => `[${v.map((x) => (Number.isFinite(x) ? x.toFixed(6) : '0')).join(',')}]`;

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
    const lexicon = new Set<string>();
    for (let i = 0; i < chunks.length; i += batch) {
      const part = chunks.slice(i, i + batch);
      const vectors = await this.embedder.embed(part.map((c) => `${contexts.get(c.id) ?? ''} ${c.title}\n${c.text}`));
      const rows = part.map((c, j) => {
        const terms = this.terms(c, contexts.get(c.id));
        // The lexicon is shared by every school: only corpus words go in, never a plan's (names, a school's own words).
        if (c.source !== 'plan') for (const w of terms.split(' ')) if (w.length >= 4 && !/^\d+$/.test(w)) lexicon.add(w);
        return sql`(${c.id}, ${c.source}, ${c.ref}, ${c.title}, ${c.text}, ${c.start}, ${c.end}, ${c.page ?? null},
                  ${c.law ?? null}, ${c.lawId ?? null}, ${c.article ?? null}, ${c.lid ?? null}, ${c.url ?? null},
                  ${c.planId ?? null}, ${c.schoolId ?? null}, ${terms}, ${vectorLiteral(vectors[j]!)}::vector)`;
      });
      await exec.rows(sql`
        insert into chunks (id, source, ref, title, text, start, "end", page, law, law_id, article, lid, url, plan_id, school_id, terms, embedding)
        values ${sql.join(rows, sql`, `)}`);
    }
    const words = [...lexicon];
    for (let i = 0; i < words.length; i += 2000) {
      await exec.rows(sql`insert into lexicon (word) select unnest(${textArray(words.slice(i, i + 2000))}) on conflict do nothing`);
    }
    this.df = null;
    this.corpusChunks.clear();
  }

  private async documentFrequencies(): Promise<Map<string, number>> {
    if (this.df) return this.df;
    const rows = await this.db.rows<{ word: string; ndoc: number }>(
      sql`select word, ndoc from ts_stat($$select tsv from chunks where source <> 'plan'$$)`,
    );
    const count = await this.db.rows<{ n: number }>(sql`select count(*)::int as n from chunks where source <> 'plan'`);
    this.docCount = Math.max(1, Number(count[0]?.n ?? 1));
    this.df = new Map(rows.map((r) => [r.word, Number(r.ndoc)]));
    return this.df;
  }

  private idf(df: number): number {
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  private filter(opts: SearchOptions): SQL {
    const sources = (opts.sources ?? ['report', 'law', 'plan']).filter((s) => s !== 'plan');
    const corpus = sources.length ? sql`c.source in (${sql.join(sources.map((s) => sql`${s}`), sql`, `)})` : sql`false`;
    const wantPlan = (opts.sources ?? ['plan']).includes('plan') && opts.planId && opts.schoolId;
    return wantPlan ? sql`(${corpus} or (c.plan_id = ${opts.planId} and c.school_id = ${opts.schoolId}))` : corpus;
  }

  /**
   * Query words for the lexical legs: content words and lay-term expansions. A compound the corpus does not know
   * ("stagecontract") is searched by its parts; a known word is not split (its parts would only add noise).
   */
  queryWords(query: string, literal = false): string[] {
    const text = literal ? query : expandQuestion(query).text;
    // A "word" longer than any compound is not language (glued text, hostile input): it is not searched.
    const searchable = contentWords(text).filter((w) => w.length <= MAX_COMPOUND);
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
      weighted.map((w) => sql`${w.idf}::float8 * ts_rank(c.tsv, ${query([w.lexeme])}::tsquery, 1)`),
      sql` + `,
    );
    const rows = await this.db.rows<{ id: string }>(sql`
      select c.id from chunks c
      where ${filter} and c.tsv @@ ${query(weighted.map((w) => w.lexeme))}::tsquery
      order by ${score} desc limit ${LEG_DEPTH}`);
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
      join lexicon l on l.word % q.w and similarity(l.word, q.w) >= 0.45
      limit 200`);
    if (!similar.length) return [];
    return this.rankLexemes(await this.lexemes(similar.map((s) => s.word)), filter);
  }

  private async vectorLeg(query: string, filter: SQL): Promise<string[]> {
    const [v] = await this.embedder.embed([query]);
    const rows = await this.db.rows<{ id: string }>(sql`
      select c.id from chunks c where ${filter} and c.embedding is not null
      order by c.embedding <=> ${vectorLiteral(v!)}::vector limit ${LEG_DEPTH}`);
    return rows.map((r) => r.id);
  }

  /** All passages of the named law articles (either law), in article order. */
  async byArticle(articles: string[]): Promise<ScoredChunk[]> {
    const rows = await this.db.rows<ChunkRow>(sql`
      select id, source, ref, title, text, start, "end", page, law, law_id, article, lid, url, plan_id, school_id
      from chunks where source = 'law' and article in (${sql.join(articles.map((a) => sql`${a}`), sql`, `)})
      order by law_id desc, article, id`);
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
    const filter = this.filter(opts);
    const words = this.queryWords(query, opts.literal);
    const expanded = opts.literal ? query : expandQuestion(query).text;
    const rankings: Array<[SearchLeg, string[]]> = await Promise.all(
      legs.map(async (leg): Promise<[SearchLeg, string[]]> => [
        leg,
        leg === 'fts' ? await this.ftsLeg(words, filter, opts.broad) : leg === 'trigram' ? await this.trigramLeg(words, filter) : await this.vectorLeg(fold(expanded), filter),
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
      const rows = await this.db.rows<ChunkRow>(sql`
        select id, source, ref, title, text, start, "end", page, law, law_id, article, lid, url, plan_id, school_id
        from chunks where id in (${sql.join(missing.map((id) => sql`${id}`), sql`, `)})`);
      for (const r of rows) {
        const c = toChunk(r);
        out.set(c.id, c);
        if (c.source !== 'plan') this.corpusChunks.set(c.id, c);
      }
    }
    return out;
  }
}
