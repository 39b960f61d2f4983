// The golden test that holds the two stemmers together: Postgres' `dutch` configuration (its Snowball
// dictionary `dutch_stem`, which stems the plans' full text) and the language kit's `snowball` (under the kit's
// match key `stem`, which every in-memory engine uses) must give the same stem for every word of the corpus. Run on PGlite and on a
// real server.

import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { corpusChunks } from '../../src/corpus/ingest.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Database } from '../../src/db/database.ts';
import { snowball } from '../../src/nl/stem.ts';
import { terms } from '../../src/nl/tokens.ts';
import { CORPUS_DIR } from '../../src/paths.ts';

/** Every distinct search term of the corpus (folded words, as both sides see them). */
export function corpusVocabulary(): string[] {
  const words = new Set<string>();
  for (const c of corpusChunks(loadCorpus(CORPUS_DIR)).chunks) for (const w of terms(`${c.title} ${c.text}`)) words.add(w);
  return [...words].sort();
}

const asArray = (v: string[] | string | null): string[] | null =>
  v === null
    ? null
    : Array.isArray(v)
      ? v
      : v
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean);

export async function expectStemmingAgrees(db: Database): Promise<void> {
  const words = corpusVocabulary();
  expect(words.length).toBeGreaterThan(2000);
  const disagree: string[] = [];
  let compared = 0;
  for (let i = 0; i < words.length; i += 1000) {
    const batch = words.slice(i, i + 1000);
    const rows = await db.rows<{ w: string; lexemes: string[] | string | null }>(
      sql`select q.w, ts_lexize('dutch_stem', q.w) as lexemes from unnest(array[${sql.join(
        batch.map((w) => sql`${w}`),
        sql`, `,
      )}]::text[]) as q(w)`,
    );
    for (const { w, lexemes } of rows) {
      const got = asArray(lexemes);
      if (got && got.length === 0) continue; // a stopword: Postgres drops it, the kit's stopword list decides those
      compared++;
      if (got?.length !== 1 || got[0] !== snowball(w)) disagree.push(`${w}: postgres ${JSON.stringify(got)}, kit ${snowball(w)}`);
    }
  }
  expect(compared).toBeGreaterThan(2000);
  expect(disagree).toEqual([]);
}
