// Hardening: security headers and CSP, CORS, size limits, rate limits, no stacks or secrets in
// responses and logs, uploaded HTML returned as data (JSON strings), never as a page.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppParts } from '../src/app.ts';
import { CONTENT_SECURITY_POLICY, FixedWindowLimiter, redactSecrets, securityFromEnv, type SecurityOptions } from '../src/http/security.ts';
import { REPO_ROOT } from '../src/paths.ts';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await createTestApp();
  token = await t.school('Beveiligde school');
}, 180_000);
afterAll(() => t?.close());

const appWith = (over: Partial<AppParts>) => createApp({ ...t.parts, ...over });
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('security headers', () => {
  it('sends the strict Content-Security-Policy with the chat page', async () => {
    const app = appWith({ assets: async (c) => c.html('<!doctype html><title>Stagewijzer</title>') });
    const res = await app.request('/');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('sends them with API answers and errors too', async () => {
    for (const res of [await t.app.request('/healthz'), await t.app.request('/api/bestaat-niet')]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });
});

describe('CORS', () => {
  const preflight = (app: ReturnType<typeof createApp>, origin: string) =>
    app.request('http://stagewijzer.test/api/ask', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
  const chrome = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  const firefox = 'moz-extension://0a1b2c3d-4e5f-6789-abcd-ef0123456789';

  it('allows the page itself', async () => {
    const res = await preflight(t.app, 'http://stagewijzer.test');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://stagewijzer.test');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
  });

  it('refuses every browser extension that is not configured', async () => {
    for (const origin of [chrome, firefox, 'chrome-extension://x/../evil']) {
      expect((await preflight(t.app, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      const res = await t.app.request('http://stagewijzer.test/api/plans', { headers: { origin, authorization: `Bearer ${token}` } });
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('allows the extensions and origins named in ALLOWED_EXTENSION_IDS and ALLOWED_ORIGINS, and nothing else', async () => {
    const configured = appWith({
      security: {
        ...securityFromEnv({
          ALLOWED_ORIGINS: 'https://intranet.school.nl/, https://andere.nl',
          ALLOWED_EXTENSION_IDS: 'abcdefghijklmnopabcdefghijklmnop, moz-extension://0a1b2c3d-4e5f-6789-abcd-ef0123456789',
        }),
        rateLimit: false,
      },
    });
    for (const origin of ['https://intranet.school.nl', chrome, firefox]) {
      expect((await preflight(configured, origin)).headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    for (const origin of ['https://evil.example', 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', 'moz-extension://abcdefghijklmnopabcdefghijklmnop']) {
      expect((await preflight(configured, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('content types', () => {
  const post = (path: string, type: string | null, body: BodyInit) =>
    t.app.request(path, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });

  it('refuses a question or claim sent as text/plain, a form or without a type (no cross-site simple POST) with a Dutch 415', async () => {
    for (const path of ['/api/ask', '/api/claims']) {
      const body = JSON.stringify({ question: 'Wat is een stage?', claim: 'Alle scholen hebben een stagebeleid.' });
      for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
        const res = await post(path, type, body);
        expect(res.status, `${path} ${type}`).toBe(415);
        const error = (await res.json()).error;
        expect(error.code).toBe('unsupported_type');
        expect(error.message).toMatch(/application\/json/);
      }
      expect((await post(path, 'application/json; charset=utf-8', body)).status).toBe(200);
    }
  });

  it('takes uploads as JSON or multipart only', async () => {
    expect((await post('/api/check', 'text/plain', 'Stageplan')).status).toBe(415);
    expect((await post('/api/check', 'application/json', JSON.stringify({ text: 'Stageplan' }))).status).toBe(200);
    const form = new FormData();
    form.append('file', new Blob(['Stageplan\nDe leerling loopt stage.'], { type: 'text/plain' }), 'plan.txt');
    expect((await t.app.request('/api/check', { method: 'POST', body: form })).status).toBe(200);
  });
});

describe('request size limits', () => {
  it('refuses JSON over 64 kB on question routes with a Dutch 413', async () => {
    const res = await t.app.request('/api/ask', json({ question: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.error.code).toBe('too_large');
    expect(body.error.message).toMatch(/te groot/);
  });

  it('refuses uploads over 11 MB, also when streamed without Content-Length', async () => {
    const big = new Uint8Array(12 * 1024 * 1024).fill(97);
    const withLength = await t.app.request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(big.length) },
      body: big,
    });
    expect(withLength.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 12; i++) controller.enqueue(big.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
        controller.close();
      },
    });
    const chunked = await t.app.request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).error.message).toMatch(/11 MB/);
  });

  it('accepts large document text on upload routes, and limits can be raised', async () => {
    const text = `Stageplan\n${'De leerling loopt stage bij een bedrijf in de techniek. '.repeat(2000)}`; // ~110 kB
    expect((await t.app.request('/api/check', json({ text }))).status).toBe(200);
    const raised = appWith({ security: { bodyLimits: { uploadBytes: 11 * 1024 * 1024, jsonBytes: 1024 * 1024 }, rateLimit: false } });
    expect((await raised.request('/api/claims', json({ claim: 'Alle scholen hebben een stagebeleid.', padding: 'x'.repeat(100 * 1024) }))).status).toBe(200);
  });
});

describe('rate limits', () => {
  const limited = (over: Partial<SecurityOptions> = {}) => {
    const clock = { now: 1_000_000 };
    const app = appWith({
      security: { rateLimit: { windowMs: 60_000, perIp: 3, perToken: 2 }, clientIp: (c) => c.req.header('x-test-ip') ?? null, now: () => clock.now, ...over },
    });
    return { app, clock };
  };

  it('limits requests per IP with 429, Retry-After and a Dutch message', async () => {
    const { app, clock } = limited();
    const ask = () => app.request('/api/claims', json({ claim: 'Alle scholen hebben een stagebeleid.' }, { 'x-test-ip': '10.0.0.1' }));
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const res = await ask();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await res.json();
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/te veel aanvragen/);
    // Another IP is not affected; the next window starts fresh.
    expect((await app.request('/api/claims', json({ claim: 'Stages duren lang.' }, { 'x-test-ip': '10.0.0.2' }))).status).toBe(200);
    clock.now += 60_000;
    expect((await ask()).status).toBe(200);
  });

  it('limits requests per token, whatever the IP', async () => {
    const { app } = limited();
    const list = (ip: string) => app.request('/api/plans', { headers: { authorization: `Bearer ${token}`, 'x-test-ip': ip } });
    expect((await list('10.0.1.1')).status).toBe(200);
    expect((await list('10.0.1.2')).status).toBe(200);
    const third = await list('10.0.1.3');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('reads limits from the environment and never limits the page or health check', async () => {
    const opts = securityFromEnv({ RATE_LIMIT_PER_IP: '7', RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_WINDOW_SECONDS: '10' });
    expect(opts.rateLimit).toEqual({ windowMs: 10_000, perIp: 7, perToken: Number.MAX_SAFE_INTEGER });
    const { app } = limited({ rateLimit: { windowMs: 60_000, perIp: 1, perToken: 1 } });
    for (let i = 0; i < 3; i++) expect((await app.request('/healthz')).status).toBe(200);
  });

  it('keeps memory bounded', () => {
    const limiter = new FixedWindowLimiter(1, 1000, 100);
    for (let i = 0; i < 10_000; i++) limiter.take(`ip:${i}`, 5);
    expect((limiter as unknown as { counts: Map<string, number> }).counts.size).toBeLessThanOrEqual(100);
  });
});

describe('errors and logs', () => {
  it('answers an internal error without a stack, and logs it without the token or keys', async () => {
    const lines: string[] = [];
    const secretKey = 'sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX1234';
    const app = appWith({
      log: (e) => lines.push(JSON.stringify(e)),
      composer: {
        id: 'broken',
        compose: async () => {
          throw new Error(`upstream failed for Bearer ${token} with key ${secretKey} at postgres://app:geheim@db.example:5432/x`);
        },
        // biome-ignore lint/correctness/useYield: a stream that fails before its first chunk
        stream: async function* () {
          throw new Error('never');
        },
      },
    });
    const res = await app.request('/api/ask', json({ question: 'Wat moet er in een stageplan staan?' }, { authorization: `Bearer ${token}` }));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toMatch(/at .*\.ts|Error:|upstream|sk-|sw_/);
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    expect(log).toContain('upstream failed');
    expect(log).not.toContain(token);
    expect(log).not.toContain(secretKey);
    expect(log).not.toContain('geheim');
    expect(log).not.toMatch(/"stack"/);
  });

  it('redacts tokens, keys, URL passwords and query parameters', () => {
    const s = redactSecrets('Failed query: select 1\nparams: Jan Jansen, 0612345678');
    expect(s).not.toContain('Jansen');
    expect(redactSecrets('token sw_AbCdEfGhIjKlMnOpQrStUvWxYz012345')).not.toMatch(/AbCdEf/);
  });
});

describe('uploaded HTML is data, never a page', () => {
  const hostile = '<h1>Stageplan</h1><script>alert("xss")</script><img src=x onerror="alert(1)"> De leerling loopt stage bij <b>Bakkerij</b>.';

  it('returns text with markup as a JSON string from /api/check', async () => {
    const res = await t.app.request('/api/check', json({ text: hostile }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await res.json();
    expect(body.text).toBe(hostile);
  });

  it('turns an uploaded .html file into plain text without scripts', async () => {
    const form = new FormData();
    form.append('file', new Blob([`<html><body>${hostile}</body></html>`], { type: 'text/html' }), 'plan.html');
    const res = await t.app.request('/api/check', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.text).toContain('Bakkerij');
    expect(body.text).not.toMatch(/<script|onerror|alert\(/);
  });

  it('stores a plan with markup in its title and text and returns both as JSON strings', async () => {
    const title = '<img src=x onerror=alert(1)>Plan';
    const created = await t.app.request('/api/plans', json({ title, text: hostile }, { authorization: `Bearer ${token}` }));
    expect(created.status).toBe(201);
    const { planId } = await created.json();
    const res = await t.app.request(`/api/plans/${planId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const plan = await res.json();
    expect(plan.title).toBe(title);
    expect(plan.text).toContain('<script>alert("xss")</script>');
  });

  it('the chat page renders text, never raw HTML', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name) && !/\.test\./.test(name)) files.push(p);
      }
    };
    walk(join(REPO_ROOT, 'server/web/src'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files)
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/);
  });
});

describe('small findings', () => {
  it('answers an inherited property name as a law with a Dutch 404, not with JavaScript internals', async () => {
    for (const law of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const res = await t.app.request(`/api/sources/law/${law}/2.36`);
      expect(res.status, law).toBe(404);
      const text = await res.text();
      expect(text).not.toMatch(/function|native code/);
      expect(JSON.parse(text).error.message).toMatch(/wvo-2020/);
    }
  });

  it('reads a text file with a few broken UTF-8 bytes instead of refusing it', async () => {
    const good = new TextEncoder().encode('Stageplan vmbo\n\nDoel van de stage: leerlingen oriënteren zich op een beroep. De coördinator regelt de stage.\n');
    const bytes = new Uint8Array([...good.slice(0, 40), 0xff, 0xfe, ...good.slice(40, 80), 0xc3, 0x28, 0x81, ...good.slice(80)]);
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'text/plain' }), 'stageplan.txt');
    const res = await t.app.request('/api/check', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.text).toContain('oriënteren');
    expect(body.text).toContain('coördinator');
  });
});

describe('Unicode in questions and claims', () => {
  const claim = async (text: string) => (await (await t.app.request('/api/claims', json({ claim: text }))).json()) as { verdict: string };
  const ask = async (question: string) =>
    (await (await t.app.request('/api/ask', json({ question }))).json()) as {
      grounded: boolean;
      citations: Array<{ source: string; section?: string; article?: string }>;
    };

  it('reads full-width and zero-width-split digits in a claim as plain digits', async () => {
    const plain = await claim('92% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan');
    expect((await claim('９２% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan')).verdict).toBe(plain.verdict);
    expect((await claim('9\u200b2% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan')).verdict).toBe(plain.verdict);
    const other = await claim('15% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan');
    expect((await claim('１５% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan')).verdict).toBe(other.verdict);
  });

  it('answers a question with zero-width characters and odd dashes as the plain question', async () => {
    const plain = await ask('Wat moet er in een stageplan staan?');
    const hidden = await ask('Wat moet er in een stage\u200bplan st\u00adaan?');
    expect(hidden.grounded).toBe(plain.grounded);
    expect(hidden.citations.map((c) => c.section ?? c.article)).toEqual(plain.citations.map((c) => c.section ?? c.article));
  });
});
