import type { Context, MiddlewareHandler } from 'hono';
import { normalizeText } from '../nl/normalize.ts';

/** The token of an `Authorization: Bearer <token>` header, or null. */
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
