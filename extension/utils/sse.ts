// A minimal server-sent-events parser for fetch() response bodies.

export interface SseEvent {
  event: string;
  data: string;
}

/** Feeds text chunks; calls `onEvent` for every complete event. */
export function createSseParser(onEvent: (e: SseEvent) => void): { push(chunk: string): void; end(): void } {
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  const dispatch = (): void => {
    if (data.length > 0) onEvent({ event, data: data.join('\n') });
    event = 'message';
    data = [];
  };
  const line = (l: string): void => {
    if (l === '') return dispatch();
    if (l.startsWith(':')) return;
    const i = l.indexOf(':');
    const field = i === -1 ? l : l.slice(0, i);
    let value = i === -1 ? '' : l.slice(i + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  return {
    push(chunk) {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.search(/\r\n|\r|\n/)) !== -1) {
        const l = buffer.slice(0, nl);
        buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1));
        line(l);
      }
    },
    end() {
      if (buffer) line(buffer);
      buffer = '';
      dispatch();
    },
  };
}
