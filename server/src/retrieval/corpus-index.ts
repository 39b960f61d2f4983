// The fixed corpus (report and law passages, and the kernpunten that restate them) searched from memory: BM25F over
// Snowball stems with compound parts, spelling repair and lay-term expansion, plus a vector leg, fused by weighted
// reciprocal rank. Built once at start (and per Worker isolate); Postgres stays the store of record.
import type { Chunk, Embedder, ScoredChunk, SourceKind } from '../domain.ts';
import type { Kernpunt } from '../knowledge/kernpunten.ts';
import {
  CompoundSplitter,
  INDEX_STOPWORDS,
  LAY_CONCEPTS,
  SYNONYM_GROUPS,
  schoolTypesIn,
  splitSentences,
  stem,
  terms,
  verbCandidates,
  type SchoolTypeId,
} from '../nl/index.ts';
import { Bm25, type Bm25Field } from './bm25.ts';
import { queryTerms, type QueryTerms } from './query.ts';
import { SpellingIndex } from './spelling.ts';

export type CorpusLeg = 'lexical' | 'points' | 'vector';

/** Weight of each leg in the fusion and the reciprocal-rank constant. */
/**
 * Weight of each leg in the fusion. 'points': passages ranked by their kernpunten, whose plain restatements bridge
 * pupils' words and the report's; 'vector': the embedder's (hashed character n-grams by default: spelling slips and
 * compound parts). Chosen on the tune questions (retrieval hit@5: lexical + kernpunten 0.884, with vectors at 0.25
 * 0.891, at 0.5 0.876); `npm run bench` reports each leg's hit@5 on holdout.
 */
export const FUSION = { lexical: 1, points: 1, vector: 0.25 } as const;
const DEPTH = 40;
/** A footnote is an aside: it yields to body text that matches as well. */
const FOOTNOTE_WEIGHT = 0.8;

export interface ScoredPoint {
  point: Kernpunt;
  score: number;
  /** The query stems the point matched. */
  matched: string[];
  /** The passage the point's first span lies in. */
  chunkId: string;
}

export interface PassageAnalysis {
  sentences: Array<{ start: number; end: number; text: string; stems: ReadonlySet<string> }>;
  stems: ReadonlySet<string>;
}

export interface CorpusSearchOptions {
  sources?: SourceKind[];
  /** Only passages this accepts (a named law, a named section). */
  within?: (chunk: Chunk) => boolean;
  limit?: number;
  legs?: CorpusLeg[];
}

function fields(text: string, context: string, splitter: CompoundSplitter): Bm25Field[] {
  const body = terms(text).filter((w) => !INDEX_STOPWORDS.has(w));
  return [
    { terms: body.map(stem), weight: 1 },
    { terms: body.flatMap((w) => splitter.parts(w)).map(stem), weight: 0.5 },
    {
      terms: terms(context)
        .filter((w) => !INDEX_STOPWORDS.has(w))
        .map(stem),
      weight: 0.4,
    },
  ];
}

/** The passages' unit vectors as one row-major matrix: a query is one pass of dot products (cosines). */
class VectorTable {
  private constructor(
    readonly ids: string[],
    private readonly data: Float32Array,
    private readonly dim: number,
  ) {}

  static of(vectors: ReadonlyMap<string, readonly number[]>): VectorTable {
    const ids = [...vectors.keys()];
    const dim = Math.max(0, ...[...vectors.values()].map((v) => v.length));
    const data = new Float32Array(ids.length * dim);
    ids.forEach((id, r) => {
      data.set(vectors.get(id)!, r * dim);
    });
    return new VectorTable(ids, data, dim);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The `limit` rows most similar to `v` (cosine above 0) among those `allow` accepts, best first. */
  nearest(v: readonly number[], limit: number, allow: (id: string) => boolean): Array<[string, number]> {
    const { data, dim } = this;
    const n = Math.min(v.length, dim);
    const out: Array<[string, number]> = [];
    for (let r = 0; r < this.ids.length; r++) {
      let dot = 0;
      for (let i = 0, at = r * dim; i < n; i++, at++) dot += v[i]! * data[at]!;
      if (dot > 0 && allow(this.ids[r]!)) out.push([this.ids[r]!, dot]);
    }
    return out.sort((a, b) => b[1] - a[1]).slice(0, limit);
  }
}

export class CorpusIndex {
  readonly chunks: ReadonlyMap<string, Chunk>;
  private readonly passages: Bm25;
  private readonly points: Bm25;
  private readonly pointById: Map<string, { point: Kernpunt; chunkId: string; chunkIds: string[] }>;
  private readonly words: Map<string, number>;
  private readonly splitter: CompoundSplitter;
  private readonly stems: Set<string>;
  private readonly spelling: SpellingIndex;
  private vectors = VectorTable.of(new Map());

