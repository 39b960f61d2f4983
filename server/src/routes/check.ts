import { createRoute } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { CheckedDocument } from '../contract/index.ts';
import { documentBody, documentInput, documentOf } from './document-input.ts';
import { apiApp, errorResponses, jsonResponse } from './openapi.ts';

export const checkRoute = createRoute({
  method: 'post',
  path: '/api/check',
  summary: 'Check one document against the legal checklist; stores nothing',
  request: { body: documentBody },
  responses: {
    200: jsonResponse(CheckedDocument, 'The checklist, with the extracted text the evidence offsets point into'),
    400: errorResponses[400],
    413: errorResponses[413],
    415: errorResponses[415],
    422: errorResponses[422],
  },
});

/** POST /api/check: the legal checklist for one document; stores nothing. */
export function checkRoutes(parts: Pick<AppParts, 'documents'>) {
  return apiApp().openapi(checkRoute, async (c) => {
    const input = await documentInput(documentOf(c.req));
    // Extraction and the check run in the app's document reader (worker threads on Node, with limits).
    const doc = await parts.documents!.read({ source: input.source, ...(input.kind ? { kind: input.kind } : {}), purpose: 'check' });
    return c.json({ ...doc.check, text: doc.text, format: doc.format }, 200);
  });
}
