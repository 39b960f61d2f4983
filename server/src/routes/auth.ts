import type { Context } from 'hono';
import type { AppParts } from '../app.ts';
import { errors } from '../http/errors.ts';
import { bearerToken } from '../http/input.ts';
import { schoolForToken, type School } from '../schools.ts';

/** The school of the request's bearer token, or a Dutch 401. */
export async function requireSchool(c: Context, parts: Pick<AppParts, 'db'>): Promise<School> {
  const token = bearerToken(c);
  const school = token ? await schoolForToken(parts.db, token) : null;
  if (!school) throw errors.unauthorized();
  return school;
}
