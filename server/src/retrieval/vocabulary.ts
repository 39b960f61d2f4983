import { CompoundSplitter } from '../nl/compounds.ts';
import { MAX_TOKEN } from '../nl/tokens.ts';
import { words } from './text.ts';

/**
 * Corpus vocabulary with a compound splitter: Dutch writes compounds as one word
 * (stageovereenkomst, reiskostenvergoeding), so indexing and queries add their parts.
 */
export class Vocabulary {
  private readonly known: Set<string>;
  private readonly df = new Map<string, number>();
  private readonly byLength = new Map<number, string[]>();
  private readonly splitter: CompoundSplitter;
  readonly documents: number;

  /** `texts`: the passages of the corpus; document frequencies are counted per passage. */
  constructor(texts: Iterable<string>) {
    let n = 0;
    for (const t of texts) {
      n++;
      for (const w of new Set(words(t))) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
    this.documents = Math.max(1, n);
    this.known = new Set([...this.df.keys()].filter((w) => w.length >= 3 && !/^\d+$/.test(w)));
    for (const w of this.known) {
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
    this.splitter = new CompoundSplitter(this.known);
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** Share of passages that contain the word (0 when unknown). */
  frequency(word: string): number {
    return (this.df.get(word) ?? 0) / this.documents;
  }

  /** A known word within edit distance 1 (2 for long words): "stagevergoding" → "stagevergoeding". */
  nearest(word: string): string | null {
    if (word.length < 8 || word.length > MAX_TOKEN) return null;
    const max = word.length >= 12 ? 2 : 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        if (editDistance(word, candidate, max) <= max) return candidate;
      }
    }
    return null;
  }

  /** Parts of a compound, e.g. "reiskostenvergoeding" → ["reiskosten", "reis", "kosten", "vergoeding"]. */
  parts(word: string): string[] {
    return this.splitter.parts(word);
  }

  /** Words plus compound parts: the string the lexical leg indexes and searches. */
  expand(text: string): string[] {
    const out: string[] = [];
    for (const w of words(text)) {
      out.push(w);
      out.push(...this.parts(w));
    }
    return out;
  }
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
