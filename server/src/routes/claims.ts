import { Hono } from 'hono';
import type { AppParts } from '../app.ts';
import { findEvidence, judgeClaim } from '../claims/index.ts';
import { jsonBody, textField } from '../http/input.ts';
import { stripInstructions } from '../answer/scope.ts';

/** POST /api/claims: does the report (or the law) support a claim? */
export function claimRoutes(parts: AppParts) {
  const app = new Hono();
  app.post('/claims', async (c) => {
    const claim = textField(await jsonBody(c), 'claim', 'de bewering', 1000);
    const { report, articles } = parts.corpus;
    // Hybrid passages plus sentence windows re-ranked for claims: numbers and wording decide a verdict.
    const retrieved = await parts.index.search(stripInstructions(claim), { sources: ['report', 'law'], literal: true, limit: 12 });
    const passages = [...findEvidence(claim, report, articles), ...retrieved];
    return c.json(judgeClaim(claim, { passages, report, articles }));
  });
  return app;
}
