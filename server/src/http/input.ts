import type { Context, MiddlewareHandler } from 'hono';
import { normalizeText } from '../nl/normalize.ts';
import { ApiError, errors } from './errors.ts';

/** The JSON body of a request as an object, or a Dutch 400. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw errors.badRequest('invalid_json', 'De aanvraag is geen geldige JSON.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw errors.badRequest('invalid_json', 'De aanvraag moet een JSON-object zijn.');
  }
  return body as Record<string, unknown>;
}

/** A required string field with length limits, trimmed. */
export function textField(body: Record<string, unknown>, name: string, label: string, max: number): string {
  const v = body[name];
  if (v === undefined || v === null) throw errors.badRequest(`missing_${name}`, `Vul ${label} in.`);
  if (typeof v !== 'string') throw errors.badRequest(`invalid_${name}`, `${cap(label)} moet tekst zijn.`);
  const t = v.trim();
  if (!t) throw errors.badRequest(`empty_${name}`, `${cap(label)} is leeg. Typ eerst iets.`);
  if (t.length > max) {
    throw new ApiError(400, `${name}_too_long`, `${cap(label)} is te lang (${t.length} tekens). Het maximum is ${max} tekens.`);
  }
  return t;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function bearerToken(c: Context): string | null {
  const h = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

/** Every string in a JSON value, normalised (NFKC, invisible characters, dashes); depth-bounded. */
function normalizeStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (depth > 16 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v, depth + 1)]));
}

/**
 * Questions and claims are read as normalised text: "１５%" is 15%, "9\u200b2%" is 92%. Runs before any handler
 * reads the body: the cached body text is replaced by its normalised JSON (invalid JSON is left for the handler's 400).
 */
export const normalizeJsonStrings: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST') return next();
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return next();
  }
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(JSON.stringify(normalizeStrings(body)));
  return next();
};
