// Production hardening shared by both runtimes: security headers and CSP, CORS, request size
// limits and rate limits. Registered once in createApp (`applySecurity`); every limit is an
// option so tests and the load test can raise it.
//
// Rate limits are fixed windows kept in memory: per process on Node, per isolate on Workers
// (Cloudflare runs many isolates, so there the limit is a per-isolate brake against bursts, not an
// exact global quota; use Cloudflare's rate limiting rules or the Rate Limiting binding for that).

import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { errorBody } from './errors.ts';
import { bearerToken } from './input.ts';

export interface RateLimitOptions {
  /** Length of one window in milliseconds. */
  windowMs: number;
  /** Requests to /api/* per client IP per window (a whole school may share one IP). */
  perIp: number;
  /** Requests to /api/* per bearer token per window. */
  perToken: number;
}

export interface SecurityOptions {
  /** Extra allowed CORS origins (exact, e.g. "https://intranet.school.nl"). The page's own origin and browser extensions are always allowed. */
  allowedOrigins?: string[];
  /** Browser extension origins (chrome-extension://, moz-extension://); default allowed. */
  allowExtensions?: boolean;
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
  { name: 'ALLOWED_ORIGINS', default: '(empty)', description: 'Comma-separated extra origins allowed by CORS. The page itself and browser extensions are always allowed.' },
  { name: 'RATE_LIMIT_PER_IP', default: '600', description: 'Requests to /api per client IP per window (0 = off). Off on the embedded database unless set.' },
  { name: 'RATE_LIMIT_PER_TOKEN', default: '300', description: 'Requests to /api per school token per window (0 = off). Off on the embedded database unless set.' },
  { name: 'RATE_LIMIT_WINDOW_SECONDS', default: '60', description: 'Length of a rate-limit window.' },
] as const;

function positiveInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${raw}"`);
  return n;
}

/** Security options from environment variables (Node's process.env or the Worker's env). */
export function securityFromEnv(env: Record<string, unknown>): SecurityOptions {
  const str = (k: string) => (typeof env[k] === 'string' ? (env[k] as string) : undefined);
  const allowedOrigins = (str('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const perIp = positiveInt(str('RATE_LIMIT_PER_IP'), DEFAULT_SECURITY.rateLimit.perIp);
  const perToken = positiveInt(str('RATE_LIMIT_PER_TOKEN'), DEFAULT_SECURITY.rateLimit.perToken);
  const windowMs = positiveInt(str('RATE_LIMIT_WINDOW_SECONDS'), 60) * 1000;
  return {
    allowedOrigins,
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
// Registration

const isUploadRoute = (c: Context) => c.req.method === 'POST' && /^\/api\/(check|plans)\/?$/.test(c.req.path);

function tooLarge(max: number) {
  const mb = max >= 1024 * 1024 ? `${Math.round(max / 1024 / 1024)} MB` : `${Math.round(max / 1024)} kB`;
  return (c: Context) =>
    c.json(errorBody('too_large', `Deze aanvraag is te groot. Het maximum is ${mb}; upload een kleiner bestand of stuur minder tekst.`), 413);
}

/** Registers headers, CORS, size limits and rate limits on the app, before its routes. */
export function applySecurity(app: Hono, opts: SecurityOptions = {}): void {
  const limits = opts.bodyLimits ?? DEFAULT_SECURITY.bodyLimits;
  const rate = opts.rateLimit === undefined ? DEFAULT_SECURITY.rateLimit : opts.rateLimit;
  const extra = new Set(opts.allowedOrigins ?? []);
  const extensions = opts.allowExtensions ?? true;

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

  app.use(
    '*',
    cors({
      origin: (origin, c) => {
        if (!origin) return null;
        if (origin === new URL(c.req.url).origin) return origin;
        if (extra.has(origin)) return origin;
        if (extensions && /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin)) return origin;
        return null;
      },
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  // Rate limits first: a limited client's body is never read.
  if (rate) app.use('/api/*', rateLimiter(rate, opts.clientIp ?? defaultClientIp, opts.now ?? Date.now));

  const uploadLimit = bodyLimit({ maxSize: limits.uploadBytes, onError: tooLarge(limits.uploadBytes) });
  const jsonLimit = bodyLimit({ maxSize: limits.jsonBytes, onError: tooLarge(limits.jsonBytes) });
  app.use('/api/*', (c, next) => (isUploadRoute(c) ? uploadLimit(c, next) : jsonLimit(c, next)));
}
