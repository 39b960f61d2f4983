import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody, readAnswerStream } from './api.ts';

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
        'event: citations\ndata: [{"id":"1","source":"report","quote":"q"}]\n\n',
        'event: delta\ndata: {"text":"Het "}\n\nevent: del',
        'ta\ndata: {"text":"antwoord [1]"}\n\n',
        'event: done\ndata: {"answer":"Het antwoord [1].","grounded":true,"mode":"extractive","citations":[]}\n\n',
      ]),
      { onDelta: (t) => deltas.push(t), onCitations: (c) => (cites = c.length) },
    );
    expect(deltas.join('')).toBe('Het antwoord [1]');
    expect(cites).toBe(1);
    expect(answer.answer).toBe('Het antwoord [1].');
  });

  it('splits multi-byte characters across chunks correctly', async () => {
    const bytes = new TextEncoder().encode('event: done\ndata: {"answer":"coördinator","grounded":true,"mode":"extractive","citations":[]}\n\n');
    const at = bytes.indexOf(0xc3) + 1; // in the middle of "ö"
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, at));
        c.enqueue(bytes.slice(at));
        c.close();
      },
    });
    expect((await readAnswerStream(body, {})).answer).toBe('coördinator');
  });

  it('rejects with the Dutch message of an error event', async () => {
    await expect(readAnswerStream(streamOf(['event: error\ndata: {"error":{"code":"x","message":"Het ging mis."}}\n\n']), {})).rejects.toMatchObject({
      message: 'Het ging mis.',
    });
  });

  it('rejects when the stream ends without done', async () => {
    await expect(readAnswerStream(streamOf(['event: delta\ndata: {"text":"half"}\n\n']), {})).rejects.toBeInstanceOf(ApiError);
  });
});

describe('errorFromBody', () => {
  it('uses the API error message', () => {
    const e = errorFromBody(415, { error: { code: 'unsupported_type', message: 'Dit bestandstype wordt niet ondersteund.' } });
    expect(e.message).toBe('Dit bestandstype wordt niet ondersteund.');
    expect(e.code).toBe('unsupported_type');
  });
  it('falls back to a Dutch message', () => {
    expect(errorFromBody(413, null).message).toBe('Het bestand is te groot.');
  });
});
