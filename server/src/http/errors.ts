import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error a client can act on: a machine code, a Dutch message, an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const errors = {
  badRequest: (code: string, message: string) => new ApiError(400, code, message),
  unauthorized: () =>
    new ApiError(401, 'unauthorized', 'Er ontbreekt een geldig schooltoken. Stuur het mee als "Authorization: Bearer <token>".'),
  notFound: (message = 'Dit bestaat niet (meer).') => new ApiError(404, 'not_found', message),
  tooLarge: (message = 'De aanvraag is te groot.') => new ApiError(413, 'too_large', message),
  unavailable: () =>
    new ApiError(503, 'unavailable', 'Stagewijzer kan de database nu niet bereiken. Probeer het over een minuut opnieuw.', { 'Retry-After': '30' }),
};

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export function sendError(c: Context, e: ApiError) {
  for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
  return c.json(errorBody(e.code, e.message), e.status);
}
