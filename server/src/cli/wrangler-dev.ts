// Starts `wrangler dev` (local, offline) for the Worker entry against a given Postgres URL.
// Used by `npm run dev:worker`, the Worker contract test and the load test. Node only.
//
// Two small relays make the local Worker behave as it does on Cloudflare:
// - in front of it, an HTTP relay sets cf-connecting-ip to the client's real address (Cloudflare's edge does;
//   wrangler dev passes on whatever the client sends, so a client could pick its own rate-limit bucket);
// - between wrangler's Hyperdrive emulation and the database, a TCP relay closes a connection the database
//   refuses (wrangler 4 exits on an unhandled ECONNREFUSED; on Cloudflare the Worker just gets a failed query).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server as HttpServer } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
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

function listen(server: Server | HttpServer, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server | HttpServer, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((ok) => server.close(() => ok()));
}

/** The frontend's Terminate message. */
const TERMINATE = Buffer.from([0x58, 0, 0, 0, 4]);

/** A Postgres ErrorResponse (severity FATAL) with an SQLSTATE and message. */
function postgresError(code: string, message: string): Buffer {
  const fields = ['SFATAL', 'VFATAL', `C${code}`, `M${message}`].map((f) => Buffer.from(`${f}\0`));
  const body = Buffer.concat([...fields, Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head[0] = 0x45; // E
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/**
 * Relays TCP to the database. When the database refuses the connection (or drops it), the client is answered in
 * the Postgres protocol, as a database that is shutting down answers (57P03 / 57P01), and the client closes the
 * connection itself: wrangler's Hyperdrive emulation crashes on a connection that is refused or ended under it.
 */
async function startDatabaseRelay(connectionString: string): Promise<{ connectionString: string; stop(): Promise<void> }> {
  const target = new URL(connectionString);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    let pending: Buffer[] = [];
    let connected = false;
    let refused = false;
    const upstream = connect({ host: target.hostname, port: Number(target.port || 5432) });
    sockets.add(upstream);
    // One FATAL error per connection, as a database sends before it closes: answering later messages (the client's
    // Terminate) would reach wrangler after workerd closed its side, and wrangler dies writing there (EPIPE).
    let answered = false;
    const refuse = (chunk: Buffer) => {
      // SSLRequest: "no"; then the startup message: the error. Anything else is ignored until the client hangs up.
      if (chunk.length >= 8 && chunk.readInt32BE(0) === 8 && chunk.readInt32BE(4) === 80877103) client.write('N');
      else if (!answered) {
        answered = true;
        client.write(postgresError('57P03', 'the database system is not accepting connections'));
      }
    };
    let terminated = false; // the client said goodbye (Terminate): the database closing is expected
    client.on('data', (chunk: Buffer) => {
      if (chunk.length >= 5 && chunk.subarray(-5).equals(TERMINATE)) terminated = true;
      if (refused) return refuse(chunk);
      if (connected) upstream.write(chunk);
      else pending.push(chunk);
    });
    upstream.on('connect', () => {
      connected = true;
      for (const chunk of pending) upstream.write(chunk);
      pending = [];
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const wentAway = () => {
      if (refused || terminated || client.destroyed || client.writableEnded) return;
      refused = true;
      if (connected) {
        answered = true;
        client.write(postgresError('57P01', 'terminating connection: the database went away'));
      } else for (const chunk of pending.splice(0)) refuse(chunk);
    };
    upstream.on('error', wentAway);
    upstream.on('close', wentAway);
    client.on('error', () => upstream.destroy());
    client.on('close', () => {
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    });
  });
  const port = await listen(server);
  const relayed = new URL(connectionString);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(port);
  return { connectionString: relayed.href, stop: () => closeServer(server, sockets) };
}

/** Relays HTTP to wrangler dev, with cf-connecting-ip set to the client's address, as Cloudflare's edge does. */
async function startEdgeRelay(port: number, target: number): Promise<{ stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, 'cf-connecting-ip': req.socket.remoteAddress ?? '127.0.0.1' };
    delete headers['x-forwarded-for'];
    const upstream = httpRequest({ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'wrangler dev is niet bereikbaar.' } }));
    });
    req.pipe(upstream);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await listen(server, port);
  return { stop: () => closeServer(server, sockets) };
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
  const inner = await freePort();
  const inspector = await freePort();
  const database = await startDatabaseRelay(opts.connectionString);
  const edge = await startEdgeRelay(port, inner);
  const persist = mkdtempSync(join(tmpdir(), 'stagewijzer-wrangler-'));
  mkdirSync(persist, { recursive: true });
  const placeholder = opts.assetsDir || existsSync(join(WEB_DIST, 'index.html')) ? null : placeholderAssets();
  const assets = opts.assetsDir ?? placeholder ?? WEB_DIST;
  const args = [
    'dev',
    '--port',
    String(inner),
    '--ip',
    '127.0.0.1',
    '--inspector-port',
    String(inspector),
    '--persist-to',
    persist,
    '--assets',
    assets,
    '--show-interactive-dev-session=false',
    '--log-level',
    opts.inherit ? 'info' : 'warn',
    ...Object.entries(opts.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ];
  const child = spawn(WRANGLER_BIN, args, {
    cwd: REPO_ROOT,
    env: offlineEnv(database.connectionString),
    stdio: opts.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32', // own process group: stop() ends workerd too
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  const stop = async () => {
    await edge.stop();
    await database.stop();
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
