import { describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';

function capture(level: Parameters<typeof createLogger>[0]) {
  const lines: string[] = [];
  const log = createLogger(level, { write: (l) => lines.push(l), now: () => new Date('2026-05-01T12:00:00Z') });
  return { log, events: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('drops events below its level; events without a level are info', () => {
    const { log, events } = capture('warn');
    log({ level: 'debug', event: 'a' });
    log({ level: 'info', event: 'b' });
    log({ event: 'c' });
    log({ level: 'warn', event: 'd' });
    log({ level: 'error', event: 'e' });
    expect(events().map((e) => e.event)).toEqual(['d', 'e']);
  });

  it('writes one JSON line per event with time and level first', () => {
    const { log, events } = capture('debug');
    log({ event: 'started', startupMs: 812 });
    expect(events()).toEqual([{ time: '2026-05-01T12:00:00.000Z', level: 'info', event: 'started', startupMs: 812 }]);
  });

  it('says nothing when silent', () => {
    const { log, events } = capture('silent');
    log({ level: 'error', event: 'x' });
    expect(events()).toEqual([]);
  });

  it('never writes a stack, a token, a key or a password', () => {
    const { log, events } = capture('info');
    log({
      level: 'error',
      event: 'failed',
      stack: 'Error: x\n    at f (/app/server/src/x.ts:1:1)',
      message: 'connect postgres://app:geheim@db:5432/x with sk-abcdefghijklmnopqrstuvwxyz and sw_abcdefghijklmnopqrstuvwxyz',
    });
    const [e] = events();
    expect(e).not.toHaveProperty('stack');
    expect(e!.message).toBe('connect postgres://app:[verborgen]@db:5432/x with sk-[verborgen] and sw_[verborgen]');
  });
});
