// A local Postgres for `wrangler dev`, tests and the load test: PGlite (pgvector, pg_trgm) spoken to
// over the Postgres wire protocol on localhost. Node only; never imported by the Worker.
//
// Why not `PGLiteSocketServer` from @electric-sql/pglite-socket (0.2.17)? It queues each protocol
// message separately, so with two clients the extended-protocol messages interleave (Parse of one
// client, then Bind of another: "bind message supplies 2 parameters, but prepared statement "" requires
// 0") — and postgres.js always uses the extended protocol. PGlite is one session, so this server runs
// one client's messages at a time up to a Sync (or simple Query), and keeps that client exclusive
// while it is inside a transaction block. Other clients wait their turn.
//
// PGlite itself trusts every connection; this server asks each client for a password first (a random one
// unless given), so another local user or a web page cannot use the database through the port.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

export interface PgliteServerOptions {
  db: PGlite;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** The password clients must send (user `postgres`); default: a random one, in `url`. */
  password?: string;
}

export interface PgliteServer {
  readonly port: number;
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres` */
  readonly url: string;
  stop(): Promise<void>;
}

/** A password for a local database server: 24 random bytes, URL-safe. */
export function newDatabasePassword(): string {
  return randomBytes(24).toString('base64url');
}

/** AuthenticationCleartextPassword (the client answers with a PasswordMessage). */
const ASK_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

/** ErrorResponse 28P01, as Postgres sends it for a wrong password. */
function authFailed(): Buffer {
  const fields = ['SFATAL', 'VFATAL', 'C28P01', 'Mpassword authentication failed for user "postgres"'];
  const body = Buffer.concat([...fields.map((f) => Buffer.from(`${f}\0`)), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head[0] = 0x45; // E
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** Opens PGlite with the extensions the app's migration needs. */
export async function openPgliteForServer(dataDir?: string): Promise<PGlite> {
  const [{ PGlite }, { vector }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  return PGlite.create({ dataDir, extensions: { vector, pg_trgm } });
}

/** A FIFO lock with an owner: one client talks to PGlite at a time. */
class Turn {
  private owner: object | null = null;
  private waiting: Array<{ who: object; go: () => void }> = [];

  async take(who: object): Promise<void> {
    if (this.owner === who) return;
    if (this.owner === null) {
      this.owner = who;
      return;
    }
    await new Promise<void>((go) => this.waiting.push({ who, go }));
  }

  release(who: object): void {
    if (this.owner !== who) return;
    const next = this.waiting.shift();
    this.owner = next?.who ?? null;
    next?.go();
  }

  holds(who: object): boolean {
    return this.owner === who;
  }

  forget(who: object): void {
    this.waiting = this.waiting.filter((w) => w.who !== who);
    this.release(who);
  }
}

export async function startPgliteServer(opts: PgliteServerOptions): Promise<PgliteServer> {
  const { db } = opts;
  const host = opts.host ?? '127.0.0.1';
  const password = opts.password ?? newDatabasePassword();
  const expected = Buffer.from(password);
  const passwordMatches = (sent: Buffer) => sent.length === expected.length && timingSafeEqual(sent, expected);
  const turn = new Turn();
  const sockets = new Set<Socket>();

  const run = (bytes: Uint8Array, socket: Socket | null) =>
    db.runExclusive(() =>
      db.execProtocolRawStream(bytes, {
        onRawData: (data) => {
          if (socket && !socket.destroyed) socket.write(Buffer.from(data));
        },
      }),
    );

  const serveClient = (socket: Socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const me = {};
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    /** The client's startup message, held back until its password is checked. */
    let startup: Buffer | null = null;
    let busy = Promise.resolve();

    const cleanup = async () => {
      sockets.delete(socket);
      if (turn.holds(me)) {
        // An extended-protocol batch cut off before its Sync: a Sync resets the session's state.
        await run(new Uint8Array([0x53, 0, 0, 0, 4]), null).catch(() => {});
        // A client gone inside a transaction block: roll it back (`exec` takes PGlite's own lock).
        if (db.isInTransaction()) await db.exec('rollback').catch(() => {});
      }
      turn.forget(me);
    };

    /** Splits off complete messages; returns the batch to run and whether it ends a round trip. */
    const take = (): { batch: Buffer; ends: boolean; terminate: boolean } | null => {
      let offset = 0;
      let ends = false;
      let terminate = false;
      while (buffer.length - offset >= 5) {
        const type = buffer[offset]!;
        const length = buffer.readInt32BE(offset + 1);
        if (buffer.length - offset < 1 + length) break;
        offset += 1 + length;
        if (type === 0x58 /* X */) {
          terminate = true;
          break;
        }
        if (type === 0x53 /* Sync */ || type === 0x51 /* Query */) {
          ends = true;
          break;
        }
      }
      if (offset === 0 && !terminate) return null;
      const batch = buffer.subarray(0, terminate ? offset - 5 : offset);
      buffer = buffer.subarray(offset);
      return { batch: Buffer.from(batch), ends, terminate };
    };

    const pump = async () => {
      if (!started && !startup) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          buffer = buffer.subarray(8);
          socket.write('N');
          return pump();
        }
        if (code === CANCEL_REQUEST) {
          socket.end();
          return;
        }
        if (length < 8 || length > 10_000) {
          socket.destroy();
          return;
        }
        if (buffer.length < length) return;
        startup = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        socket.write(ASK_PASSWORD);
      }
      if (!started && startup) {
        // PasswordMessage: 'p', length, the password and a NUL.
        if (buffer.length < 5) return;
        const size = buffer.readInt32BE(1);
        if (buffer[0] !== 0x70 || size < 5 || size > 1024) {
          socket.end(authFailed());
          return;
        }
        if (buffer.length < 1 + size) return;
        const sent = buffer.subarray(5, 1 + size - 1);
        buffer = buffer.subarray(1 + size);
        if (!passwordMatches(sent)) {
          socket.end(authFailed());
          return;
        }
        await turn.take(me);
        try {
          await run(startup, socket);
        } finally {
          if (!db.isInTransaction()) turn.release(me);
        }
        started = true;
      }
      for (let next = take(); next; next = take()) {
        if (next.batch.length) {
          await turn.take(me);
          await run(next.batch, socket);
          // Keep the turn inside a transaction block or mid extended-protocol (no Sync yet).
          if (next.ends && !db.isInTransaction()) turn.release(me);
        }
        if (next.terminate) {
          socket.end();
          return;
        }
      }
    };

    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      busy = busy.then(pump).catch(() => {
        socket.destroy();
      });
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      busy = busy.then(cleanup, cleanup);
    });
  };

  const server: Server = createServer(serveClient);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  return {
    port,
    url: `postgres://postgres:${encodeURIComponent(password)}@${host}:${port}/postgres`,
    stop: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
