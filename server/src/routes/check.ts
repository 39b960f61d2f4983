import { createRoute } from '@hono/zod-openapi';
import { checkDocument } from '../checklist/index.ts';
import { CheckedDocument } from '../contract/index.ts';
import { documentBody, documentOf, readDocument } from './document-input.ts';
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
export function checkRoutes() {
  return apiApp().openapi(checkRoute, async (c) => {
    const doc = await readDocument(documentOf(c.req));
    const result = checkDocument(doc.text, doc.kind ? { kind: doc.kind } : undefined);
    return c.json({ ...result, text: doc.text, format: doc.format }, 200);
  });
}
