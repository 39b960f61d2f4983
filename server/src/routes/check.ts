import { createRoute } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { CheckedDocument } from '../contract/index.ts';
import { documentBody, documentOf, documentSet } from './document-input.ts';
import { apiApp, errorResponses, jsonResponse } from './openapi.ts';

export const checkRoute = createRoute({
  method: 'post',
  path: '/api/check',
  summary: 'Check a document (or several as one set) against the legal checklist; stores nothing',
  request: { body: documentBody },
  responses: {
    200: jsonResponse(CheckedDocument, 'The checklist, with the extracted text the evidence offsets point into'),
    400: errorResponses[400],
    413: errorResponses[413],
    415: errorResponses[415],
    422: errorResponses[422],
  },
});

/** POST /api/check: the legal checklist for a document, or several checked as one set; stores nothing. */
export function checkRoutes(parts: Pick<AppParts, 'documents'>) {
  return apiApp().openapi(checkRoute, async (c) => {
    const { sources, kind } = await documentSet(documentOf(c.req));
    // Extraction and the check run in the app's document reader (worker threads on Node, with limits).
    const read = await parts.documents!.read({ sources, ...(kind ? { kind } : {}), purpose: 'check' });
    return c.json({ ...read.check, format: read.documents[0].format }, 200);
  });
}