  constructor(
    chunks: readonly Chunk[],
    contexts: ReadonlyMap<string, string>,
    kernpunten: readonly Kernpunt[],
    readonly embedder: Embedder,
    private readonly loadVectors?: () => Promise<Map<string, number[]>>,
  ) {
    this.chunks = new Map(chunks.map((c) => [c.id, c]));
    this.words = new Map<string, number>();
    for (const c of chunks) for (const w of terms(`${c.title} ${c.text}`)) this.words.set(w, (this.words.get(w) ?? 0) + 1);
    const known = new Set([...this.words.keys()].filter((w) => w.length >= 3 && !/^\d/.test(w)));
    this.splitter = new CompoundSplitter(known);
    this.stems = new Set([...known].map(stem));
    // The lexicon's words are known too: lay phrasings and synonyms ("max", "doekoe").
    const lexiconWords = new Map([...LAY_CONCEPTS.flatMap((c) => c.say), ...SYNONYM_GROUPS.flat()].flatMap((s) => terms(s)).map((w) => [w, 1] as const));
    this.spelling = new SpellingIndex(new Map([...lexiconWords, ...[...this.words].filter(([w]) => w.length >= 3)]));
    this.passages = new Bm25(chunks.map((c) => ({ id: c.id, fields: fields(c.text, `${c.title} ${contexts.get(c.id) ?? ''}`, this.splitter) })));
    this.pointById = new Map();
    const docs = kernpunten.map((p) => {
      const chunkIds = this.chunksOf(p);
      const chunkId = chunkIds[0] ?? '';
      this.pointById.set(p.id, { point: p, chunkId, chunkIds });
      const chunk = this.chunks.get(chunkId);
      const text = `${p.formal} ${p.plain} ${p.spans.map((s) => s.text).join(' ')}`;
      return { id: p.id, fields: fields(text, `${chunk?.title ?? ''} ${contexts.get(chunkId) ?? ''}`, this.splitter) };
    });
    this.points = new Bm25(docs);
    for (const c of chunks) this.types.set(c.id, c.source === 'report' ? schoolTypesIn(`${c.title} ${contexts.get(c.id) ?? ''}`) : []);
    // A chapter's own text introduces its sections ("Dit hoofdstuk gaat over …"): it names every topic, answers none.
    const parents = new Set(chunks.filter((c) => c.source === 'report').map((c) => c.ref.split('.').slice(0, -1).join('.')));
    for (const c of chunks) if (c.source === 'report' && !c.ref.includes('.') && parents.has(c.ref)) this.introductions.add(c.id);
  }

  private readonly introductions = new Set<string>();

  /** Whether a passage introduces the sections below it rather than reporting findings. */
  isIntroduction(chunkId: string): boolean {
    return this.introductions.has(chunkId);
  }

  private readonly types = new Map<string, SchoolTypeId[]>();

  /** School types a report passage is about, from its section's and parents' titles ("… onderzochte pro-afdelingen"). */
  schoolTypesOf(chunkId: string): SchoolTypeId[] {
    return this.types.get(chunkId) ?? [];
  }

  private vectorsLoaded: Promise<void> | undefined;

  /** The passages' vectors, read once from the store of record; without them the vector leg stays silent. */
  private async ensureVectors(): Promise<void> {
    this.vectorsLoaded ??= (this.loadVectors?.() ?? Promise.resolve(new Map<string, number[]>())).then(
      (v) => {
        this.vectors = VectorTable.of(v);
      },
      () => {
        this.vectorsLoaded = undefined; // try again on a later question
      },
    );
    await this.vectorsLoaded;
  }

  /** The passages a point's spans lie in, in the order of its spans. */
  private chunksOf(p: Kernpunt): string[] {
    const out = new Set<string>();
    for (const span of p.spans) {
      for (const c of this.chunks.values()) {
        if (p.kind === 'report' && c.source === 'report' && c.ref === p.ref && c.start <= span.start && span.start < c.end) out.add(c.id);
        if (p.kind === 'law' && c.source === 'law' && c.lawId === p.lawId && c.article === p.ref && (!p.lid || c.lid === p.lid)) out.add(c.id);
      }
    }
    return [...out];
  }

  /** The form in which the corpus or the lexicon has a word: itself, or its verb's infinitive ("maak" → "maken"). */
  lemma(word: string): string | null {
    if (this.words.has(word) || this.spelling.has(word)) return word;
    return verbCandidates(word).find((c) => this.words.has(c) || this.stems.has(stem(c))) ?? null;
  }

  known(word: string): boolean {
    return this.lemma(word) !== null;
  }

  /** Share of passages that contain the word (0 when unknown). */
  frequency(word: string): number {
    return this.passages.df(stem(word)) / Math.max(1, this.passages.size);
  }

  parts(word: string): string[] {
    return this.splitter.parts(word);
  }

