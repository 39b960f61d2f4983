import { Hono } from 'hono';
import type { AppParts } from '../app.ts';
import { findEvidence, judgeClaim } from '../claims/index.ts';
import { jsonBody, textField } from '../http/input.ts';
import { stripInstructions } from '../answer/injection.ts';

/** POST /api/claims: does the report (or the law) support a claim? */
export function claimRoutes(parts: AppParts) {
  const app = new Hono();
  app.post('/claims', async (c) => {
    const claim = textField(await jsonBody(c), 'claim', 'de bewering', 1000);
    const { report, articles } = parts.corpus;
    // Hybrid passages plus sentence windows re-ranked for claims: numbers and wording decide a verdict.
    // Claims are written in the report's own words: no lay-term expansion.
    const text = stripInstructions(claim);
    const retrieved = await parts.corpusIndex.search(parts.corpusIndex.query(text, { expand: false }), text, { sources: ['report', 'law'], limit: 12 });
    const passages = [...findEvidence(claim, report, articles), ...retrieved];
    return c.json(judgeClaim(claim, { passages, report, articles }));
  });
  return app;
}
