// Starts `wrangler dev` (local, offline) for the Worker entry against a given Postgres URL.
// Used by `npm run dev:worker`, the Worker contract test and the load test. Node only.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, WEB_DIST } from '../paths.ts';

export const WRANGLER_BIN = join(REPO_ROOT, 'node_modules/.bin/wrangler');

/** A free TCP port on 127.0.0.1 (closed again before returning). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Environment for a wrangler that never logs in, prompts or sends metrics. */
export function offlineEnv(connectionString: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: connectionString,
    WRANGLER_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: connectionString,
    WRANGLER_SEND_METRICS: 'false',
    CI: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

export interface WranglerDev {
  url: string;
  child: ChildProcess;
  /** Everything wrangler printed (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface WranglerDevOptions {
  connectionString: string;
  port?: number;
  /** Extra vars (`--var KEY:VALUE`), e.g. raised rate limits. */
  vars?: Record<string, string>;
  /** Assets directory; default server/web/dist, or a placeholder page when that is not built. */
  assetsDir?: string;
  /** Print wrangler's output as it comes. */
  inherit?: boolean;
  readyTimeoutMs?: number;
}

function placeholderAssets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagewijzer-assets-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Stagewijzer</title><p>De chatpagina is niet gebouwd: npm run build -w server</p>\n');
  return dir;
}

/** Starts `wrangler dev` on 127.0.0.1 and waits until /healthz answers. */
export async function startWranglerDev(opts: WranglerDevOptions): Promise<WranglerDev> {
  const port = opts.port ?? (await freePort());
  const inspector = await freePort();
  const persist = mkdtempSync(join(tmpdir(), 'stagewijzer-wrangler-'));
  mkdirSync(persist, { recursive: true });
  const placeholder = opts.assetsDir || existsSync(join(WEB_DIST, 'index.html')) ? null : placeholderAssets();
  const assets = opts.assetsDir ?? placeholder ?? WEB_DIST;
  const args = [
    'dev',
    '--port', String(port),
    '--ip', '127.0.0.1',
    '--inspector-port', String(inspector),
    '--persist-to', persist,
    '--assets', assets,
    '--show-interactive-dev-session=false',
    '--log-level', opts.inherit ? 'info' : 'warn',
    ...Object.entries(opts.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ];
  const child = spawn(WRANGLER_BIN, args, {
    cwd: REPO_ROOT,
    env: offlineEnv(opts.connectionString),
    stdio: opts.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32', // own process group: stop() ends workerd too
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(persist, { recursive: true, force: true });
      return;
    }
    try {
      if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    rmSync(persist, { recursive: true, force: true });
    if (placeholder) rmSync(placeholder, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 90_000);
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`wrangler dev stopped before it was ready:\n${out.slice(-4000)}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return { url, child, output: () => out, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev was not ready within ${opts.readyTimeoutMs ?? 90_000} ms:\n${out.slice(-4000)}`);
}