  query(question: string, opts: { expand?: boolean } = {}): QueryTerms {
    return queryTerms(question, { spelling: this.spelling, splitter: this.splitter, lemma: (w) => this.lemma(w) }, opts);
  }

  /** The best passages for a query, fused over the legs. */
  async search(q: QueryTerms, text: string, opts: CorpusSearchOptions = {}): Promise<ScoredChunk[]> {
    const allow = (id: string) => (!opts.sources || opts.sources.some((s) => id.startsWith(`${s}:`))) && (!opts.within || opts.within(this.chunks.get(id)!));
    const legs = opts.legs ?? ['lexical', 'points', 'vector'];
    // Each leg's scores relative to its best (1), summed with the leg's weight: a passage first in one leg keeps
    // its lead unless the others agree on another (reciprocal ranks would let middling agreement win).
    const scored: Array<[CorpusLeg, Map<string, number>]> = [];
    const relative = (hits: Array<[string, number]>) => {
      const best = hits[0]?.[1] || 1;
      return new Map(hits.map(([id, score]) => [id, score / best]));
    };
    if (legs.includes('lexical')) scored.push(['lexical', relative(this.passages.search(q.stems, DEPTH, allow).map((h) => [h.id, h.score]))]);
    if (legs.includes('points')) {
      const byChunk = new Map<string, number>();
      for (const h of this.points.search(q.stems, DEPTH * 2)) {
        for (const id of this.pointById.get(h.id)?.chunkIds ?? []) if (allow(id) && !byChunk.has(id)) byChunk.set(id, h.score);
      }
      scored.push(['points', relative([...byChunk])]);
    }
    if (legs.includes('vector')) await this.ensureVectors();
    if (legs.includes('vector') && this.vectors.size) {
      const [v] = await this.embedder.embed([text]);
      scored.push(['vector', relative(this.vectors.nearest(v!, DEPTH, allow))]);
    }
    const fused = new Map<string, number>();
    for (const [leg, scores] of scored) for (const [id, s] of scores) fused.set(id, (fused.get(id) ?? 0) + FUSION[leg] * s);
    for (const [id, score] of fused) if (/:fn\d+$/.test(id)) fused.set(id, score * FOOTNOTE_WEIGHT);
    const ranked = [...fused].sort((a, b) => b[1] - a[1]).slice(0, opts.limit ?? 8);
    const best = ranked[0]?.[1] ?? 1;
    return ranked.flatMap(([id, score]) => {
      const c = this.chunks.get(id);
      return c ? [{ ...c, score: Math.round((score / best) * 1000) / 1000 }] : [];
    });
  }

  /** Kernpunten by their own words, with the BM25 score and the query terms each matched. */
  searchPoints(q: QueryTerms, limit = 30): ScoredPoint[] {
    return this.points.search(q.stems, limit).flatMap((h) => {
      const p = this.pointById.get(h.id);
      return p ? [{ point: p.point, chunkId: p.chunkId, score: h.score, matched: h.matched }] : [];
    });
  }

  /** How telling a stem is among the kernpunten (inverse document frequency). */
  pointIdf(stemmed: string): number {
    return this.points.idf(stemmed);
  }

  private readonly analysed = new Map<string, PassageAnalysis>();

  /**
   * A passage's sentences (offsets into its text) with their match stems, and the stems of the whole passage with
   * its title and compound parts: computed once per passage, not per question.
   */
  analysis(chunk: Chunk): PassageAnalysis {
    let a = this.analysed.get(chunk.id);
    if (!a) {
      const sentences = splitSentences(chunk.text).map((x) => ({ ...x, stems: new Set(terms(x.text).map(stem)) }));
      const words = terms(`${chunk.title} ${chunk.text}`);
      a = { sentences, stems: new Set(words.flatMap((w) => [stem(w), ...this.splitter.parts(w).map(stem)])) };
      if (this.chunks.has(chunk.id)) this.analysed.set(chunk.id, a); // plan passages are not kept
    }
    return a;
  }

  /** Passages in the order of the corpus that `keep` accepts (a named article, lid or section). */
  passagesWhere(keep: (c: Chunk) => boolean): ScoredChunk[] {
    return [...this.chunks.values()].filter(keep).map((c) => ({ ...c, score: 1 }));
  }

  /** The lexical score of passages for the query, for judging how well the corpus answers it. */
  lexicalScores(q: QueryTerms, limit = 8): Array<{ id: string; score: number; matched: string[] }> {
    return this.passages.search(q.stems, limit);
  }

  /** The passages a point restates. */
  chunkIdsOf(pointId: string): string[] {
    return this.pointById.get(pointId)?.chunkIds ?? [];
  }

  pointsOf(chunkId: string): Kernpunt[] {
    return [...this.pointById.values()].filter((p) => p.chunkIds.includes(chunkId)).map((p) => p.point);
  }
}
