import type { Context } from 'hono';
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
