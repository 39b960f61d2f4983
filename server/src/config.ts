import { envList, securityConfigTable, securityFromEnv, type SecurityOptions } from './http/security.ts';

// Configuration from environment variables, read here and nowhere else: Node (process.env), the Worker
// (its env bindings) and the command-line tools all call `readConfig`, so every variable is checked the
// same way everywhere and a bad value stops start-up with a ConfigError naming it. `configTable`
// documents every variable that `readConfig` reads (the README table is generated from it; a test keeps
// both in step).

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Where the configuration is read: some limits differ (a Worker request may open six sockets). */
export type Runtime = 'node' | 'worker';

export interface Config {
  port: number;
  /** Interface the Node server listens on. */
  host: string;
  /** Postgres URL; null means embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  openaiApiKey: string | null;
  openaiBaseUrl: string | null;
  /** Chat model for LLM answers; used only when an API key is set. */
  openaiModel: string;
  openaiEmbeddingModel: string;
  openaiEmbeddingDimensions: number;
  /** Use OpenAI embeddings (true) or the local embedder (false). */
  openaiEmbeddings: boolean;
  /** OPENAI_EMBEDDINGS=on was set: OpenAI embeddings or nothing. Otherwise they are on only because a key is set. */
  openaiEmbeddingsRequired: boolean;
  /** LLM answers on (an API key is set). */
  llm: boolean;
  llmTimeoutMs: number;
  logLevel: LogLevel;
  /** Postgres connections: the pool on Node (DATABASE_URL), per request on the Worker. */
  dbMaxConnections: number;
  /** CORS origins and rate limits (http/security.ts). */
  security: SecurityOptions;
  /** A rate limit was set explicitly (the embedded default has none unless asked). */
  rateLimitsSet: boolean;
  /** Host names the embedded server answers besides its own address (ALLOWED_HOSTS). */
  allowedHosts: string[];
}

export interface ConfigEntry {
  name: string;
  default: string;
  description: string;
}

