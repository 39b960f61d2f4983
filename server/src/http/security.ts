// Production hardening shared by both runtimes: security headers and CSP, the Host check (embedded
// server), the page-only session token, CORS, content types, request size limits, rate limits and
// Unicode normalisation of questions and claims. Registered once in createApp (`applySecurity`);
// every limit is an option so tests and the load test can raise it.
//
// Rate limits are fixed windows kept in memory: per process on Node, per isolate on Workers
// (Cloudflare runs many isolates, so there the limit is a per-isolate brake against bursts, not an
// exact global quota; use Cloudflare's rate limiting rules or the Rate Limiting binding for that).

import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { errorBody } from './errors.ts';
import { bearerToken, normalizeJsonStrings } from './input.ts';

export interface RateLimitOptions {
  /** Length of one window in milliseconds. */
  windowMs: number;
  /** Requests to /api/* per client IP per window (a whole school may share one IP). */
  perIp: number;
  /** Requests to /api/* per bearer token per window. */
  perToken: number;
}

export interface SecurityOptions {
  /** Extra allowed CORS origins (exact, e.g. "https://intranet.school.nl"). The page's own origin is always allowed. */
  allowedOrigins?: string[];
  /** Browser extensions allowed by CORS, by id (Chrome: 32 letters a–p; Firefox: a UUID) or origin; no others. */
  allowedExtensionIds?: string[];
  /**
   * The embedded server's Host check (DNS rebinding): loopback names on the server's own port are accepted, plus
   * `allowed` ("name" for any port, "name:port"); every other Host is 421. Unset: no check (Workers, behind Cloudflare).
   */
  hostCheck?: { allowed: string[] };
  /** false: no rate limits. */
  rateLimit?: RateLimitOptions | false;
  /** Bytes: uploads (POST /api/check, POST /api/plans) and other JSON requests. */
  bodyLimits?: { uploadBytes: number; jsonBytes: number };
  /** The client's IP. Default: the Node socket address, else `cf-connecting-ip` (set by Cloudflare, not forgeable there). */
  clientIp?: (c: Context) => string | null;
  /** Clock for rate-limit windows (tests). */
  now?: () => number;
}

export const DEFAULT_SECURITY = {
  rateLimit: { windowMs: 60_000, perIp: 600, perToken: 300 },
  // 10 MB file (DOCUMENT_LIMITS.maxBytes) plus multipart overhead.
  bodyLimits: { uploadBytes: 11 * 1024 * 1024, jsonBytes: 64 * 1024 },
} as const satisfies Pick<SecurityOptions, 'rateLimit' | 'bodyLimits'>;

/** The chat page's Content-Security-Policy (also sent with API responses; JSON ignores it). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Environment variables read by `securityFromEnv` (for the README's configuration table). */
export const securityConfigTable = [
  {
    name: 'ALLOWED_ORIGINS',
    default: '(empty)',
    description: 'Comma-separated extra origins allowed by CORS (e.g. `https://intranet.school.nl`). The page itself is always allowed.',
  },
  {
    name: 'ALLOWED_EXTENSION_IDS',
    default: '(empty)',
    description:
      'Comma-separated ids of browser extensions allowed by CORS (the part after `chrome-extension://` or `moz-extension://`). The Stagewijzer extension needs none: it calls the server with its host permission.',
  },
  {
    name: 'ALLOWED_HOSTS',
    default: '(empty)',
    description:
      'Node server only: comma-separated host names (optionally `name:port`) the server answers besides 127.0.0.1, localhost and [::1] on its own port; other `Host` headers get 421 (protection against DNS rebinding). Set it to the public name when the server runs behind a proxy.',
  },
  { name: 'RATE_LIMIT_PER_IP', default: '600', description: 'Requests to /api per client IP per window (0 = off). Off on the embedded database unless set.' },
  {
    name: 'RATE_LIMIT_PER_TOKEN',
    default: '300',
    description: 'Requests to /api per school token per window (0 = off). Off on the embedded database unless set.',
  },
  { name: 'RATE_LIMIT_WINDOW_SECONDS', default: '60', description: 'Length of a rate-limit window.' },
] as const;

function positiveInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${raw}"`);
  return n;
}

