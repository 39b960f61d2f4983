// Postgres' dutch stemmer and the language kit's agree on the corpus vocabulary, on PGlite (the real
// server: postgres-server.test.ts).

import { describe, it } from 'vitest';
import { openPglite } from '../src/db/database.ts';
import { expectStemmingAgrees } from './support/stemming-golden.ts';

describe('stemming (golden)', () => {
  it("PGlite's dutch_stem and the kit's stem agree on every corpus word", async () => {
    const db = await openPglite();
    try {
      await expectStemmingAgrees(db);
    } finally {
      await db.close();
    }
  });
});