export const configTable: readonly ConfigEntry[] = [
  { name: 'PORT', default: '8787', description: 'HTTP port of the Node server (0: any free port).' },
  {
    name: 'HOST',
    default: '127.0.0.1',
    description:
      "Interface the Node server listens on. On this machine only (the default), the page gets the local school's token from `/api/session`; on any other address (e.g. `0.0.0.0` behind a proxy) that route is off and a school token is needed (the server says so at start).",
  },
  {
    name: 'DATABASE_URL',
    default: '(unset)',
    description: 'Postgres connection URL (with pgvector). Unset: embedded PGlite stored in DATA_DIR.',
  },
  { name: 'DATA_DIR', default: './data', description: 'Directory of the embedded PGlite database (used when DATABASE_URL is unset).' },
  {
    name: 'OPENAI_API_KEY',
    default: '(unset)',
    description: 'API key for OpenAI or a compatible server. Unset: extractive answers and the local embedder, nothing leaves the server.',
  },
  { name: 'OPENAI_BASE_URL', default: 'https://api.openai.com/v1', description: 'Base URL of an OpenAI-compatible API (including /v1).' },
  { name: 'OPENAI_MODEL', default: 'gpt-4o-mini', description: 'Chat model for LLM answers (only with OPENAI_API_KEY).' },
  { name: 'OPENAI_EMBEDDING_MODEL', default: 'text-embedding-3-small', description: 'Embedding model when OPENAI_EMBEDDINGS is on.' },
  {
    name: 'OPENAI_EMBEDDING_DIMENSIONS',
    default: '256',
    description: 'Length of OpenAI embedding vectors (sets the vector column size; changing it re-ingests).',
  },
  {
    name: 'OPENAI_EMBEDDINGS',
    default: 'on when OPENAI_API_KEY is set, else off',
    description:
      '`on`: embed with OpenAI (start-up stops if the service fails); `off`: keep the local embedder. Unset with a key: OpenAI, or the local embedder when the service fails at start-up (`/healthz` says so). `on` without a key is an error.',
  },
  {
    name: 'LLM_TIMEOUT_MS',
    default: '20000',
    description: 'Deadline for one LLM answer (streaming included); after it the extractive answer is returned.',
  },
  { name: 'LOG_LEVEL', default: 'info', description: 'One of debug, info, warn, error, silent (Node, Worker and the command-line tools).' },
  {
    name: 'DB_MAX_CONNECTIONS',
    default: '10 (Node), 5 (Worker)',
    description:
      'Postgres connections: the pool of the Node server with DATABASE_URL (1–100), per request on the Worker (1–5: a Worker request may open six sockets).',
  },
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function intVar(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function strVar(env: Record<string, string | undefined>, name: string): string | null {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? null : v;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function readConfig(env: Record<string, string | undefined>, runtime: Runtime = 'node'): Config {
  const openaiApiKey = strVar(env, 'OPENAI_API_KEY');
  const switchRaw = strVar(env, 'OPENAI_EMBEDDINGS')?.toLowerCase() ?? null;
  let openaiEmbeddings: boolean;
  if (switchRaw === null) openaiEmbeddings = openaiApiKey !== null;
  else if (['on', 'true', '1', 'yes'].includes(switchRaw)) openaiEmbeddings = true;
  else if (['off', 'false', '0', 'no'].includes(switchRaw)) openaiEmbeddings = false;
  else throw new ConfigError(`OPENAI_EMBEDDINGS must be "on" or "off", got "${switchRaw}"`);
  if (openaiEmbeddings && openaiApiKey === null) throw new ConfigError('OPENAI_EMBEDDINGS=on needs OPENAI_API_KEY');

  const logLevel = (strVar(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);

  const baseUrl = strVar(env, 'OPENAI_BASE_URL');
  if (baseUrl !== null && !/^https?:\/\//.test(baseUrl)) throw new ConfigError(`OPENAI_BASE_URL must be an http(s) URL, got "${baseUrl}"`);

  // Checked here, naming the variable; http/security.ts turns them into options.
  for (const name of ['RATE_LIMIT_PER_IP', 'RATE_LIMIT_PER_TOKEN', 'RATE_LIMIT_WINDOW_SECONDS']) intVar(env, name, 0, 0, 1_000_000_000);
  const security = securityFromEnv(env);
  const rateLimitsSet = strVar(env, 'RATE_LIMIT_PER_IP') !== null || strVar(env, 'RATE_LIMIT_PER_TOKEN') !== null;

  return {
    port: intVar(env, 'PORT', 8787, 0, 65535),
    host: strVar(env, 'HOST') ?? '127.0.0.1',
    databaseUrl: strVar(env, 'DATABASE_URL'),
    dataDir: strVar(env, 'DATA_DIR') ?? './data',
    openaiApiKey,
    openaiBaseUrl: baseUrl,
    openaiModel: strVar(env, 'OPENAI_MODEL') ?? 'gpt-4o-mini',
    openaiEmbeddingModel: strVar(env, 'OPENAI_EMBEDDING_MODEL') ?? 'text-embedding-3-small',
    openaiEmbeddingDimensions: intVar(env, 'OPENAI_EMBEDDING_DIMENSIONS', 256, 1, 3072),
    openaiEmbeddings,
    openaiEmbeddingsRequired: openaiEmbeddings && switchRaw !== null,
    llm: openaiApiKey !== null,
    llmTimeoutMs: intVar(env, 'LLM_TIMEOUT_MS', 20_000, 100, 600_000),
    logLevel,
    dbMaxConnections: runtime === 'worker' ? intVar(env, 'DB_MAX_CONNECTIONS', 5, 1, 5) : intVar(env, 'DB_MAX_CONNECTIONS', 10, 1, 100),
    security,
    rateLimitsSet,
    allowedHosts: envList(env.ALLOWED_HOSTS),
  };
}

/** The configuration table as Markdown, for the README: these variables and the security ones. */
export function configMarkdown(): string {
  const rows = [...configTable, ...securityConfigTable].map((e) => `| \`${e.name}\` | ${e.default} | ${e.description} |`);
  return ['| Variable | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}
