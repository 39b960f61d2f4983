import { Hono } from 'hono';
import { checkDocument } from '../checklist/index.ts';
import { readDocument } from './document-input.ts';

/** POST /api/check: the legal checklist for one document; stores nothing. */
export function checkRoutes() {
  const app = new Hono();
  app.post('/check', async (c) => {
    const doc = await readDocument(c);
    const result = checkDocument(doc.text, doc.kind ? { kind: doc.kind } : undefined);
    return c.json({ ...result, text: doc.text, format: doc.format });
  });
  return app;
}
