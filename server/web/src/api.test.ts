import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody, readAnswerStream, UNREACHABLE } from './api.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(enc.encode(ch));
      c.close();
    },
  });
}

describe('readAnswerStream', () => {
  it('reports citations and deltas and resolves with the done object', async () => {
    const deltas: string[] = [];
    let cites = 0;
    const answer = await readAnswerStream(
      streamOf([
        'event: citations\r\ndata: [{"id":"1","source":"report","quote":"q","score":1}]\r',
        '\n\r\nevent: delta\ndata: {"text":"Het "}\n\nevent: del',
        'ta\ndata: {"text":"antwoord [1]"}\n\n',
        'event: done\ndata: {"answer":"Het antwoord [1].","lead":"Ja.","grounded":true,"mode":"extractive","citations":[]}\n\n',
      ]),
      { onDelta: (t) => deltas.push(t), onCitations: (c) => (cites = c.length) },
    );
    expect(deltas.join('')).toBe('Het antwoord [1]');
    expect(cites).toBe(1);
    expect(answer).toMatchObject({ answer: 'Het antwoord [1].', lead: 'Ja.' });
  });

  it('rejects with the Dutch message of an error event', async () => {
    await expect(readAnswerStream(streamOf(['event: error\ndata: {"error":{"code":"x","message":"Het ging mis."}}\n\n']), {})).rejects.toMatchObject({
      message: 'Het ging mis.',
    });
  });

  it('rejects when the stream ends without done, without blaming the connection', async () => {
    await expect(readAnswerStream(streamOf(['event: delta\ndata: {"text":"half"}\n\n']), {})).rejects.toBeInstanceOf(ApiError);
    await expect(readAnswerStream(streamOf([]), {})).rejects.toMatchObject({ message: UNREACHABLE });
  });
});

describe('errorFromBody', () => {
  it('uses the API error message', () => {
    const e = errorFromBody(415, { error: { code: 'unsupported_type', message: 'Dit bestandstype wordt niet ondersteund.' } });
    expect(e.message).toBe('Dit bestandstype wordt niet ondersteund.');
    expect(e.code).toBe('unsupported_type');
    expect(e.retryable).toBe(false);
  });

  it('falls back to a Dutch message that says whose problem it is', () => {
    expect(errorFromBody(413, null).message).toBe('Het bestand is te groot.');
    expect(errorFromBody(502, '<html>').message).toBe(UNREACHABLE);
    expect(errorFromBody(502, null).retryable).toBe(true);
    expect(UNREACHABLE).not.toMatch(/internet|verbinding/i);
  });
});
