import { Hono } from 'hono';
import type { AppParts } from '../app.ts';
import { sectionSourceText } from '../corpus/chunk.ts';
import { errors } from '../http/errors.ts';

const LAWS = { 'wvo-2020': 'WVO 2020', 'ub-wvo-2020': 'UB WVO 2020' } as const;

export function sourceRoutes(parts: AppParts) {
  const app = new Hono();
  const sections = new Map(parts.corpus.report.sections.map((s) => [s.number, s]));

  app.get('/report/:section', (c) => {
    const s = sections.get(c.req.param('section').replace(/^§/, ''));
    if (!s) throw errors.notFound('Deze paragraaf staat niet in het inspectierapport.');
    return c.json({
      section: s.number,
      title: s.title,
      parent: s.parent,
      pages: s.pages,
      text: sectionSourceText(s),
      pageStarts: s.pageStarts,
      footnotes: s.footnotes,
      children: parts.corpus.report.sections.filter((x) => x.parent === s.number).map((x) => ({ section: x.number, title: x.title })),
    });
  });

  app.get('/report', (c) =>
    c.json({ sections: parts.corpus.report.sections.map((s) => ({ section: s.number, title: s.title, parent: s.parent, pages: s.pages })) }),
  );

  app.get('/report-tables', (c) => c.json({ tables: parts.corpus.report.tables }));

  app.get('/law/:law/:article', (c) => {
    const lawId = c.req.param('law') as keyof typeof LAWS;
    if (!Object.hasOwn(LAWS, lawId)) throw errors.notFound('Kies als wet "wvo-2020" of "ub-wvo-2020".');
    const a = parts.corpus.articles.find((x) => x.lawId === lawId && x.article === c.req.param('article'));
    if (!a) throw errors.notFound(`Artikel ${c.req.param('article')} van de ${LAWS[lawId]} zit niet in Stagewijzer.`);
    return c.json({ law: a.law, lawId: a.lawId, title: a.title, article: a.article, url: a.url, text: a.text, validFrom: a.validFrom, lids: a.lids });
  });
  return app;
}
