// The embedded database's directory (DATA_DIR): checked before anything opens it, locked while a process uses it,
// private to its user. Damage stops start-up with a Dutch and English explanation of what is wrong and how to
// recover; nothing is ever initialised over existing files, and a refused start leaves every file as it was.

import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, type Database } from './database.ts';

/** Why the data directory cannot be used, in Dutch and English, with what to do about it. */
export class DataDirError extends Error {
  constructor(
    readonly kind: 'damaged' | 'busy',
    readonly nl: string,
    readonly en: string,
  ) {
    super(`${nl}\n\n${en}`);
    this.name = 'DataDirError';
  }
}

const RECOVER_NL = (dir: string) =>
  `Er is niets gewijzigd. Zet een back-up van ${dir} terug, of verplaats de map (bijvoorbeeld naar ${dir}-beschadigd) om met een lege database te beginnen: dan zijn de opgeslagen schooldocumenten en de schooltokens weg.`;
const RECOVER_EN = (dir: string) =>
  `Nothing was changed. Restore a backup of ${dir}, or move the directory aside (for example to ${dir}-damaged) to start with an empty database: stored school documents and school tokens are then gone.`;

function damaged(dir: string, whatNl: string, whatEn: string): DataDirError {
  return new DataDirError(
    'damaged',
    `Stagewijzer start niet: de database in ${dir} is beschadigd (${whatNl}). ${RECOVER_NL(dir)}`,
    `Stagewijzer did not start: the database in ${dir} is damaged (${whatEn}). ${RECOVER_EN(dir)}`,
  );
}

export interface DataDirectory {
  /** The directory, absolute. */
  dir: string;
  /** PGlite's own directory inside it. */
  pgliteDir: string;
  /** No database yet: it will be created. */
  fresh: boolean;
  /** local-school.json, when present (already read and checked). */
  localSchool: { id: string; name: string; token: string } | null;
}

/** Files every PGlite (Postgres) data directory has; without them PGlite would silently create a new database. */
const REQUIRED = [
  { path: 'PG_VERSION', file: true },
  { path: 'global/pg_control', file: true },
  { path: 'base', file: false },
  { path: 'global', file: false },
  { path: 'pg_wal', file: false },
] as const;

/** Checks DATA_DIR without writing to it (except creating it, private, when it does not exist). */
export function inspectDataDir(dataDir: string): DataDirectory {
  const dir = resolve(dataDir);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pgliteDir = join(dir, 'pglite');
  const fresh = !existsSync(pgliteDir) || readdirSync(pgliteDir).length === 0;
  if (!fresh) {
    for (const r of REQUIRED) {
      const p = join(pgliteDir, r.path);
      if (!existsSync(p)) throw damaged(dir, `${r.path} ontbreekt`, `${r.path} is missing`);
      if (statSync(p).isFile() !== r.file)
        throw damaged(dir, `${r.path} is geen ${r.file ? 'bestand' : 'map'}`, `${r.path} is not a ${r.file ? 'file' : 'directory'}`);
    }
    const control = statSync(join(pgliteDir, 'global/pg_control')).size;
    if (control !== 8192)
      throw damaged(dir, `global/pg_control heeft ${control} bytes in plaats van 8192`, `global/pg_control has ${control} bytes instead of 8192`);
  }
  return { dir, pgliteDir, fresh, localSchool: readLocalSchool(dir) };
}

function readLocalSchool(dir: string): DataDirectory['localSchool'] {
  const file = join(dir, 'local-school.json');
  if (!existsSync(file)) return null;
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw damaged(dir, 'local-school.json is geen leesbare JSON', 'local-school.json is not readable JSON');
  }
  const s = saved as { id?: unknown; name?: unknown; token?: unknown } | null;
  if (!s || typeof s.id !== 'string' || typeof s.name !== 'string' || typeof s.token !== 'string') {
    throw damaged(dir, 'local-school.json mist id, name of token', 'local-school.json lacks id, name or token');
  }
  return { id: s.id, name: s.name, token: s.token };
}

// ---------------------------------------------------------------------------------------------
// Lock: one process per data directory (PGlite is one Postgres session on these files)

const LOCK_FILE = 'stagewijzer.lock';

export interface LockInfo {
  pid: number;
  startedAt: string;
  /** What holds the lock: the server (with its address once it listens) or a command. */
  holder: string;
  url?: string;
}

export interface DataDirLock {
  /** Records the server's address in the lock (for messages to other processes). */
  update(info: Partial<LockInfo>): void;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process holding the data directory, if one is running. */
export function lockHolder(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(resolve(dataDir), LOCK_FILE), 'utf8')) as LockInfo;
    return Number.isInteger(info.pid) && info.pid !== process.pid && alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** Takes the data directory for this process, or refuses (DataDirError 'busy') while another one runs. */
export function lockDataDir(dataDir: string, holder: string): DataDirLock {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE);
  let info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), holder };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const other = lockHolder(dir);
      if (other) {
        const where = other.url ? ` op ${other.url}` : '';
        const whereEn = other.url ? ` at ${other.url}` : '';
        throw new DataDirError(
          'busy',
          `${dir} is in gebruik door ${other.holder} (proces ${other.pid}${where}). Er kan maar één proces tegelijk met deze database werken: stop dat eerst (Ctrl+C in het venster waarin het draait) en probeer het dan opnieuw. Er is niets gewijzigd.`,
          `${dir} is in use by ${other.holder} (process ${other.pid}${whereEn}). Only one process at a time can use this database: stop it first (Ctrl+C where it runs), then try again. Nothing was changed.`,
        );
      }
      rmSync(file, { force: true }); // left behind by a process that is gone
    }
  }
  return {
    update(more) {
      info = { ...info, ...more };
      writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
    },
    release() {
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as LockInfo).pid === process.pid) unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Opening without leaving traces when refusing

