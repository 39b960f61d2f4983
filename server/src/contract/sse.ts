// Server-sent events: the one parser (fed decoded text, any chunking, "\n", "\r\n" or "\r" line ends,
// also when a "\r\n" is split across chunks) and the mapping between frames and answer events.
import type { Citation, ErrorBody } from './common.ts';
import type { AskAnswer, AskStreamEvent } from './ask.ts';

export interface SseFrame {
  event: string;
  data: string;
}

export interface SseParser {
  /** Feeds a piece of the stream; returns the frames completed by it. */
  push(chunk: string): SseFrame[];
  /** Ends the stream; returns a last frame that was not followed by a blank line. */
  flush(): SseFrame[];
}

/** Longest line kept while waiting for its end; a longer one is a broken stream, not an answer. */
const MAX_LINE = 4 * 1024 * 1024;

export function createSseParser(): SseParser {
  /** The unfinished line, in pieces (joined once its end arrives: each character is scanned once). */
  let pending: string[] = [];
  let pendingLength = 0;
  let event = '';
  let data: string[] = [];
  let hasData = false;
  /** The previous chunk ended in "\r": a "\n" at the start of the next one belongs to it. */
  let afterCr = false;

  const dispatch = (out: SseFrame[]): void => {
    if (hasData) out.push({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
    hasData = false;
  };

  const line = (text: string, out: SseFrame[]): void => {
    if (text === '') {
      dispatch(out);
      return;
    }
    if (text.startsWith(':')) return; // comment / keep-alive
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') {
      data.push(value);
      hasData = true;
    }
    // "id" and "retry" are not used.
  };

  const takeLine = (piece: string, out: SseFrame[]): void => {
    line(pending.length ? pending.join('') + piece : piece, out);
    pending = [];
    pendingLength = 0;
  };

  return {
    push(chunk) {
      const out: SseFrame[] = [];
      const text = afterCr && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
      afterCr = false;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch !== 10 && ch !== 13) continue;
        takeLine(text.slice(start, i), out);
        if (ch === 13) {
          if (i + 1 === text.length) afterCr = true;
          else if (text.charCodeAt(i + 1) === 10) i++;
        }
        start = i + 1;
      }
      if (start < text.length) {
        pending.push(text.slice(start));
        pendingLength += text.length - start;
        if (pendingLength > MAX_LINE) throw new Error('SSE line too long');
      }
      return out;
    },
    flush() {
      const out: SseFrame[] = [];
      if (pendingLength > 0) takeLine('', out);
      pending = [];
      pendingLength = 0;
      afterCr = false;
      dispatch(out);
      return out;
    },
  };
}

/** The frame the server writes for an answer event. */
export function askEventFrame(e: AskStreamEvent): SseFrame {
  if (e.type === 'citations') return { event: 'citations', data: JSON.stringify(e.citations) };
  if (e.type === 'delta') return { event: 'delta', data: JSON.stringify({ text: e.text }) };
  if (e.type === 'done') return { event: 'done', data: JSON.stringify(e.answer) };
  return { event: 'error', data: JSON.stringify({ error: e.error }) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The answer event of a frame; null for frames that are not answer events. Throws SyntaxError on bad JSON. */
export function askEventOf(frame: SseFrame): AskStreamEvent | null {
  if (!['citations', 'delta', 'done', 'error'].includes(frame.event)) return null;
  const value: unknown = frame.data ? JSON.parse(frame.data) : null;
  if (frame.event === 'citations') return { type: 'citations', citations: Array.isArray(value) ? (value as Citation[]) : [] };
  if (frame.event === 'delta')
    return { type: 'delta', text: typeof value === 'string' ? value : isObject(value) && typeof value.text === 'string' ? value.text : '' };
  if (frame.event === 'done') {
    if (!isObject(value) || typeof value.answer !== 'string') throw new SyntaxError('done without an answer');
    return { type: 'done', answer: value as unknown as AskAnswer };
  }
  const err = isObject(value) && isObject(value.error) ? value.error : value;
  const code = isObject(err) && typeof err.code === 'string' ? err.code : 'stream_error';
  const message = isObject(err) && typeof err.message === 'string' ? err.message : 'Het antwoord kwam niet helemaal binnen. Probeer het opnieuw.';
  return { type: 'error', error: { code, message } satisfies ErrorBody['error'] };
}

/** Answer events from a stream of decoded text chunks (for example `body.pipeThrough(new TextDecoderStream())`). */
export async function* askEvents(chunks: AsyncIterable<string>): AsyncGenerator<AskStreamEvent> {
  const parser = createSseParser();
  for await (const chunk of chunks) {
    for (const frame of parser.push(chunk)) {
      const e = askEventOf(frame);
      if (e) yield e;
    }
  }
  for (const frame of parser.flush()) {
    const e = askEventOf(frame);
    if (e) yield e;
  }
}

/** The decoded text of a response body, chunk by chunk (a character split across chunks stays whole). */
export async function* textChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}
