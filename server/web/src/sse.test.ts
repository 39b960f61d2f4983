import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse.ts';

describe('createSseParser', () => {
  it('parses complete frames with event names and JSON data', () => {
    const p = createSseParser();
    const events = p.push('event: citations\ndata: [{"id":"1"}]\n\nevent: delta\ndata: {"text":"Hallo"}\n\n');
    expect(events).toEqual([
      { event: 'citations', data: '[{"id":"1"}]' },
      { event: 'delta', data: '{"text":"Hallo"}' },
    ]);
  });

  it('reassembles frames split across arbitrary chunk boundaries', () => {
    const stream = 'event: delta\ndata: {"text":"Een "}\n\nevent: done\ndata: {"answer":"Een zin."}\n\n';
    for (let size = 1; size < stream.length; size += 3) {
      const p = createSseParser();
      const out = [];
      for (let i = 0; i < stream.length; i += size) out.push(...p.push(stream.slice(i, i + size)));
      out.push(...p.flush());
      expect(out.map((e) => e.event)).toEqual(['delta', 'done']);
      expect(JSON.parse(out[1]!.data)).toEqual({ answer: 'Een zin.' });
    }
  });

  it('handles CRLF line endings, including a CR at the end of a chunk', () => {
    const p = createSseParser();
    const out = [...p.push('event: delta\r'), ...p.push('\ndata: x\r\n\r\n')];
    expect(out).toEqual([{ event: 'delta', data: 'x' }]);
  });

  it('joins multiple data lines with newlines and defaults the event to "message"', () => {
    const p = createSseParser();
    expect(p.push('data: a\ndata: b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('ignores comments, ids and frames without data', () => {
    const p = createSseParser();
    expect(p.push(': keep-alive\n\nid: 3\nevent: ping\n\n')).toEqual([]);
  });

  it('keeps only one leading space of the value', () => {
    const p = createSseParser();
    expect(p.push('data:  two\ndata:none\n\n')).toEqual([{ event: 'message', data: ' two\nnone' }]);
  });

  it('flushes a final frame without a trailing blank line', () => {
    const p = createSseParser();
    expect(p.push('event: done\ndata: {}')).toEqual([]);
    expect(p.flush()).toEqual([{ event: 'done', data: '{}' }]);
  });
});
