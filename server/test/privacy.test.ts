// Personal data in a school's plans: titles and file names are masked like the text, and deleting a plan leaves
// no trace of it anywhere in the database (no plan words in shared tables such as the lexicon).

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/server.ts';
import { samplePlan } from './support/contract.ts';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = await t.school('Privacyschool');
}, 180_000);
afterAll(() => t?.close());

const headers = () => ({ authorization: `Bearer ${token}` });

async function upload(form: FormData) {
  const res = await t.app.request('/api/plans', { method: 'POST', headers: headers(), body: form });
  expect(res.status).toBe(201);
  return (await res.json()) as { planId: string; title: string };
}

/** Every row of every table in the app's schema, as text, that contains `needle` (case-insensitive). */
async function traces(needle: string): Promise<string[]> {
  const tables = await t.db.rows<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const rows = await t.db.rows<{ row: string }>(
      sql.raw(`select t::text as row from "${name.replace(/"/g, '""')}" t where t::text ilike '%${needle.replace(/'/g, "''")}%' limit 3`),
    );
    for (const r of rows) found.push(`${name}: ${r.row.slice(0, 120)}`);
  }
  return found;
}

describe('plan titles and file names', () => {
  it('masks phone numbers, e-mail addresses and BSNs in a title, in every answer that repeats it', async () => {
    const title = 'Stageplan Jan, 06–34567890, jan@example.nl, BSN123456782';
    const res = await t.app.request('/api/plans', {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ title, text: samplePlan() }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { planId: string; title: string };
    for (const shown of [
      created.title,
      ((await (await t.app.request(`/api/plans/${created.planId}`, { headers: headers() })).json()) as { title: string }).title,
      ...((await (await t.app.request('/api/plans', { headers: headers() })).json()) as { plans: Array<{ title: string }> }).plans.map((p) => p.title),
    ]) {
      expect(shown).not.toMatch(/34567890|jan@example|123456782/);
    }
    expect(created.title).toBe('Stageplan Jan, [telefoonnummer], [e-mailadres], BSN[BSN]');
    const asked = await t.app.request('/api/ask', {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Hoe vaak komt de stagebegeleider langs volgens dit stageplan?', planId: created.planId }),
    });
    const answer = (await asked.json()) as { citations: Array<{ source: string; title?: string }> };
    const planCitations = answer.citations.filter((c) => c.source === 'plan');
    expect(planCitations.length).toBeGreaterThan(0);
    for (const c of planCitations) expect(c.title ?? '').not.toMatch(/34567890|jan@example|123456782/);
    expect(await traces('34567890')).toEqual([]);
  });

  it('masks a phone number in the name of an uploaded file', async () => {
    const form = new FormData();
    form.append('file', new Blob([samplePlan()], { type: 'text/markdown' }), 'stageplan_piet_0612345678.md');
    const created = await upload(form);
    expect(created.title).toBe('stageplan piet [telefoonnummer]');
    expect(await traces('0612345678')).toEqual([]);
  });
});

describe('deleting a plan', () => {
  it('removes every trace of it, including words it would have added to shared tables', async () => {
    const name = 'Wolkenkrabbelaarsma';
    const text = `${samplePlan()}\n\nDe praktijkbegeleider is ${name} van Bakkerij Zonnebloemveld.`;
    const res = await t.app.request('/api/plans', {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Plan van ${name}`, text }),
    });
    expect(res.status).toBe(201);
    const { planId } = (await res.json()) as { planId: string };
    expect((await traces(name)).length).toBeGreaterThan(0);
    expect((await t.app.request(`/api/plans/${planId}`, { method: 'DELETE', headers: headers() })).status).toBe(204);
    expect(await traces(name)).toEqual([]);
    expect(await traces('zonnebloemveld')).toEqual([]);
  });
});
