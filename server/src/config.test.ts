import { describe, expect, it } from 'vitest';
import { ConfigError, configMarkdown, configTable, readConfig } from './config.ts';
import { DEFAULT_SECURITY, securityConfigTable } from './http/security.ts';

/** Every variable readConfig reads, found by watching property access on env. */
function keysRead(env: Record<string, string | undefined>, runtime?: 'node' | 'worker'): Set<string> {
  const seen = new Set<string>();
  const proxy = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') seen.add(key);
      return target[key as string];
    },
  });
  readConfig(proxy, runtime);
  return seen;
}

describe('readConfig', () => {
  it('has defaults: embedded PGlite, no OpenAI', () => {
    expect(readConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: './data',
      openaiApiKey: null,
      openaiBaseUrl: null,
      openaiModel: 'gpt-4o-mini',
      openaiEmbeddingModel: 'text-embedding-3-small',
      openaiEmbeddingDimensions: 256,
      openaiEmbeddings: false,
      openaiEmbeddingsRequired: false,
      llm: false,
      llmTimeoutMs: 20000,
      logLevel: 'info',
      dbMaxConnections: 10,
      security: { allowedOrigins: [], allowedExtensionIds: [], rateLimit: DEFAULT_SECURITY.rateLimit },
      rateLimitsSet: false,
      allowedHosts: [],
    });
  });

  it('turns OpenAI embeddings on with a key unless OPENAI_EMBEDDINGS=off', () => {
    expect(readConfig({ OPENAI_API_KEY: 'sk-x' })).toMatchObject({ llm: true, openaiEmbeddings: true, openaiEmbeddingsRequired: false });
    expect(readConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_EMBEDDINGS: 'on' })).toMatchObject({ openaiEmbeddings: true, openaiEmbeddingsRequired: true });
    expect(readConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_EMBEDDINGS: 'off' })).toMatchObject({
      llm: true,
      openaiEmbeddings: false,
      openaiEmbeddingsRequired: false,
    });
    expect(() => readConfig({ OPENAI_EMBEDDINGS: 'on' })).toThrow(ConfigError);
    expect(() => readConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_EMBEDDINGS: 'maybe' })).toThrow(/on" or "off/);
  });

  it('reads and validates values', () => {
    const c = readConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://u@h/db',
      DATA_DIR: '/tmp/sw',
      OPENAI_API_KEY: 'sk-x',
      OPENAI_BASE_URL: 'http://127.0.0.1:1234/v1',
      OPENAI_MODEL: 'gpt-x',
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-large',
      OPENAI_EMBEDDING_DIMENSIONS: '512',
      LLM_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'DEBUG',
    });
    expect(c).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://u@h/db',
      dataDir: '/tmp/sw',
      openaiBaseUrl: 'http://127.0.0.1:1234/v1',
      openaiModel: 'gpt-x',
      openaiEmbeddingModel: 'text-embedding-3-large',
      openaiEmbeddingDimensions: 512,
      llmTimeoutMs: 5000,
      logLevel: 'debug',
    });
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => readConfig({ OPENAI_BASE_URL: 'api.example.com' })).toThrow(/OPENAI_BASE_URL/);
    expect(readConfig({ PORT: '', DATABASE_URL: '  ' })).toMatchObject({ port: 8787, databaseUrl: null });
  });

  it('checks the security variables as strictly, naming them', () => {
    expect(readConfig({ RATE_LIMIT_PER_IP: '5', ALLOWED_ORIGINS: 'https://a.nl, https://b.nl/' })).toMatchObject({
      rateLimitsSet: true,
      security: { allowedOrigins: ['https://a.nl', 'https://b.nl'], rateLimit: { perIp: 5 } },
    });
    expect(() => readConfig({ RATE_LIMIT_PER_IP: 'veel' })).toThrow(/RATE_LIMIT_PER_IP must be a whole number/);
    expect(() => readConfig({ RATE_LIMIT_WINDOW_SECONDS: '-1' })).toThrow(ConfigError);
  });

  it('bounds database connections per runtime: a Worker request may open six sockets', () => {
    expect(readConfig({}, 'worker').dbMaxConnections).toBe(5);
    expect(readConfig({ DB_MAX_CONNECTIONS: '3' }, 'worker').dbMaxConnections).toBe(3);
    expect(() => readConfig({ DB_MAX_CONNECTIONS: '8' }, 'worker')).toThrow(/DB_MAX_CONNECTIONS must be between 1 and 5/);
    expect(readConfig({ DB_MAX_CONNECTIONS: '40' }).dbMaxConnections).toBe(40);
    expect(() => readConfig({ DB_MAX_CONNECTIONS: '0' })).toThrow(/DB_MAX_CONNECTIONS/);
  });
});

describe('configTable', () => {
  it('documents exactly the variables readConfig reads', () => {
    const documented = [...configTable, ...securityConfigTable].map((e) => e.name).sort();
    const read = new Set([...keysRead({}), ...keysRead({ OPENAI_API_KEY: 'sk-x' }), ...keysRead({}, 'worker')]);
    expect([...read].sort()).toEqual(documented);
    expect(new Set(documented).size).toBe(documented.length);
    for (const e of configTable) {
      expect(e.description.length, e.name).toBeGreaterThan(10);
      expect(e.default.length, e.name).toBeGreaterThan(0);
    }
  });

  it('renders as a Markdown table', () => {
    const md = configMarkdown();
    for (const e of configTable) expect(md).toContain(`| \`${e.name}\` |`);
  });
});

describe('README', () => {
  it('documents every configuration variable', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const line of configMarkdown().split('\n').slice(2)) expect(readme).toContain(line);
  });
});
