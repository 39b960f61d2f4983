import { Hono } from 'hono';
import { checkDocuments } from '../checklist/index.ts';
import { readDocuments } from './document-input.ts';

/** POST /api/check: the legal checklist for one document, or several checked as one; stores nothing. */
export function checkRoutes() {
  const app = new Hono();
  app.post('/check', async (c) => {
    const { docs, kind } = await readDocuments(c);
    const result = checkDocuments(docs, kind ? { kind } : undefined);
    return c.json({ ...result, format: docs[0]!.format });
  });
  return app;
}
