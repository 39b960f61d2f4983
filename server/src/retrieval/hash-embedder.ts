import type { Embedder } from '../domain.ts';
import { contentTerms } from '../nl/index.ts';

/** FNV-1a, 32 bit. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Local, deterministic embedder: signed feature hashing of words and character 3–5-grams.
 * Character n-grams make spelling slips and compound parts land near each other
 * ("stagevergoding" ~ "stagevergoeding", "overeenkomst" ~ "stageovereenkomst"). Downloads nothing.
 */
export function createHashEmbedder(dimensions = 384): Embedder {
  const vectorOf = (text: string): number[] => {
    const v = new Float64Array(dimensions);
    const add = (feature: string, weight: number) => {
      const h = hash(feature);
      v[h % dimensions]! += h & 0x80000000 ? -weight : weight;
    };
    for (const w of contentTerms(text)) {
      add(`w:${w}`, 1);
      const padded = `#${w}#`;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(padded.slice(i, i + n), 0.35);
      }
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(v, (x) => x / norm);
  };
  return {
    id: `hash-ngram-v2:${dimensions}`,
    dimensions,
    embed: async (texts) => texts.map(vectorOf),
  };
}
