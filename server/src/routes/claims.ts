import { createRoute } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { stripInstructions } from '../answer/injection.ts';
import { findEvidence, judgeClaim } from '../claims/index.ts';
import { ClaimRequest, ClaimResult } from '../contract/index.ts';
import { apiApp, errorResponses, jsonContent, jsonResponse } from './openapi.ts';

export const claimRoute = createRoute({
  method: 'post',
  path: '/api/claims',
  summary: 'Does the report (or the law) support a claim?',
  request: { body: { content: jsonContent(ClaimRequest), required: true } },
  responses: {
    200: jsonResponse(ClaimResult, 'The verdict, why, and the evidence'),
    400: errorResponses[400],
    415: errorResponses[415],
  },
});

/** POST /api/claims: does the report (or the law) support a claim? */
export function claimRoutes(parts: AppParts) {
  return apiApp().openapi(claimRoute, async (c) => {
    const { claim } = c.req.valid('json');
    const { report, articles } = parts.corpus;
    // Hybrid passages plus sentence windows re-ranked for claims: numbers and wording decide a verdict.
    // Claims are written in the report's own words: no lay-term expansion.
    const text = stripInstructions(claim);
    const retrieved = await parts.corpusIndex.search(parts.corpusIndex.query(text, { expand: false }), text, { sources: ['report', 'law'], limit: 12 });
    const passages = [...findEvidence(claim, report, articles), ...retrieved];
    return c.json(judgeClaim(claim, { passages, report, articles }), 200);
  });
}
