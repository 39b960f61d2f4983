import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing');
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
});

import { checkClaim, streamAnswer } from './api';
import type { AskEvent } from './api-types';

const settings = { apiBase: 'http://api.test', schoolToken: '', localOnly: false };

describe('API calls', () => {
  it('streams citations, deltas and the final answer', async () => {
    const body = [
      'event: citations\ndata: [{"id":"1","source":"report","section":"8.1","page":40,"quote":"q"}]\n\n',
      // A "\r\n" split across two chunks is one line end (the extension's own parser used to read it as two).
      'event: delta\r',
      '\ndata: {"text":"Een "}\r\n\r\n',
      'event: delta\ndata: {"text":"antwoord [1]"}\n\n',
      'event: done\ndata: {"answer":"Een antwoord [1]","grounded":true,"mode":"extractive","citations":[]}\n\n',
    ];
    const fetchImpl = vi.fn(
      async () =>
        new Response(
          new ReadableStream({
            start(c) {
              body.forEach((b) => {
                c.enqueue(new TextEncoder().encode(b));
              });
              c.close();
            },
          }),
          {
            headers: { 'content-type': 'text/event-stream' },
          },
        ),
    );
    const events: AskEvent[] = [];
    await streamAnswer(settings, 'Vraag?', 'student', (e) => events.push(e), new AbortController().signal, fetchImpl as typeof fetch);
    expect(events.map((e) => e.type)).toEqual(['citations', 'delta', 'delta', 'done']);
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({ question: 'Vraag?', persona: 'student' });
  });

  it('makes no network call at all when "Alleen lokaal controleren" is on', async () => {
    const fetchImpl = vi.fn();
    const local = { ...settings, localOnly: true };
    const claim = await checkClaim(local, 'Een bewering', fetchImpl as unknown as typeof fetch);
    expect(claim).toMatchObject({ ok: false, error: { code: 'local_only' } });
    const events: AskEvent[] = [];
    await streamAnswer(local, 'Vraag?', 'student', (e) => events.push(e), new AbortController().signal, fetchImpl as unknown as typeof fetch);
    expect(events).toMatchObject([{ type: 'error', error: { code: 'local_only' } }]);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('passes on the Dutch error message of the API', async () => {
    const fetchImpl = vi.fn(async () =>
      Response.json({ error: { code: 'rate_limited', message: 'Te veel verzoeken. Probeer het zo opnieuw.' } }, { status: 429 }),
    );
    const r = await checkClaim(settings, 'x', fetchImpl as unknown as typeof fetch);
    expect(r).toEqual({ ok: false, error: { code: 'rate_limited', message: 'Te veel verzoeken. Probeer het zo opnieuw.' } });
  });
});