/** Security options from environment variables (Node's process.env or the Worker's env). */
/** A comma-separated list from an environment variable, trimmed, without trailing slashes. */
export function envList(raw: unknown): string[] {
  return (typeof raw === 'string' ? raw : '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

export function securityFromEnv(env: Record<string, unknown>): SecurityOptions {
  const str = (k: string) => (typeof env[k] === 'string' ? (env[k] as string) : undefined);
  const list = (k: string) => envList(env[k]);
  const allowedOrigins = list('ALLOWED_ORIGINS');
  const allowedExtensionIds = list('ALLOWED_EXTENSION_IDS');
  const perIp = positiveInt(str('RATE_LIMIT_PER_IP'), DEFAULT_SECURITY.rateLimit.perIp);
  const perToken = positiveInt(str('RATE_LIMIT_PER_TOKEN'), DEFAULT_SECURITY.rateLimit.perToken);
  const windowMs = positiveInt(str('RATE_LIMIT_WINDOW_SECONDS'), 60) * 1000;
  return {
    allowedOrigins,
    allowedExtensionIds,
    rateLimit: {
      windowMs: windowMs || 60_000,
      perIp: perIp || Number.MAX_SAFE_INTEGER,
      perToken: perToken || Number.MAX_SAFE_INTEGER,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Secrets never reach logs

const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/\bsw_[A-Za-z0-9_-]{16,}/g, 'sw_[verborgen]'], // school tokens
  [/\bBearer\s+\S+/gi, 'Bearer [verborgen]'],
  [/\bsk-[A-Za-z0-9_-]{16,}/g, 'sk-[verborgen]'], // OpenAI-style keys
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, '$1[verborgen]@'], // passwords in URLs
];

export function redactSecrets(text: string): string {
  // drizzle's "Failed query: …\nparams: …" carries user data (plan text, token hashes).
  let out = text.replace(/\nparams: [\s\S]*$/, '\nparams: [verborgen]');
  for (const [re, replacement] of SECRET_PATTERNS) out = out.replace(re, replacement);
  return out;
}

/** Wraps a structured logger so no string field carries a token, key or password; stacks are dropped. */
export function redactingLog(log: (event: Record<string, unknown>) => void): (event: Record<string, unknown>) => void {
  return (event) => {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(event)) {
      if (k === 'stack') continue;
      clean[k] = typeof v === 'string' ? redactSecrets(v) : v;
    }
    log(clean);
  };
}

// ---------------------------------------------------------------------------------------------
// Rate limits

/** Counts requests per key in fixed windows; memory is bounded by the keys seen in one window. */
export class FixedWindowLimiter {
  private window = -1;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds until the window ends. */
  take(key: string, now: number): number {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const n = (this.counts.get(key) ?? 0) + 1;
    if (this.counts.size >= this.maxKeys && !this.counts.has(key)) this.counts.clear();
    this.counts.set(key, n);
    if (n <= this.limit) return 0;
    return Math.max(1, Math.ceil(((window + 1) * this.windowMs - now) / 1000));
  }
}

function defaultClientIp(c: Context): string | null {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? c.req.header('cf-connecting-ip') ?? null;
}

function rateLimiter(opts: RateLimitOptions, clientIp: (c: Context) => string | null, now: () => number): MiddlewareHandler {
  const byIp = new FixedWindowLimiter(opts.perIp, opts.windowMs);
  const byToken = new FixedWindowLimiter(opts.perToken, opts.windowMs);
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const t = now();
    const token = bearerToken(c);
    const wait = Math.max(byIp.take(`ip:${clientIp(c) ?? 'unknown'}`, t), token ? byToken.take(`token:${token}`, t) : 0);
    if (wait > 0) {
      return c.json(
        errorBody('rate_limited', `Je hebt te veel aanvragen gedaan. Wacht ${wait} ${wait === 1 ? 'seconde' : 'seconden'} en probeer het dan opnieuw.`),
        429,
        { 'Retry-After': String(wait) },
      );
    }
    return next();
  };
}

// ---------------------------------------------------------------------------------------------
// Who may ask: Host (DNS rebinding), the page's own session, CORS, content types

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The local port the request came in on (Node), else the URL's port. */
function localPort(c: Context): number {
  const socket = (c.env as { incoming?: { socket?: { localPort?: number } } } | undefined)?.incoming?.socket;
  if (socket?.localPort) return socket.localPort;
  const url = new URL(c.req.url);
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

/** Accepts only Host values of the server itself (loopback on its own port) and the configured names (421 otherwise). */
function hostGuard(allowed: string[]): MiddlewareHandler {
  const extra = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').trim().toLowerCase();
    const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host);
    if (m) {
      const [, name, port] = m;
      const samePort = Number(port ?? 80) === localPort(c);
      if ((LOOPBACK_NAMES.has(name!) && samePort) || extra.has(host) || extra.has(name!)) return next();
    }
    return c.json(
      errorBody(
        'misdirected_request',
        `Deze server beantwoordt geen aanvragen voor "${host.slice(0, 100)}". Open Stagewijzer via http://localhost:${localPort(c)}.`,
      ),
      421,
    );
  };
}

