import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { sql } from 'drizzle-orm';
import { createApp } from './app.ts';
import { loadCorpus } from './corpus/load.ts';
import { openPostgres, type Database } from './db/database.ts';
import { DataDirError, makePrivate, openDataDir, type DataDirectory, type DataDirLock } from './db/data-dir.ts';
import { storageFailure } from './http/errors.ts';
import { readerPool } from './documents/reader-pool.ts';
import { assemble } from './runtime.ts';
import { createSchool } from './schools.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createLogger } from './log.ts';
import { StartupError, startModels } from './models.ts';
import { CORPUS_DIR, WEB_DIST } from './paths.ts';
import { redactSecrets, type SecurityOptions } from './http/security.ts';

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

const isWildcard = (host: string) => ['0.0.0.0', '::', '[::]', ''].includes(host.trim());

/** The embedded default's own school: created on first start, its token kept beside the database. */
async function localSchool(db: Database, data: DataDirectory): Promise<{ name: string; token: string }> {
  const saved = data.localSchool;
  // On an existing database the saved school was verified; on a new one it is created (again).
  if (saved && (await db.rows(sql`select 1 from schools where id = ${saved.id}`)).length) return { name: saved.name, token: saved.token };
  const { school, token } = await createSchool(db, 'Mijn school', new Date());
  writeFileSync(join(data.dir, 'local-school.json'), JSON.stringify({ id: school.id, name: school.name, token }), { mode: 0o600 });
  return { name: school.name, token };
}

export interface StartedServer {
  url: string;
  startupMs: number;
  ingested: boolean;
  close(): Promise<void>;
}

/** Starts the assistant on Node: PGlite in DATA_DIR by default, Postgres with DATABASE_URL. */
export async function startNodeServer(
  config: Config,
  opts: { quiet?: boolean; security?: SecurityOptions; log?: (event: Record<string, unknown>) => void } = {},
): Promise<StartedServer> {
  const t0 = performance.now();
  const log = opts.log ?? createLogger(opts.quiet ? 'silent' : config.logLevel);
  const models = await startModels(config, log); // before the database: a wrong setting stops here
  let db: Database;
  let embedded: { data: DataDirectory; lock: DataDirLock } | null = null;
  if (config.databaseUrl) {
    db = await openPostgres(config.databaseUrl, { max: config.dbMaxConnections });
  } else {
    const opened = await openDataDir(config.dataDir, 'de Stagewijzer-server');
    db = opened.db;
    embedded = opened;
  }
  const parts = await assemble({
    db,
    corpus: loadCorpus(CORPUS_DIR),
    ...models,
    prepare: true,
    log,
    ...(existsSync(WEB_DIST) ? { assets: serveStatic({ root: WEB_DIST, index: 'index.html' }) } : {}),
  });
  // The page gets the local school's token only when nobody but this machine can reach the server.
  const loopback = isLoopback(config.host);
  if (embedded && loopback) parts.localSchool = await localSchool(db, embedded.data);
  if (!loopback) {
    log({
      level: 'warn',
      event: 'listening_beyond_loopback',
      message: `Stagewijzer luistert op ${config.host}, dus ook voor andere computers: de pagina krijgt geen schooltoken (/api/session staat uit); gebruik een schooltoken (npm run school:create). Listening beyond this machine: /api/session is off, use a school token.`,
    });
  }
  // The embedded default serves one school on one machine: no rate limits unless asked for.
  const security = opts.security ?? { ...config.security, ...(!config.databaseUrl && !config.rateLimitsSet ? { rateLimit: false } : {}) };
  // Only Host values of this server (DNS rebinding): loopback on its port, the address it listens on, ALLOWED_HOSTS.
  const ownHost = isWildcard(config.host) ? [] : [config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host];
  parts.security = { hostCheck: { allowed: [...ownHost, ...config.allowedHosts] }, ...security };
  // Documents are read in worker threads (memory limit and deadline each): questions keep their latency.
  const documents = readerPool({ log });
  parts.documents = documents;
  const app = createApp(parts);
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  embedded?.lock.update({ url: `http://localhost:${port}` });
  if (embedded) makePrivate(embedded.data.dir);
  const startupMs = Math.round(performance.now() - t0);
  log({ event: 'started', url: `http://localhost:${port}`, startupMs, ingested: parts.ingested, embedder: parts.index.embedder.id, llm: parts.llmModel });
  return {
    url: `http://localhost:${port}`,
    startupMs,
    ingested: parts.ingested,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await documents.close();
      await db.close();
      embedded?.lock.release();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let started: StartedServer;
  try {
    started = await startNodeServer(readConfig(process.env));
  } catch (err) {
    // A setting or the embedding service is wrong, the data directory is damaged or busy, the disk is full or
    // read-only: one line saying what, no stack.
    const storage = storageFailure(err);
    if (err instanceof ConfigError || err instanceof StartupError) console.error(redactSecrets(err.message));
    else if (err instanceof DataDirError) console.error(err.message);
    else if (storage) console.error(storage.log);
    else throw err;
    process.exit(1);
  }
  if (!existsSync(WEB_DIST)) console.warn('De chatpagina is nog niet gebouwd: voer "npm run build -w server" uit.');
  console.log(`Stagewijzer draait op ${started.url}`);
  const stop = async () => {
    await started.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
