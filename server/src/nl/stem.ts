// Snowball Dutch stemming: the algorithm of Postgres' 'dutch' text search configuration, so the in-memory
// index, the plans' full text in Postgres and every engine stem alike (a golden test holds them together).
import { stemmer } from '@orama/stemmers/dutch';
import { memoize } from './memo.ts';
import { MAX_TOKEN } from './limits.ts';

/** The stem of a folded word ("stagevergoedingen" → "stagevergoed"); over-long tokens are left as they are. */
export const stem: (folded: string) => string = memoize((w) => (w.length > MAX_TOKEN ? w : stemmer(w)), 50_000);
