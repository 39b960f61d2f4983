import { createRoute, z } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { LawId, LawSource, lawNameOf, ReportIndex, ReportSource, ReportTables } from '../contract/index.ts';
import { sectionSourceText } from '../corpus/chunk.ts';
import { errors } from '../http/errors.ts';
import { apiApp, errorResponses, jsonResponse } from './openapi.ts';

export const reportSectionRoute = createRoute({
  method: 'get',
  path: '/api/sources/report/{section}',
  summary: 'A report section, verbatim, with its pages and footnotes',
  request: { params: z.object({ section: z.string().meta({ example: '10.2' }) }) },
  responses: { 200: jsonResponse(ReportSource, 'The section'), 404: errorResponses[404] },
});

export const reportIndexRoute = createRoute({
  method: 'get',
  path: '/api/sources/report',
  summary: 'The numbered sections of the report',
  responses: { 200: jsonResponse(ReportIndex, 'The sections') },
});

export const reportTablesRoute = createRoute({
  method: 'get',
  path: '/api/sources/report-tables',
  summary: 'The survey tables of chapter 11, parsed',
  responses: { 200: jsonResponse(ReportTables, 'The tables') },
});

export const lawArticleRoute = createRoute({
  method: 'get',
  path: '/api/sources/law/{law}/{article}',
  summary: 'A law article, verbatim, with its lids',
  request: { params: z.object({ law: LawId, article: z.string().meta({ example: '2.36' }) }) },
  responses: { 200: jsonResponse(LawSource, 'The article'), 404: errorResponses[404] },
});

export function sourceRoutes(parts: AppParts) {
  const app = apiApp();
  const { report, articles } = parts.corpus;
  const sections = new Map(report.sections.map((s) => [s.number, s]));

  app.openapi(reportSectionRoute, (c) => {
    const s = sections.get(c.req.valid('param').section.replace(/^§/, ''));
    if (!s) throw errors.notFound('Deze paragraaf staat niet in het inspectierapport.');
    return c.json(
      {
        section: s.number,
        title: s.title,
        parent: s.parent,
        pages: s.pages,
        text: sectionSourceText(s),
        pageStarts: s.pageStarts,
        footnotes: s.footnotes,
        children: report.sections.filter((x) => x.parent === s.number).map((x) => ({ section: x.number, title: x.title })),
      },
      200,
    );
  });

  app.openapi(reportIndexRoute, (c) =>
    c.json({ sections: report.sections.map((s) => ({ section: s.number, title: s.title, parent: s.parent, pages: s.pages })) }, 200),
  );

  app.openapi(reportTablesRoute, (c) => c.json({ tables: report.tables }, 200));

  app.openapi(
    lawArticleRoute,
    (c) => {
      const { law, article } = c.req.valid('param');
      const a = articles.find((x) => x.lawId === law && x.article === article);
      if (!a) throw errors.notFound(`Artikel ${article} van de ${lawNameOf(law)} zit niet in Stagewijzer.`);
      return c.json({ law: a.law, lawId: a.lawId, title: a.title, article: a.article, url: a.url, text: a.text, validFrom: a.validFrom, lids: a.lids }, 200);
    },
    // An unknown law is a page that does not exist, not bad input.
    (result) => {
      if (!result.success) throw errors.notFound(result.error.issues[0]?.message);
      return undefined;
    },
  );
  return app;
}
