// Writes that fail because the storage refuses them: a read-only database answers 503 with a Dutch message and a
// log line that names the cause; nothing is kept; writing works again once the database does.

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { samplePlan } from './support/contract.ts';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
let token: string;
const logs: Array<Record<string, unknown>> = [];
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await createTestApp();
  token = await t.school('Alleen-lezen school');
  app = createApp({ ...t.parts, log: (e) => logs.push(e) });
}, 180_000);
afterAll(() => t?.close());

const store = (title: string) =>
  app.request('/api/plans', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, text: samplePlan() }),
  });

describe('a read-only database', () => {
  it('answers a write with 503, Retry-After and a Dutch message, logs the cause, and recovers', async () => {
    await t.db.rows(sql`set default_transaction_read_only = on`);
    let res: Response;
    try {
      res = await store('Alleen lezen');
    } finally {
      await t.db.rows(sql`set default_transaction_read_only = off`);
    }
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const error = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('read_only');
    expect(error.message).toMatch(/alleen-lezen/);
    const line = logs.find((l) => l.event === 'disk_read_only');
    expect(line?.level).toBe('error');
    expect(String(line?.message)).toMatch(/read-only/);
    const plans = (await (await app.request('/api/plans', { headers: { authorization: `Bearer ${token}` } })).json()) as { plans: Array<{ title: string }> };
    expect(plans.plans.map((p) => p.title)).not.toContain('Alleen lezen');
    expect((await store('Weer schrijfbaar')).status).toBe(201);
  });
});