/** Every file under `dir` (relative paths). */
function filesUnder(dir: string, base = dir, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (lstatSync(p).isDirectory()) filesUnder(p, base, out);
    else out.push(p.slice(base.length + 1));
  }
  return out;
}

/**
 * Opening Postgres rewrites a few control files (pg_control, the relation caches, postmaster.pid) and may start a
 * new WAL segment, even when it only reads. Those files' bytes and modes, and the list of files, are kept so that a
 * start refused after opening leaves the directory exactly as it was.
 */
export function keepControlFiles(pgliteDir: string): { restore(): void } {
  const existing = new Set(filesUnder(pgliteDir));
  const kept = new Map<string, { bytes: Buffer; mode: number }>();
  for (const rel of existing) {
    if (!/(^|\/)(pg_control|pg_internal\.init|postmaster\.pid)$/.test(rel)) continue;
    const p = join(pgliteDir, rel);
    kept.set(p, { bytes: readFileSync(p), mode: statSync(p).mode & 0o777 });
  }
  return {
    restore() {
      for (const rel of filesUnder(pgliteDir)) if (!existing.has(rel)) rmSync(join(pgliteDir, rel), { force: true });
      for (const [p, { bytes, mode }] of kept) {
        writeFileSync(p, bytes);
        chmodSync(p, mode);
      }
    },
  };
}

/** PGlite could not open the files at all (a broken pg_control, a truncated catalog): a clear message. */
export function unreadable(dir: string, err: unknown): DataDirError {
  const detail = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err);
  return damaged(resolve(dir), `PGlite kan de bestanden niet openen: ${detail}`, `PGlite cannot open the files: ${detail}`);
}

/**
 * Reads every table of an existing database twice, along the table and along an index: a table file that was
 * truncated or lost makes a read fail or the two counts differ. Also checks that local-school.json names a school
 * that is in it. Writes nothing.
 */
export async function verifyDatabase(db: Database, data: DataDirectory): Promise<void> {
  const tables = await db.rows<{ name: string }>(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by 1`);
  for (const { name } of tables) {
    const table = sql.raw(`"${name.replace(/"/g, '""')}"`);
    let along: number;
    let viaIndex: number;
    try {
      [along, viaIndex] = await db.transaction(async (tx) => {
        await tx.rows(sql`set local enable_indexscan = off`);
        await tx.rows(sql`set local enable_indexonlyscan = off`);
        await tx.rows(sql`set local enable_bitmapscan = off`);
        const [a] = await tx.rows<{ n: number }>(sql`select count(*)::int as n from ${table}`);
        await tx.rows(sql`set local enable_seqscan = off`);
        await tx.rows(sql`set local enable_indexonlyscan = on`);
        await tx.rows(sql`set local enable_indexscan = on`);
        const [b] = await tx.rows<{ n: number }>(sql`select count(*)::int as n from ${table}`);
        return [Number(a?.n), Number(b?.n)];
      });
    } catch (err) {
      const cause = (err as { cause?: Error }).cause ?? err;
      const detail = cause instanceof Error ? cause.message.split('\n')[0]!.slice(0, 200) : String(cause);
      throw damaged(data.dir, `tabel ${name} is niet leesbaar: ${detail}`, `table ${name} cannot be read: ${detail}`);
    }
    if (along !== viaIndex) {
      throw damaged(
        data.dir,
        `tabel ${name} heeft ${along} rijen, de index kent er ${viaIndex}`,
        `table ${name} has ${along} rows, its index knows ${viaIndex}`,
      );
    }
  }
  if (data.localSchool && tables.some((t) => t.name === 'schools')) {
    const rows = await db.rows(sql`select 1 from schools where id = ${data.localSchool.id}`);
    if (!rows.length) {
      throw damaged(
        data.dir,
        `local-school.json noemt school ${data.localSchool.id}, die niet in de database staat`,
        `local-school.json names school ${data.localSchool.id}, which is not in the database`,
      );
    }
  }
}

/** Files 0600, directories 0700: only this user can read the database, tokens and documents. */
export function makePrivate(dir: string): void {
  const walk = (p: string) => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) {
      if ((st.mode & 0o777) !== 0o700) chmodSync(p, 0o700);
      for (const name of readdirSync(p)) walk(join(p, name));
    } else if ((st.mode & 0o077) !== 0) chmodSync(p, st.mode & 0o700);
  };
  walk(resolve(dir));
}

/**
 * Opens the embedded database in DATA_DIR for `holder`: checked, locked, verified, private. A damaged or busy
 * directory is a DataDirError (Dutch and English, how to recover), and then every file is left as it was.
 */
export async function openDataDir(dataDir: string, holder: string): Promise<{ db: Database; data: DataDirectory; lock: DataDirLock }> {
  // Files Postgres creates as it goes: for this user only.
  process.umask(0o077);
  const data = inspectDataDir(dataDir);
  const lock = lockDataDir(data.dir, holder);
  const control = keepControlFiles(data.pgliteDir);
  let db: Database;
  try {
    try {
      db = await openPglite(data.pgliteDir);
    } catch (err) {
      throw unreadable(data.dir, err);
    }
    if (!data.fresh) await verifyDatabase(db, data);
  } catch (err) {
    // Not closed: closing writes a checkpoint into the files a refused start must not touch.
    control.restore();
    lock.release();
    throw err;
  }
  makePrivate(data.dir);
  return { db, data, lock };
}
