import type { Context } from 'hono';
import type { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

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
  unauthorized: () => new ApiError(401, 'unauthorized', 'Er ontbreekt een geldig schooltoken. Stuur het mee als "Authorization: Bearer <token>".'),
  notFound: (message = 'Dit bestaat niet (meer).') => new ApiError(404, 'not_found', message),
  tooLarge: (message = 'De aanvraag is te groot.') => new ApiError(413, 'too_large', message),
  unsupportedType: () =>
    new ApiError(415, 'unsupported_type', 'Stuur JSON (Content-Type: application/json), of een bestand als multipart/form-data (veld "file").'),
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

/** Hono's own exceptions (malformed JSON or form data, a media type a route does not take) as Dutch errors. */
export function fromHttpException(e: HTTPException): ApiError {
  if (e.status === 415) return errors.unsupportedType();
  if (e.status === 400 && /FormData/.test(e.message)) {
    return errors.badRequest('invalid_form', 'Het formulier kon niet worden gelezen. Probeer het bestand opnieuw te uploaden.');
  }
  if (e.status === 400) return errors.badRequest('invalid_json', 'De aanvraag is geen geldige JSON.');
  return new ApiError(e.status as ContentfulStatusCode, `http_${e.status}`, 'Deze aanvraag kan Stagewijzer niet verwerken.');
}

/**
 * A failed request validation as the API's Dutch 400. The message comes from the schema (contract);
 * the code from the issue: `missing_<field>`, `invalid_<field>`, `empty_<field>`, `<field>_too_long`,
 * or a code the schema names (`params.code`). A body that is not an object is `invalid_json`.
 */
export function validationError(error: z.ZodError, input: unknown): ApiError {
  const issue = error.issues[0];
  if (!issue) return errors.badRequest('invalid_request', 'De aanvraag klopt niet.');
  const field = issue.path.length ? String(issue.path[0]) : null;
  if (!field) return errors.badRequest('invalid_json', issue.message);
  const named = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  if (typeof named === 'string') return errors.badRequest(named, issue.message);
  const value = valueAt(input, issue.path);
  const code =
    (value === undefined || value === null) && issue.path.length === 1
      ? `missing_${field}`
      : issue.code === 'too_small' && issue.origin === 'string'
        ? `empty_${field}`
        : issue.code === 'too_big'
          ? `${field}_too_long`
          : `invalid_${field}`;
  return errors.badRequest(code, issue.message);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The hook every validated route uses: invalid input is thrown as the Dutch 400 above. */
export function dutchValidation(result: { success: boolean; error?: z.ZodError; data?: unknown }): void {
  if (!result.success && result.error) throw validationError(result.error, result.data);
}

/**
 * A write that failed because the disk is full (ENOSPC, Postgres 53100) or read-only (EROFS, Postgres 25006):
 * 507 or 503 with a Dutch message, and a log line that names the cause. Looks through the cause chain (drizzle wraps
 * driver errors); never at "Failed query" messages, which carry user data.
 */
export function storageFailure(err: unknown): { error: ApiError; event: 'disk_full' | 'disk_read_only'; log: string } | null {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 6; depth++, e = e.cause) {
    const code = String((e as { code?: unknown }).code ?? '');
    const message = e.message.startsWith('Failed query:') ? '' : e.message;
    if (code === 'ENOSPC' || code === '53100' || /No space left on device/i.test(message)) {
      return {
        event: 'disk_full',
        log: `The disk is full (ENOSPC): nothing could be written. Free space on the data directory's disk. De schijf is vol: er kon niets worden opgeslagen. ${message.slice(0, 200)}`.trim(),
        error: new ApiError(
          507,
          'disk_full',
          'Stagewijzer kan nu niets opslaan: de schijf van de server is vol. Er is niets opgeslagen. Probeer het later opnieuw of meld het aan de beheerder.',
        ),
      };
    }
    if (code === 'EROFS' || code === '25006' || /Read-only file system|read-only transaction/i.test(message)) {
      return {
        event: 'disk_read_only',
        log: `The storage is read-only (EROFS): nothing could be written. Make the data directory writable. De opslag is alleen-lezen: er kon niets worden opgeslagen. ${message.slice(0, 200)}`.trim(),
        error: new ApiError(
          503,
          'read_only',
          'Stagewijzer kan nu niets opslaan: de opslag van de server is alleen-lezen. Er is niets opgeslagen. Probeer het later opnieuw.',
          { 'Retry-After': '60' },
        ),
      };
    }
  }
  return null;
}
