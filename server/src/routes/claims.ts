import { createRoute } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { stripInstructions } from '../answer/injection.ts';
import { createClaimJudge } from '../claims/index.ts';
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
  // The report and the law are read into statements once, when the app is built, not on a request.
  const judge = createClaimJudge(parts.corpus);
  return apiApp().openapi(claimRoute, async (c) => {
    const { claim } = c.req.valid('json');
    return c.json(judge(stripInstructions(claim)), 200);
  });
}
