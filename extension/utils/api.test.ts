import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// @wxt-dev/browser reads globalThis.chrome when it is first imported: stub it before any import.
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing');
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  (globalThis as Record<string, unknown>).browser = fakeBrowser;
});

import { streamAnswer, testConnection } from './api';
import type { AskEvent } from './api-types';

const settings = { apiBase: 'http://127.0.0.1:1', schoolToken: '', localOnly: false };

describe('streamAnswer', () => {
  it('sends the last six earlier turns as history, oldest first', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ answer: 'A', grounded: true, mode: 'extractive', citations: [] }));
    const turns = Array.from({ length: 8 }, (_, i) => ({ question: `vraag ${i}`, answer: `antwoord ${i}` }));
    const events: AskEvent[] = [];
    await streamAnswer(settings, 'en bij pro?', 'student', (e) => events.push(e), new AbortController().signal, fetchImpl as unknown as typeof fetch, turns);
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    const body = JSON.parse(init.body as string) as { history: Array<{ question: string }> };
    expect(body.history.map((t) => t.question)).toEqual(['vraag 2', 'vraag 3', 'vraag 4', 'vraag 5', 'vraag 6', 'vraag 7']);
    expect(events.at(-1)?.type).toBe('done');
  });
});

describe('testConnection (against real sockets)', () => {
  let server: Server;
  let base = '';
  let health: () => { status: number; body: unknown } = () => ({ status: 200, body: { status: 'ok', corpus: { reportChunks: 360, lawArticles: 12 } } });

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/healthz') {
        const h = health();
        res.writeHead(h.status, { 'content-type': 'application/json' }).end(JSON.stringify(h.body));
      } else if (req.url === '/api/plans') {
        res.writeHead(req.headers.authorization === 'Bearer goed' ? 200 : 401, { 'content-type': 'application/json' }).end('{"plans":[]}');
      } else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    const a = server.address();
    base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('says when nothing answers at the address', async () => {
    const r = await testConnection({ ...settings, apiBase: 'http://127.0.0.1:9' }, true);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('op dit adres antwoordt geen server');
  });

  it('says when the extension has no access yet, without a request', async () => {
    const r = await testConnection({ ...settings, apiBase: base }, false);
    expect(r).toMatchObject({ ok: false });
    expect(r.message).toContain('nog geen toegang');
  });

  it('says when the address answers but is no Stagewijzer server', async () => {
    health = () => ({ status: 200, body: { hello: 'world' } });
    expect((await testConnection({ ...settings, apiBase: base }, true)).message).toContain('geen Stagewijzer-server');
    health = () => ({ status: 500, body: {} });
    expect((await testConnection({ ...settings, apiBase: base }, true)).message).toContain('foutcode 500');
    health = () => ({ status: 200, body: { status: 'ok', corpus: { reportChunks: 360, lawArticles: 12 } } });
  });

  it('reports the corpus and checks the school token', async () => {
    const ok = await testConnection({ ...settings, apiBase: base, schoolToken: 'goed' }, true);
    expect(ok.ok).toBe(true);
    expect(ok.message).toContain('360 passages');
    expect(ok.message).toContain('schooltoken is geldig');
    const bad = await testConnection({ ...settings, apiBase: base, schoolToken: 'fout' }, true);
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('schooltoken wordt niet geaccepteerd');
  });
});
