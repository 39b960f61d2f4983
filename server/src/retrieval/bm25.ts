// BM25F over a fixed set of documents held in memory: fields with their own weights, term weights from the query.

export interface Bm25Field {
  terms: readonly string[];
  /** How much an occurrence in this field counts (title words less than body words, compound parts less still). */
  weight: number;
}

export interface Bm25Doc {
  id: string;
  fields: readonly Bm25Field[];
}

export interface Bm25Hit {
  id: string;
  score: number;
  /** The query terms the document matched. */
  matched: string[];
}

const K1 = 1.2;
const B = 0.75;

export class Bm25 {
  private readonly ids: string[] = [];
  private readonly postings = new Map<string, Array<[doc: number, tf: number]>>();
  readonly size: number;

  constructor(docs: readonly Bm25Doc[]) {
    const lengths = docs.map((d) => d.fields.reduce((n, f) => n + f.terms.length * f.weight, 0));
    const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length) || 1;
    docs.forEach((doc, i) => {
      this.ids.push(doc.id);
      const tf = new Map<string, number>();
      for (const f of doc.fields) for (const t of f.terms) tf.set(t, (tf.get(t) ?? 0) + f.weight);
      const norm = 1 - B + (B * lengths[i]!) / avg;
      for (const [term, raw] of tf) {
        const list = this.postings.get(term) ?? [];
        list.push([i, raw / norm]);
        this.postings.set(term, list);
      }
    });
    this.size = docs.length;
  }

  /** Documents containing the term. */
  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Best documents for weighted query terms; `allow` filters documents by id. Linear in the postings read. */
  search(query: ReadonlyMap<string, number>, limit: number, allow?: (id: string) => boolean): Bm25Hit[] {
    const scores = new Map<number, { score: number; matched: string[] }>();
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list || weight <= 0) continue;
      const idf = this.idf(term);
      for (const [doc, tf] of list) {
        const s = scores.get(doc) ?? { score: 0, matched: [] };
        s.score += weight * idf * ((tf * (K1 + 1)) / (tf + K1));
        s.matched.push(term);
        scores.set(doc, s);
      }
    }
    const hits: Bm25Hit[] = [];
    for (const [doc, s] of scores) {
      const id = this.ids[doc]!;
      if (!allow || allow(id)) hits.push({ id, score: s.score, matched: s.matched });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
