import { createRoute } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { Session } from '../contract/index.ts';
import { apiApp, errorResponses, jsonResponse } from './openapi.ts';

export const sessionRoute = createRoute({
  method: 'get',
  path: '/api/session',
  summary: 'Embedded default only: the local school and its token, for the chat page on this machine',
  responses: { 200: jsonResponse(Session, 'The local school'), 404: errorResponses[404] },
});

/** GET /api/session: the embedded default's local school, so the page on this machine needs no token. */
export function sessionRoutes(localSchool: NonNullable<AppParts['localSchool']>) {
  const { name, token } = localSchool;
  return apiApp().openapi(sessionRoute, (c) => c.json({ schoolName: name, token }, 200));
}
