// The one logger, on Node, on the Worker and in the command-line tools: structured events as JSON lines,
// below the configured level dropped, secrets redacted, no stacks.

import type { LogLevel } from './config.ts';
import { redactSecrets } from './http/security.ts';

export type LogEvent = Record<string, unknown> & { level?: string; event?: string };
export type Log = (event: LogEvent) => void;

const RANK: Record<Exclude<LogLevel, 'silent'>, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The rank of an event's level; unknown or missing levels count as info. */
function rank(level: unknown): number {
  return RANK[level as keyof typeof RANK] ?? RANK.info;
}

export interface LoggerOptions {
  /** Where a line goes; default console.log (stdout on Node, the Worker's log stream). */
  write?: (line: string) => void;
  now?: () => Date;
}

export function createLogger(level: LogLevel, opts: LoggerOptions = {}): Log {
  if (level === 'silent') return () => {};
  const min = RANK[level];
  const write = opts.write ?? ((line: string) => console.log(line));
  const now = opts.now ?? (() => new Date());
  return (event) => {
    if (rank(event.level) < min) return;
    const line: Record<string, unknown> = { time: now().toISOString(), level: event.level ?? 'info' };
    for (const [k, v] of Object.entries(event)) {
      if (k === 'stack' || k === 'time' || k === 'level') continue;
      line[k] = typeof v === 'string' ? redactSecrets(v) : v;
    }
    write(JSON.stringify(line));
  };
}
