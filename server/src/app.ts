import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono, MiddlewareHandler } from 'hono';
import type { BlankEnv } from 'hono/types';
import { HTTPException } from 'hono/http-exception';
import type { Composer } from './answer/composer.ts';
import type { Corpus } from './corpus/ingest.ts';
import type { Database } from './db/database.ts';
import { inlineReader, type DocumentReader } from './documents/reader.ts';
import type { Clock } from './domain.ts';
import { ApiError, dutchValidation, errorBody, fromHttpException, sendError, storageFailure } from './http/errors.ts';
import { applySecurity, redactingLog, type SecurityOptions } from './http/security.ts';
import type { CorpusIndex } from './retrieval/corpus-index.ts';
import type { PassageIndex } from './retrieval/passage-index.ts';
import { askRoutes } from './routes/ask.ts';
import { checkRoutes } from './routes/check.ts';
import { claimRoutes } from './routes/claims.ts';
import { healthRoutes } from './routes/health.ts';
import { openapiDocument } from './routes/openapi.ts';
import { planRoutes } from './routes/plans.ts';
import { sessionRoutes } from './routes/session.ts';
import { sourceRoutes } from './routes/sources.ts';

/** The parts an app is built from; tests and both runtimes (Node, Worker) pass their own. */
export interface AppParts {
  db: Database;
  corpus: Corpus;
  /** Plans (Postgres) and the store of record of the corpus passages. */
  index: PassageIndex;
  /** The corpus (report, law, kernpunten) searched from memory. */
  corpusIndex: CorpusIndex;
  composer: Composer;
  clock: Clock;
  /** Model id when answers are written by an LLM, else null. */
  llmModel: string | null;
  /** Embedded default: the local school whose token the chat page may fetch from /api/session. */
  localSchool?: { name: string; token: string };
  log?: (event: Record<string, unknown>) => void;
  /** Serves the chat page's files (Node); the Worker's static assets are served by Cloudflare. */
  assets?: MiddlewareHandler;
  /** CORS origins, body size and rate limits (defaults: http/security.ts). */
  security?: SecurityOptions;
  /** Set when the configured embedder failed at start-up and the local one stands in (shown by /healthz). */
  embedderFallback?: { wanted: string; reason: string };
  /** Reads uploaded documents: a worker-thread pool on Node, inline elsewhere (default). */
  documents?: DocumentReader;
}

export function createApp(input: AppParts): Hono {
  const parts: AppParts = { ...input, documents: input.documents ?? inlineReader() };
  const app = new OpenAPIHono<BlankEnv>({ defaultHook: dutchValidation });
  const log = redactingLog(parts.log ?? (() => {}));

  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err);
    if (err instanceof HTTPException) return sendError(c, fromHttpException(err));
    const storage = storageFailure(err);
    if (storage) {
      log({ level: 'error', event: storage.event, message: storage.log, path: c.req.path });
      return sendError(c, storage.error);
    }
    if (isDatabaseDown(err)) {
      log({ level: 'error', event: 'database_unavailable', message: err.message });
      return c.json(errorBody('unavailable', 'Stagewijzer kan de database nu niet bereiken. Probeer het over een minuut opnieuw.'), 503, {
        'Retry-After': '30',
      });
    }
    log({ level: 'error', event: 'unhandled', message: err.message, path: c.req.path });
    return c.json(errorBody('internal', 'Er ging iets mis bij Stagewijzer. Probeer het later opnieuw.'), 500);
  });
  app.notFound((c) => c.json(errorBody('not_found', 'Deze pagina of route bestaat niet.'), 404));
  applySecurity(app, parts.security);

  // Every route declares its request and response schemas (src/contract); /openapi.json is generated from them.
  app.route('/', healthRoutes(parts));
  app.route('/', askRoutes(parts));
  app.route('/', checkRoutes(parts));
  app.route('/', planRoutes(parts));
  app.route('/', claimRoutes(parts));
  app.route('/', sourceRoutes(parts));
  if (parts.localSchool) app.route('/', sessionRoutes(parts.localSchool));
  let document: ReturnType<typeof openapiDocument> | undefined;
  app.get('/openapi.json', (c) => c.json((document ??= openapiDocument(app))));
  if (parts.assets) app.use('*', parts.assets);
  return app;
}

/** A connection-level failure anywhere in the cause chain (drizzle wraps driver errors in `cause`). */
function isDatabaseDown(err: Error): boolean {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|CONNECT_TIMEOUT|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED|57P0[123]|08\d{3})$/.test(code))
      return true;
    // Query text and parameters (user data) are never matched, only the driver's own message.
    if (!e.message.startsWith('Failed query:') && /\b(ECONNREFUSED|ECONNRESET|CONNECT_TIMEOUT|CONNECTION_CLOSED|CONNECTION_ENDED)\b/.test(e.message))
      return true;
  }
  return false;
}
