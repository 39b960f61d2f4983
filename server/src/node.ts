import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { sql } from 'drizzle-orm';
import { createApp } from './app.ts';
import { loadCorpus } from './corpus/load.ts';
import { openPglite, openPostgres, type Database } from './db/database.ts';
import { assemble } from './runtime.ts';
import { createSchool } from './schools.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createLogger } from './log.ts';
import { StartupError, startModels } from './models.ts';
import { CORPUS_DIR, WEB_DIST } from './paths.ts';
import { redactSecrets, type SecurityOptions } from './http/security.ts';

/** The embedded default's own school: created on first start, its token kept beside the database. */
async function localSchool(db: Database, dataDir: string): Promise<{ name: string; token: string }> {
  const file = join(dataDir, 'local-school.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { id: string; name: string; token: string };
    const rows = await db.rows(sql`select 1 from schools where id = ${saved.id}`);
    if (rows.length) return { name: saved.name, token: saved.token };
  }
  const { school, token } = await createSchool(db, 'Mijn school', new Date());
  writeFileSync(file, JSON.stringify({ id: school.id, name: school.name, token }), { mode: 0o600 });
  return { name: school.name, token };
}

export interface StartedServer {
  url: string;
  startupMs: number;
  ingested: boolean;
  close(): Promise<void>;
}

/** Starts the assistant on Node: PGlite in DATA_DIR by default, Postgres with DATABASE_URL. */
export async function startNodeServer(config: Config, opts: { quiet?: boolean; security?: SecurityOptions } = {}): Promise<StartedServer> {
  const t0 = performance.now();
  const log = createLogger(opts.quiet ? 'silent' : config.logLevel);
  const models = await startModels(config, log); // before the database: a wrong setting stops here
  let db: Database;
  if (config.databaseUrl) {
    db = await openPostgres(config.databaseUrl, { max: config.dbMaxConnections });
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    db = await openPglite(join(config.dataDir, 'pglite'));
  }
  const parts = await assemble({
    db,
    corpus: loadCorpus(CORPUS_DIR),
    ...models,
    prepare: true,
    log,
    ...(existsSync(WEB_DIST) ? { assets: serveStatic({ root: WEB_DIST, index: 'index.html' }) } : {}),
  });
  if (!config.databaseUrl) parts.localSchool = await localSchool(db, config.dataDir);
  // The embedded default serves one school on one machine: no rate limits unless asked for.
  parts.security = opts.security ?? { ...config.security, ...(!config.databaseUrl && !config.rateLimitsSet ? { rateLimit: false } : {}) };
  const app = createApp(parts);
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const startupMs = Math.round(performance.now() - t0);
  log({ event: 'started', url: `http://localhost:${port}`, startupMs, ingested: parts.ingested, embedder: parts.index.embedder.id, llm: parts.llmModel });
  return {
    url: `http://localhost:${port}`,
    startupMs,
    ingested: parts.ingested,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await db.close();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let started: StartedServer;
  try {
    started = await startNodeServer(readConfig(process.env));
  } catch (err) {
    // A setting or the embedding service is wrong: one line saying which, no stack.
    if (!(err instanceof ConfigError || err instanceof StartupError)) throw err;
    console.error(redactSecrets(err.message));
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
