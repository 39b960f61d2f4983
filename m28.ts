import { createTestApp } from './server/test/support/server.ts';
import { openPglite } from './server/src/db/database.ts';
import { writeFileSync, statfsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
const db = await openPglite('/tmp/sw-enospc/pg');
await db.rows(sql`create table t (id serial primary key, v text)`);
const fs0 = statfsSync('/tmp/sw-enospc'); console.log('free MB', (fs0.bavail * fs0.bsize / 1e6).toFixed(0));
// fill the disk
try { writeFileSync('/tmp/sw-enospc/filler', Buffer.alloc(Number(fs0.bavail * fs0.bsize) - 4096)); } catch (e) { console.log('fill', (e as Error).message); }
for (let i = 0; i < 5; i++) {
  try { await db.rows(sql`insert into t (v) select repeat('x', 1000) from generate_series(1, 20000)`); console.log('insert ok'); }
  catch (e) { const err = e as any; console.log('ERR', err.code, err.message?.slice(0, 200), '| cause', err.cause?.code, err.cause?.message?.slice(0, 200)); }
}
try { console.log(await db.rows(sql`select count(*) from t`)); } catch (e) { console.log('select ERR', (e as Error).message.slice(0, 200)); }
