// The embedded server (Node + PGlite) from outside, over real HTTP: it answers only Host values of its own
// (DNS rebinding), gives the local school's token only to the page itself, and never when it listens beyond
// this machine.

import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { startNodeServer, type StartedServer } from '../src/node.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-embedded-'));
let server: StartedServer;
let port: number;

beforeAll(async () => {
  server = await startNodeServer(readConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ALLOWED_HOSTS: 'stagewijzer.school.internal' }), {
    quiet: true,
  });
  port = Number(new URL(server.url).port);
}, 180_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A raw HTTP GET to 127.0.0.1 with any Host header (as a browser sends after DNS rebinding). */
function get(path: string, headers: Record<string, string>, to = port): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host check (DNS rebinding)', () => {
  it('answers its own loopback names on its own port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await get('/healthz', { host })).status, host).toBe(200);
    }
  });

  it('answers a name configured in ALLOWED_HOSTS', async () => {
    expect((await get('/healthz', { host: 'stagewijzer.school.internal' })).status).toBe(200);
    expect((await get('/healthz', { host: `stagewijzer.school.internal:${port}` })).status).toBe(200);
  });

  it('refuses any other Host with a Dutch 421, before anything is read', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `localhost:${port + 1}`, `127.0.0.1.evil.example:${port}`, `localhost.:${port}`]) {
      const res = await get('/api/session', { host, 'sec-fetch-site': 'same-origin' });
      expect(res.status, host).toBe(421);
      expect(res.body).not.toMatch(/sw_/);
      expect(JSON.parse(res.body).error.message).toMatch(/Open Stagewijzer via http:\/\/localhost:/);
    }
  });
});

describe('/api/session (the local school token for the page)', () => {
  const own = () => `localhost:${port}`;

  it('gives the token to the page itself', async () => {
    const res = await get('/api/session', { host: own(), 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).token).toMatch(/^sw_/);
  });

  it('never to another site, another origin or a page loaded under a rebinding name', async () => {
    const attempts: Array<Record<string, string>> = [
      { host: own(), 'sec-fetch-site': 'cross-site' },
      { host: own(), 'sec-fetch-site': 'same-site' },
      { host: own(), origin: 'https://evil.example' },
      { host: own(), origin: `http://localhost:${port + 1}` },
      { host: `rebind.evil.example:${port}`, 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of attempts) {
      const res = await get('/api/session', headers);
      expect([403, 421], JSON.stringify(headers)).toContain(res.status);
      expect(res.body).not.toMatch(/sw_/);
    }
  });
});

describe('listening beyond loopback', () => {
  it('serves no /api/session and says so at start', async () => {
    await server.close();
    const events: Array<Record<string, unknown>> = [];
    const wide = await startNodeServer(readConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '0.0.0.0' }), { log: (e) => events.push(e) });
    try {
      const widePort = Number(new URL(wide.url).port);
      const res = await get('/api/session', { host: `localhost:${widePort}`, 'sec-fetch-site': 'same-origin' }, widePort);
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/sw_/);
      const warning = events.find((e) => e.event === 'listening_beyond_loopback');
      expect(warning?.level).toBe('warn');
      expect(String(warning?.message)).toMatch(/schooltoken/);
      expect((await get('/healthz', { host: `localhost:${widePort}` }, widePort)).status).toBe(200);
    } finally {
      await wide.close();
    }
    server = await startNodeServer(readConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }), { quiet: true });
    port = Number(new URL(server.url).port);
  }, 120_000);
});
