import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppParts } from '../app.ts';
import { Health } from '../contract/index.ts';
import { apiApp, errorResponses, jsonResponse } from './openapi.ts';

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Status, corpus and models',
  responses: { 200: jsonResponse(Health, 'OK'), 503: errorResponses[503] },
});

export function healthRoutes(parts: AppParts) {
  const app = apiApp();
  const reportSections = parts.corpus.report.sections.length;
  app.openapi(healthRoute, async (c) => {
    const [row] = await parts.db.rows<{ report: number; law: number }>(
      sql`select count(*) filter (where source = 'report')::int as report,
        count(distinct ref) filter (where source = 'law')::int as law from chunks`,
    );
    return c.json(
      {
        status: 'ok' as const,
        corpus: { reportChunks: Number(row?.report ?? 0), lawArticles: Number(row?.law ?? 0), reportSections },
        embedder: parts.index.embedder.id,
        ...(parts.embedderFallback ? { embedderFallback: parts.embedderFallback } : {}),
        llm: parts.llmModel,
      },
      200,
    );
  });
  return app;
}
