import { Hono } from 'hono';
import type { AppParts } from '../app.ts';
import { documentInput } from './document-input.ts';

/** POST /api/check: the legal checklist for one document; stores nothing. */
export function checkRoutes(parts: Pick<AppParts, 'documents'>) {
  const app = new Hono();
  app.post('/check', async (c) => {
    const input = await documentInput(c);
    const doc = await parts.documents!.read({ source: input.source, ...(input.kind ? { kind: input.kind } : {}), purpose: 'check' });
    return c.json({ ...doc.check, text: doc.text, format: doc.format });
  });
  return app;
}