/** The local school's token goes only to the page itself: no cross-origin or cross-site request gets it. */
const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  if ((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== new URL(c.req.url).origin)) {
    return c.json(errorBody('forbidden', 'Het schooltoken is alleen beschikbaar voor de Stagewijzer-pagina zelf.'), 403);
  }
  return next();
};

const isUploadRoute = (c: Context) => c.req.method === 'POST' && /^\/api\/(check|plans)\/?$/.test(c.req.path);
const isJson = (type: string) => /^application\/json\s*(;|$)/i.test(type);
const isMultipart = (type: string) => /^multipart\/form-data\s*;/i.test(type);

/** JSON routes take only application/json (no cross-site "simple" POST with text/plain); uploads also multipart. */
const contentTypeGuard: MiddlewareHandler = async (c, next) => {
  if (!['POST', 'PUT', 'PATCH'].includes(c.req.method)) return next();
  const type = (c.req.header('content-type') ?? '').trim();
  if (isJson(type)) return next();
  if (isUploadRoute(c)) {
    if (isMultipart(type)) return next();
    return c.json(
      errorBody('unsupported_type', 'Stuur JSON met "text" (Content-Type: application/json) of een bestand als multipart/form-data (veld "file").'),
      415,
    );
  }
  return c.json(errorBody('unsupported_type', 'Stuur de aanvraag als JSON, met de header "Content-Type: application/json".'), 415);
};

/** The origin of a configured extension: Chrome ids are 32 letters a–p, Firefox ids UUIDs; full origins stay. */
function extensionOrigin(id: string): string {
  const v = id.trim().toLowerCase();
  if (/^(chrome|moz)-extension:\/\//.test(v)) return v;
  return /^[a-p]{32}$/.test(v) ? `chrome-extension://${v}` : `moz-extension://${v}`;
}

// ---------------------------------------------------------------------------------------------
// Registration

function tooLarge(max: number) {
  const mb = max >= 1024 * 1024 ? `${Math.round(max / 1024 / 1024)} MB` : `${Math.round(max / 1024)} kB`;
  return (c: Context) =>
    c.json(errorBody('too_large', `Deze aanvraag is te groot. Het maximum is ${mb}; upload een kleiner bestand of stuur minder tekst.`), 413);
}

/** Registers headers, Host check, CORS, content types, size limits and rate limits on the app, before its routes. */
export function applySecurity(app: Hono, opts: SecurityOptions = {}): void {
  const limits = opts.bodyLimits ?? DEFAULT_SECURITY.bodyLimits;
  const rate = opts.rateLimit === undefined ? DEFAULT_SECURITY.rateLimit : opts.rateLimit;
  const extra = new Set(opts.allowedOrigins ?? []);
  const extensions = new Set((opts.allowedExtensionIds ?? []).map(extensionOrigin));

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      // The browser extension fetches the API from its own origin (CORS-mode), which CORP does not block.
      crossOriginResourcePolicy: 'same-origin',
      referrerPolicy: 'no-referrer',
    }),
  );

  if (opts.hostCheck) app.use('*', hostGuard(opts.hostCheck.allowed));

  app.use(
    '*',
    cors({
      origin: (origin, c) => {
        if (!origin) return null;
        if (origin === new URL(c.req.url).origin) return origin;
        if (extra.has(origin)) return origin;
        if (extensions.has(origin.toLowerCase())) return origin;
        return null;
      },
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  app.use('/api/session', sameOriginOnly);

  // Rate limits first: a limited client's body is never read.
  if (rate) app.use('/api/*', rateLimiter(rate, opts.clientIp ?? defaultClientIp, opts.now ?? Date.now));
  app.use('/api/*', contentTypeGuard);

  const uploadLimit = bodyLimit({ maxSize: limits.uploadBytes, onError: tooLarge(limits.uploadBytes) });
  const jsonLimit = bodyLimit({ maxSize: limits.jsonBytes, onError: tooLarge(limits.jsonBytes) });
  app.use('/api/*', (c, next) => (isUploadRoute(c) ? uploadLimit(c, next) : jsonLimit(c, next)));
  app.use('/api/ask', normalizeJsonStrings);
  app.use('/api/claims', normalizeJsonStrings);
}
