// The embedded server (`node server/src/node.ts`) in its own process, as a user starts it: for tests that measure
// it from outside, kill it, or watch it refuse to start.

import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../../src/paths.ts';

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM (a clean stop), and wait for the exit. */
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Starts the server with `env` (DATA_DIR, PORT, …) and waits for /healthz. */
export async function spawnServer(env: Record<string, string>, opts: { readyTimeoutMs?: number; umask?: string } = {}): Promise<SpawnedServer> {
  const started = startProcess(env, 'server/src/node.ts', [], opts.umask);
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 150_000);
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`server exited (${started.child.exitCode}):\n${started.output().slice(-3000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { ...started, url };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await started.kill();
  throw new Error(`server not ready:\n${started.output().slice(-3000)}`);
}

/** Runs the server (or another script) until it exits by itself: its exit code and output. */
export async function runToExit(
  env: Record<string, string>,
  script = 'server/src/node.ts',
  args: string[] = [],
  timeoutMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const started = startProcess(env, script, args);
  const timer = setTimeout(() => void started.kill(), timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    if (started.child.exitCode !== null) resolve(started.child.exitCode);
    else started.child.once('exit', (c) => resolve(c));
  });
  clearTimeout(timer);
  return { code, output: started.output() };
}

function startProcess(env: Record<string, string>, script = 'server/src/node.ts', args: string[] = [], umask?: string): Omit<SpawnedServer, 'url'> {
  const command = [process.execPath, '--import', 'tsx', script, ...args];
  // A umask is a shell's to set: `sh -c 'umask 000; exec node …'` (the arguments are passed, never interpolated).
  const [file, argv] = umask ? ['/bin/sh', ['-c', `umask ${umask} && exec "$@"`, 'sh', ...command]] : [command[0]!, command.slice(1)];
  const child = spawn(file, argv, {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', OPENAI_API_KEY: '', DATABASE_URL: '', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_TOKEN: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { child, output: () => out, kill: () => ended('SIGKILL'), stop: () => ended('SIGTERM') };
}

/** Kills every server still running (afterAll). */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
