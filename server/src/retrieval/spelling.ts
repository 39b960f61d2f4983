// Spelling slips: a word the vocabulary does not know is read as the known word it most likely is
// ("stagevergoding" → "stagevergoeding"). Symmetric deletion (SymSpell): precomputed deletes of every known word,
// so a lookup costs the deletes of the query word only, whatever the vocabulary's size.
import { MAX_TOKEN } from '../nl/index.ts';

const MAX_DISTANCE = 2;

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 3) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
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

/** Allowed distance by word length: none for short words (too many false friends), 1 from 5 letters, 2 from 8. */
const allowed = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

export class SpellingIndex {
  private readonly known: Map<string, number>;
  private readonly byDelete = new Map<string, string[]>();

  /** `words`: known words with how often they occur (more frequent wins a tie). */
  constructor(words: ReadonlyMap<string, number>) {
    this.known = new Map(words);
    for (const w of this.known.keys()) {
      if (w.length < 5 || w.length > MAX_TOKEN) continue;
      const ds = new Set<string>([w]);
      deletes(w, allowed(w.length), ds);
      for (const d of ds) {
        const list = this.byDelete.get(d);
        if (list) list.push(w);
        else this.byDelete.set(d, [w]);
      }
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The known word nearest to `word` within the allowed distance, or null. */
  correct(word: string): string | null {
    if (this.known.has(word)) return word;
    const max = Math.min(MAX_DISTANCE, allowed(word.length));
    if (max === 0 || word.length > MAX_TOKEN) return null;
    const ds = new Set<string>([word]);
    deletes(word, max, ds);
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const d of ds) {
      for (const candidate of this.byDelete.get(d) ?? []) {
        const distance = editDistance(word, candidate, max);
        if (distance < bestDistance || (distance === bestDistance && best !== null && (this.known.get(candidate) ?? 0) > (this.known.get(best) ?? 0))) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return bestDistance <= max ? best : null;
  }
}
