import { mkdtempSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from './server/src/db/database.ts';
import { sql } from 'drizzle-orm';
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'pgl-'));
function snapshot(d: string, out = new Map<string, string>(), base = d) {
  for (const n of readdirSync(d)) { const p = join(d, n); const s = statSync(p); if (s.isDirectory()) snapshot(p, out, base); else out.set(p.slice(base.length), createHash('sha1').update(readFileSync(p)).digest('hex') + ' ' + (s.mode & 0o777).toString(8)); }
  return out;
}
const mode = process.argv[3];
if (mode === 'init') { const db = await openPglite(dir); await db.rows(sql`create table t (id int primary key, v text)`); await db.rows(sql`insert into t select g, 'x' from generate_series(1,1000) g`); await db.close(); console.log(dir); process.exit(0); }
const before = snapshot(dir);
const db = await openPglite(dir);
console.log(await db.rows(sql`select count(*) from t`));
if (mode === 'close') await db.close();
const after = snapshot(dir);
const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
const added = [...after.keys()].filter((k) => !before.has(k));
console.log('changed', changed.length, changed.slice(0, 10), 'added', added, 'modes', [...new Set([...after.values()].map((v) => v.split(' ')[1]))]);
process.exit(0);
