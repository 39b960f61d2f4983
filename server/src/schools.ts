import { eq } from 'drizzle-orm';
import type { Database } from './db/database.ts';
import { schools } from './db/schema.ts';

export interface School {
  id: string;
  name: string;
}

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function hashToken(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison of two equal-length hex strings. */
function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function newId(prefix: string): string {
  return `${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(12)))}`;
}

/** Creates a school and returns its token; only the token's hash is stored. */
export async function createSchool(db: Database, name: string, now: Date): Promise<{ school: School; token: string }> {
  const token = `sw_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  const school = { id: newId('school'), name };
  await db.orm.insert(schools).values({ ...school, tokenHash: await hashToken(token), createdAt: now });
  return { school, token };
}

export async function schoolForToken(db: Database, token: string): Promise<School | null> {
  if (!/^sw_[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const hash = await hashToken(token);
  const [row] = await db.orm.select({ id: schools.id, name: schools.name, tokenHash: schools.tokenHash }).from(schools).where(eq(schools.tokenHash, hash));
  return row && sameHash(row.tokenHash, hash) ? { id: row.id, name: row.name } : null;
}
