// Cloudflare Workers entry: the same Hono app as on Node, on Postgres (pgvector) through Hyperdrive.
//
// Per isolate (module scope / first request): the bundled corpus is parsed and the app assembled once.
// Per request: a postgres.js client on env.HYPERDRIVE.connectionString (Hyperdrive pools the real
// connections), bound to the request with AsyncLocalStorage and closed after the response (for a
// server-sent-events answer: after the stream ends). Nothing is migrated or ingested here: run
// `npm run ingest -- --database-url …` before deploying a changed corpus or embedder.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import type { Hono } from 'hono';
import reportText from '../../corpus/report/technisch-rapport-kwaliteitsborging-stages-vo.txt';
import wvo2020 from '../../corpus/law/wvo-2020.json';
import ubWvo2020 from '../../corpus/law/ub-wvo-2020.json';
import { createApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { parseLaw, type LawJson } from './corpus/law.ts';
import { parseReport } from './corpus/report.ts';
import type { Corpus } from './corpus/ingest.ts';
import { KERNPUNTEN } from './knowledge/data.ts';
import { openPostgres, type Database } from './db/database.ts';
import { createLogger } from './log.ts';
import { modelParts } from './models.ts';
import { assemble } from './runtime.ts';

export interface Env {
  HYPERDRIVE: Hyperdrive;
  /** The chat page (server/web/dist), see [assets] in wrangler.toml. */
  ASSETS?: Fetcher;
  /** Connections per request to Hyperdrive (1..5; Workers allow 6 open sockets per request). */
  DB_MAX_CONNECTIONS?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  OPENAI_EMBEDDINGS?: string;
  OPENAI_EMBEDDING_MODEL?: string;
  OPENAI_EMBEDDING_DIMENSIONS?: string;
  LLM_TIMEOUT_MS?: string;
  LOG_LEVEL?: string;
  ALLOWED_ORIGINS?: string;
  RATE_LIMIT_PER_IP?: string;
  RATE_LIMIT_PER_TOKEN?: string;
  RATE_LIMIT_WINDOW_SECONDS?: string;
}

/** Parsed once per isolate. `hash` is only used by ingestion (the CLI), never by the Worker. */
const corpus: Corpus = {
  report: parseReport(reportText),
  articles: [...parseLaw(wvo2020 as unknown as LawJson), ...parseLaw(ubWvo2020 as unknown as LawJson)],
  kernpunten: KERNPUNTEN,
  hash: 'bundled',
};

/** The request's database client; the app's parts hold a facade that forwards to it. */
const requestDb = new AsyncLocalStorage<Database>();

function activeDb(): Database {
  const db = requestDb.getStore();
  if (!db) throw new Error('No database client bound to this request');
  return db;
}

const dbFacade: Database = {
  driver: 'postgres',
  get orm() {
    return activeDb().orm;
  },
  rows: (query) => activeDb().rows(query),
  transaction: (fn) => activeDb().transaction(fn),
  close: async () => {},
};

function stringVars(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Serves the chat page's files through the ASSETS binding (run_worker_first: our headers apply). */
function assetsFrom(binding: Fetcher): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const res = await binding.fetch(c.req.raw as unknown as Parameters<Fetcher['fetch']>[0]);
    if (res.status === 404) return next();
    return new Response(res.body as ReadableStream | null, res as unknown as ResponseInit); // mutable headers
  };
}

interface Built {
  app: Hono;
  dbMaxConnections: number;
}

let built: Promise<Built> | null = null;

async function buildApp(env: Env): Promise<Built> {
  const config = readConfig(stringVars(env), 'worker');
  const log = createLogger(config.logLevel);
  const parts = await assemble({ db: dbFacade, corpus, ...modelParts(config, log), prepare: false, log });
  parts.security = { ...config.security, clientIp: (c) => c.req.header('cf-connecting-ip') ?? null };
  if (env.ASSETS) parts.assets = assetsFrom(env.ASSETS);
  return { app: createApp(parts), dbMaxConnections: config.dbMaxConnections };
}

export default {
  async fetch(request, env, ctx) {
    built ??= buildApp(env).catch((err: unknown) => {
      built = null;
      throw err;
    });
    let app: Hono;
    let dbMaxConnections: number;
    try {
      ({ app, dbMaxConnections } = await built);
    } catch (err) {
      // A configuration error names the variable; other errors only by kind (their text may carry data).
      const message = err instanceof ConfigError ? err.message : err instanceof Error ? err.name : 'unknown';
      createLogger('error')({ level: 'error', event: 'startup_failed', message });
      return Response.json({ error: { code: 'internal', message: 'Stagewijzer is niet goed ingesteld. Probeer het later opnieuw.' } }, { status: 500 });
    }
    // postgres.js connects on the first query only: requests for the page cost no connection.
    const db = await openPostgres(env.HYPERDRIVE.connectionString, { max: dbMaxConnections });
    const res = await requestDb.run(db, () => app.fetch(request as unknown as Request, env, ctx));
    if (res.body && (res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      // The stream keeps querying after fetch() returns: close the client when it ends or is cancelled.
      const { readable, writable } = new TransformStream();
      const finished = res.body.pipeTo(writable).catch(() => {});
      ctx.waitUntil(finished.then(() => db.close()));
      return new Response(readable, res);
    }
    ctx.waitUntil(db.close());
    return res;
  },
} satisfies ExportedHandler<Env>;
