import { Hono } from 'hono';
import type { AppParts } from '../app.ts';
import { createClaimJudge } from '../claims/index.ts';
import { jsonBody, textField } from '../http/input.ts';

/** POST /api/claims: does the report (or the law) support a claim? */
export function claimRoutes(parts: AppParts) {
  const app = new Hono();
  // The report and the law are read into statements once, when the app is built, not on a request.
  const judge = createClaimJudge(parts.corpus);
  app.post('/claims', async (c) => {
    const claim = textField(await jsonBody(c), 'claim', 'de bewering', 1000);
    return c.json(judge(claim));
  });
  return app;
}
