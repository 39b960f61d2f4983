// Stemming. `snowball` is Snowball Dutch, the algorithm of Postgres' 'dutch' text search configuration (a golden
// test holds the two together). `stem` is what every in-memory matcher uses: Snowball, with the plural and spelling
// variants Snowball leaves apart joined ("bedrijven"/"bedrijf", "reizen"/"reis", "stages"/"stage").
import { stemmer } from '@orama/stemmers/dutch';
import { MAX_TOKEN } from './limits.ts';
import { memoize } from './memo.ts';

/** Snowball Dutch; over-long tokens are left as they are. */
export const snowball: (folded: string) => string = memoize((w) => (w.length > MAX_TOKEN ? w : stemmer(w)), 50_000);

/** The matching key of a folded word: its Snowball stem with -v/-z written -f/-s and a plural -s after -e dropped. */
export const stem: (folded: string) => string = memoize((w) => {
  if (w.length > MAX_TOKEN) return w;
  // Snowball keeps the -s of "stages", "collega's" (after a vowel): read them as their singular.
  const base = w.length > 4 && /[aeiou]'?s$/.test(w) && !/(ss|is|us|os|as)$/.test(w) ? w.replace(/'?s$/, '') : w;
  const stemmed = stemmer(base);
  // Only where Snowball removed an ending: "bedrijven" → "bedrijv" → "bedrijf", but "ov" stays "ov".
  return stemmed.length < base.length ? stemmed.replace(/v$/, 'f').replace(/z$/, 's') : stemmed;
}, 50_000);
