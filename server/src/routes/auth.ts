import type { Context, MiddlewareHandler } from 'hono';
import type { AppParts } from '../app.ts';
import { errors } from '../http/errors.ts';
import { bearerToken } from '../http/input.ts';
import { schoolForToken, type School } from '../schools.ts';

export type SchoolEnv = { Variables: { school: School } };

/** Middleware: the school of the request's bearer token in `c.var.school`, or a Dutch 401. */
export function requireSchool(parts: Pick<AppParts, 'db'>): MiddlewareHandler<SchoolEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    const school = token ? await schoolForToken(parts.db, token) : null;
    if (!school) throw errors.unauthorized();
    c.set('school', school);
    await next();
  };
}

/** Runs `middleware` only when `applies` says so (reading the body here is cached for the validator). */
export function onlyWhen<E extends SchoolEnv>(applies: (c: Context) => Promise<boolean>, middleware: MiddlewareHandler<E>): MiddlewareHandler<E> {
  return async (c, next) => ((await applies(c)) ? middleware(c, next) : next());
}

/** Whether a JSON request names a plan (`planId`): asking about a plan needs the school's token (a bad planId is a 400). */
export async function namesPlan(c: Context): Promise<boolean> {
  if (!/^application\/([\w.-]+\+)?json/i.test(c.req.header('content-type') ?? '')) return false;
  const body: unknown = await c.req.json().catch(() => null);
  const planId = typeof body === 'object' && body !== null ? (body as { planId?: unknown }).planId : undefined;
  return typeof planId === 'string' && planId !== '';
}
