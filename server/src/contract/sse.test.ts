import { describe, expect, it } from 'vitest';
import { askEventFrame, askEvents, askEventOf, createSseParser, textChunks, type SseFrame } from './sse.ts';
import type { AskStreamEvent } from './ask.ts';

function parseAll(chunks: string[]): SseFrame[] {
  const p = createSseParser();
  return [...chunks.flatMap((c) => p.push(c)), ...p.flush()];
}

describe('createSseParser', () => {
  it('parses complete frames with event names and JSON data', () => {
    expect(parseAll(['event: citations\ndata: [{"id":"1"}]\n\nevent: delta\ndata: {"text":"Hallo"}\n\n'])).toEqual([
      { event: 'citations', data: '[{"id":"1"}]' },
      { event: 'delta', data: '{"text":"Hallo"}' },
    ]);
  });

  it.each(['\n', '\r\n', '\r'])('reassembles frames split at every position, with %j line ends', (eol) => {
    const stream = `event: delta${eol}data: {"text":"Een "}${eol}${eol}: keep-alive${eol}${eol}event: done${eol}data: {"answer":"Een zin."}${eol}${eol}`;
    for (let size = 1; size < stream.length; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < stream.length; i += size) chunks.push(stream.slice(i, i + size));
      const out = parseAll(chunks);
      expect(
        out.map((e) => e.event),
        `chunks of ${size}`,
      ).toEqual(['delta', 'done']);
      expect(JSON.parse(out[1]!.data)).toEqual({ answer: 'Een zin.' });
    }
  });

  it('reads a "\\r\\n" split across two chunks as one line end, not two', () => {
    const p = createSseParser();
    // Were the "\n" a second line end, the blank line would dispatch "delta" without its data.
    const out = [...p.push('event: delta\r'), ...p.push('\ndata: x\r'), ...p.push('\n\r'), ...p.push('\n')];
    expect(out).toEqual([{ event: 'delta', data: 'x' }]);
  });

  it('joins multiple data lines with newlines and defaults the event to "message"', () => {
    expect(parseAll(['data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('ignores comments, ids and frames without data', () => {
    expect(createSseParser().push(': keep-alive\n\nid: 3\nevent: ping\n\n')).toEqual([]);
  });

  it('keeps only one leading space of the value', () => {
    expect(parseAll(['data:  two\ndata:none\n\n'])).toEqual([{ event: 'message', data: ' two\nnone' }]);
  });

  it('flushes a final frame without a trailing blank line', () => {
    const p = createSseParser();
    expect(p.push('event: done\ndata: {}')).toEqual([]);
    expect(p.flush()).toEqual([{ event: 'done', data: '{}' }]);
  });

  it('does linear work on a long line fed one character at a time', () => {
    const p = createSseParser();
    const line = `data: ${'x'.repeat(200_000)}`;
    const started = performance.now();
    for (const ch of line) p.push(ch);
    expect(p.push('\n\n')).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('answer events', () => {
  const answer = { answer: 'Een antwoord [1].', grounded: true, mode: 'extractive' as const, citations: [] };
  const events: AskStreamEvent[] = [
    { type: 'citations', citations: [{ id: '1', source: 'report', section: '8.1', quote: 'q', score: 1 }] },
    { type: 'delta', text: 'Een ' },
    { type: 'delta', text: 'antwoord [1].' },
    { type: 'done', answer },
    { type: 'error', error: { code: 'stream_failed', message: 'Het antwoord kon niet worden afgemaakt.' } },
  ];

  it('round-trips through the frames the server writes', () => {
    for (const e of events) expect(askEventOf(askEventFrame(e))).toEqual(e);
  });

  it('reads a stream of text chunks into events, ignoring other frames', async () => {
    const text = `${events
      .map((e) => askEventFrame(e))
      .map((f) => `event: ${f.event}\r\ndata: ${f.data}\r\n\r\n`)
      .join('')}event: ping\r\ndata: 1\r\n\r\n`;
    async function* chunks() {
      for (let i = 0; i < text.length; i += 5) yield text.slice(i, i + 5);
    }
    const out: AskStreamEvent[] = [];
    for await (const e of askEvents(chunks())) out.push(e);
    expect(out).toEqual(events);
  });

  it('accepts a delta as a bare string and an error without a body', () => {
    expect(askEventOf({ event: 'delta', data: '"stuk"' })).toEqual({ type: 'delta', text: 'stuk' });
    expect(askEventOf({ event: 'error', data: '' })).toMatchObject({ type: 'error', error: { code: 'stream_error' } });
  });

  it('rejects a done frame without an answer', () => {
    expect(() => askEventOf({ event: 'done', data: '{}' })).toThrow(SyntaxError);
  });
});

describe('textChunks', () => {
  it('keeps a multi-byte character that is split across chunks whole', async () => {
    const bytes = new TextEncoder().encode('event: done\ndata: {"answer":"coördinator","grounded":true,"mode":"extractive","citations":[]}\n\n');
    const at = bytes.indexOf(0xc3) + 1; // in the middle of "ö"
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, at));
        c.enqueue(bytes.slice(at));
        c.close();
      },
    });
    const out: AskStreamEvent[] = [];
    for await (const e of askEvents(textChunks(body))) out.push(e);
    expect(out).toMatchObject([{ type: 'done', answer: { answer: 'coördinator' } }]);
  });
});
