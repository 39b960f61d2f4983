// Dutch compounds are written as one word (stageovereenkomst, reiskostenvergoeding); search and matching
// also use their parts. Splitting is a dynamic programme over the word's positions: O(n² · links) lookups
// for a word of n letters, and words longer than MAX_TOKEN are not split at all.

import { Lru } from './memo.ts';
import { MAX_TOKEN } from './limits.ts';

const MIN_PART = 4;
/** Linking morphemes between the parts: stage|s|overeenkomst, leerling|en|raad. */
const LINKS = ['', 's', 'en', 'e'] as const;

export interface WordSet {
  has(word: string): boolean;
}

interface Cut {
  parts: number;
  /** Sum of squared part lengths: among equally few parts, prefer long ones. */
  weight: number;
  /** [start, end) of each part in the word, in order. */
  spans: Array<[number, number]>;
}

/**
 * The fewest known parts a word splits into (each part ≥ 4 letters, or a known 3-letter word), with the
 * linking letters between them dropped. Returns null when the word is not a compound of known words.
 */
export function segmentCompound(word: string, known: WordSet): Array<[number, number]> | null {
  const n = word.length;
  if (n < 2 * MIN_PART - 1 || n > MAX_TOKEN) return null;
  // best[i]: the best cut of word[0, i) into parts, each followed by its link.
  const best: Array<Cut | null> = new Array(n + 1).fill(null);
  best[0] = { parts: 0, weight: 0, spans: [] };
  for (let start = 0; start < n; start++) {
    const before = best[start];
    if (!before) continue;
    for (let end = start + 3; end <= n; end++) {
      const len = end - start;
      const part = word.slice(start, end);
      if (len === n || (len < MIN_PART && !(len === 3 && start === 0)) || !known.has(part)) continue;
      for (const link of LINKS) {
        // A link only between parts: not at the end of the word.
        if (link && (end + link.length >= n || !word.startsWith(link, end))) continue;
        const next = end + link.length;
        const cut: Cut = { parts: before.parts + 1, weight: before.weight + len * len, spans: [...before.spans, [start, end]] };
        const there = best[next];
        if (!there || cut.parts < there.parts || (cut.parts === there.parts && cut.weight > there.weight)) best[next] = cut;
      }
    }
  }
  const cut = best[n];
  return cut && cut.parts >= 2 ? cut.spans : null;
}

/**
 * Parts of a compound: its parts, each part's own parts, and every known run of adjacent parts:
 * "reiskostenvergoeding" → reiskosten, reis, kosten, vergoeding. Parts only get shorter, so the
 * recursion ends; the word's length cap bounds the whole.
 */
export function compoundParts(word: string, known: WordSet): string[] {
  const spans = segmentCompound(word, known);
  if (!spans) return [];
  const out = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    for (let j = i; j < spans.length; j++) {
      if (i === 0 && j === spans.length - 1) continue; // the word itself
      const run = word.slice(spans[i]![0], spans[j]![1]);
      if (i !== j && !known.has(run)) continue;
      out.add(run);
      if (i === j) for (const sub of compoundParts(run, known)) out.add(sub);
    }
  }
  return [...out];
}

/** A compound splitter over one vocabulary, memoised in a bounded cache. */
export class CompoundSplitter {
  private readonly cache: Lru<string, string[]>;
  constructor(
    private readonly known: WordSet,
    cacheSize = 20_000,
  ) {
    this.cache = new Lru(cacheSize);
  }

  parts(word: string): string[] {
    let parts = this.cache.get(word);
    if (!parts) {
      parts = compoundParts(word, this.known);
      this.cache.set(word, parts);
    }
    return parts;
  }
}
