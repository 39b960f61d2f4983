import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppParts } from '../app.ts';

export function healthRoutes(parts: AppParts) {
  const app = new Hono();
  const reportSections = parts.corpus.report.sections.length;
  app.get('/healthz', async (c) => {
    const [row] = await parts.db.rows<{ report: number; law: number }>(
      sql`select count(*) filter (where source = 'report')::int as report,
        count(distinct ref) filter (where source = 'law')::int as law from chunks`,
    );
    return c.json({
      status: 'ok',
      corpus: { reportChunks: Number(row?.report ?? 0), lawArticles: Number(row?.law ?? 0), reportSections },
      embedder: parts.index.embedder.id,
      ...(parts.embedderFallback ? { embedderFallback: parts.embedderFallback } : {}),
      llm: parts.llmModel,
    });
  });
  return app;
}
