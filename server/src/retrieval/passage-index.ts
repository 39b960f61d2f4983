import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import type { Chunk, Embedder, ScoredChunk, SourceKind } from '../domain.ts';
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
}


const RRF_K = 60;
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

function toChunk(r: ChunkRow): Chunk {
  const c: Chunk = { id: r.id, source: r.source, ref: r.ref, title: r.title, text: r.text, start: Number(r.start), end: Number(r.end) };
  if (r.page != null) c.page = Number(r.page);
  if (r.law) c.law = r.law;
  if (r.law_id) c.lawId = r.law_id;
  if (r.article) c.article = r.article;
  if (r.lid) c.lid = r.lid;
  if (r.url) c.url = r.url;
  if (r.plan_id) c.planId = r.plan_id;
  if (r.school_id) c.schoolId = r.school_id;
  return c;
}

const vectorLiteral = (v: number[]) => `[${v.map((x) => (Number.isFinite(x) ? x.toFixed(6) : '0')).join(',')}]`;

/**
 * Hybrid passage search: Postgres full text ('dutch') ranked BM25-style, trigram word similarity
 * for compounds and spelling slips, and pgvector cosine; fused by reciprocal rank.
 */
export class PassageIndex {
  private df: Map<string, number> | null = null;
  private docCount = 1;

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
    for (let i = 0; i < chunks.length; i += batch) {
      const part = chunks.slice(i, i + batch);
      const vectors = await this.embedder.embed(part.map((c) => `${contexts.get(c.id) ?? ''} ${c.title}\n${c.text}`));
      for (const [j, c] of part.entries()) {
        await exec.rows(sql`
          insert into chunks (id, source, ref, title, text, start, "end", page, law, law_id, article, lid, url, plan_id, school_id, terms, embedding)
          values (${c.id}, ${c.source}, ${c.ref}, ${c.title}, ${c.text}, ${c.start}, ${c.end}, ${c.page ?? null},
                  ${c.law ?? null}, ${c.lawId ?? null}, ${c.article ?? null}, ${c.lid ?? null}, ${c.url ?? null},
                  ${c.planId ?? null}, ${c.schoolId ?? null}, ${this.terms(c, contexts.get(c.id))},
                  ${vectorLiteral(vectors[j]!)}::vector)`);
      }
    }
    this.df = null;
  }

  private async documentFrequencies(): Promise<Map<string, number>> {
    if (this.df) return this.df;
    const rows = await this.db.rows<{ word: string; ndoc: number }>(
      sql`select word, ndoc from ts_stat('select tsv from chunks where source <> ''plan''')`,
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

  /** Query words for the lexical legs: content words, their compound parts, and lay-term expansions. */
  queryWords(query: string, literal = false): string[] {
    const text = literal ? query : expandQuestion(query).text;
    return [...new Set(contentWords(text).flatMap((w) => [w, ...this.vocabulary.parts(w)]))];
  }

  private async ftsLeg(words: string[], filter: SQL): Promise<string[]> {
    if (!words.length) return [];
    const lexemes = await this.db.rows<{ lexeme: string }>(
      sql`select distinct unnest(tsvector_to_array(to_tsvector('dutch', ${words.join(' ')}))) as lexeme`,
    );
    const df = await this.documentFrequencies();
    const weighted = lexemes.map((l) => ({ lexeme: l.lexeme, idf: this.idf(df.get(l.lexeme) ?? 0) }));
    if (!weighted.length) return [];
    const lex = weighted.map((w) => w.lexeme);
    const idf = weighted.map((w) => w.idf);
    // BM25 over the tsvector: tf = positions of the lexeme, length = number of positions.
    const rows = await this.db.rows<{ id: string }>(sql`
      with q as (select * from unnest(${sql.raw(`array[${lex.map((l) => `'${l.replace(/'/g, "''")}'`).join(',')}]::text[]`)},
                                      ${sql.raw(`array[${idf.map((x) => x.toFixed(6)).join(',')}]::float8[]`)}) as q(lexeme, idf)),
           docs as (select c.id, c.tsv, greatest(length(c.tsv), 1) as len from chunks c
                    where ${filter} and c.tsv @@ to_tsquery('dutch', ${lex.map((l) => `'${l.replace(/'/g, "''")}'`).join(' | ')}))
      select d.id, sum(q.idf * (array_length(u.positions, 1) * 2.2) / (array_length(u.positions, 1) + 1.2 * (0.25 + 0.75 * d.len / 60.0))) as score
      from docs d cross join lateral unnest(d.tsv) u join q on q.lexeme = u.lexeme
      group by d.id order by score desc limit ${LEG_DEPTH}`);
    return rows.map((r) => r.id);
  }

  private async trigramLeg(words: string[], filter: SQL): Promise<string[]> {
    const informative = words.filter((w) => w.length >= 5 && !/^\d+$/.test(w)).slice(0, 16);
    if (!informative.length) return [];
    const rows = await this.db.rows<{ id: string }>(sql`
      select c.id, sum(word_similarity(q.w, c.terms)) as score
      from unnest(${sql.raw(`array[${informative.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`)}) as q(w)
      join chunks c on q.w <% c.terms
      where ${filter}
      group by c.id order by score desc limit ${LEG_DEPTH}`);
    return rows.map((r) => r.id);
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

  async search(query: string, opts: SearchOptions = {}): Promise<ScoredChunk[]> {
    const legs = opts.legs ?? ['fts', 'trigram', 'vector'];
    const filter = this.filter(opts);
    const words = this.queryWords(query, opts.literal);
    const expanded = opts.literal ? query : expandQuestion(query).text;
    const rankings = await Promise.all([
      legs.includes('fts') ? this.ftsLeg(words, filter) : [],
      legs.includes('trigram') ? this.trigramLeg(words, filter) : [],
      legs.includes('vector') ? this.vectorLeg(fold(expanded), filter) : [],
    ]);
    const fused = new Map<string, number>();
    for (const ranking of rankings) {
      ranking.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + 1 / (RRF_K + rank + 1)));
    }
    const top = [...fused].sort((a, b) => b[1] - a[1]).slice(0, opts.limit ?? 8);
    if (!top.length) return [];
    const rows = await this.db.rows<ChunkRow>(sql`
      select id, source, ref, title, text, start, "end", page, law, law_id, article, lid, url, plan_id, school_id
      from chunks where id in (${sql.join(top.map(([id]) => sql`${id}`), sql`, `)})`);
    const byId = new Map(rows.map((r) => [r.id, toChunk(r)]));
    const best = top[0]![1];
    return top.flatMap(([id, score]) => {
      const c = byId.get(id);
      return c ? [{ ...c, score: Math.round((score / best) * 1000) / 1000 }] : [];
    });
  }
}
