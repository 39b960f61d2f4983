// Incremental parser for server-sent event frames ("event: x\ndata: y\n\n"), fed with decoded text.

export interface SseEvent {
  event: string;
  data: string;
}

export interface SseParser {
  /** Feeds a piece of the stream; returns the events completed by it. */
  push(chunk: string): SseEvent[];
  /** Ends the stream; returns a last event that was not followed by a blank line. */
  flush(): SseEvent[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let hasData = false;

  const dispatch = (out: SseEvent[]): void => {
    if (hasData) out.push({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
    hasData = false;
  };

  const line = (text: string, out: SseEvent[]): void => {
    if (text === '') return dispatch(out);
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
    // "id" and "retry" are not needed by the page.
  };

  return {
    push(chunk) {
      buffer += chunk;
      const out: SseEvent[] = [];
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        if (!match) break;
        // A lone "\r" at the end may be the first half of "\r\n": wait for more.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        line(buffer.slice(0, match.index), out);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return out;
    },
    flush() {
      const out: SseEvent[] = [];
      if (buffer !== '') line(buffer, out);
      buffer = '';
      dispatch(out);
      return out;
    },
  };
}
