// The HTTP API contract (docs/api.md) as vitest cases against a running server: used for the
// Worker under `wrangler dev` and for Node on the `postgres` driver. `ctx()` is read when a
// case runs, so the server can be started in beforeAll.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CORPUS_DIR } from '../../src/paths.ts';

export interface ContractContext {
  url: string;
  tokenA: string;
  tokenB: string;
}

interface Citation {
  id: string;
  source: 'report' | 'law' | 'plan';
  section?: string;
  law?: string;
  article?: string;
  planId?: string;
  quote: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const LAW_IDS: Record<string, string> = { 'WVO 2020': 'wvo-2020', 'UB WVO 2020': 'ub-wvo-2020' };

export const samplePlan = () => readFileSync(join(CORPUS_DIR, 'samples/stageplan-pro-compleet.md'), 'utf8');

async function json(res: Response): Promise<any> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Not JSON (${res.status} ${res.headers.get('content-type')}): ${text.slice(0, 300)}`);
  }
}

function expectDutchError(body: any, code?: string): void {
  expect(body.error, JSON.stringify(body)).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/); // no stack
}

/** Every citation's quote is a verbatim (whitespace-normalised) substring of its source text. */
export async function expectVerbatimCitations(url: string, citations: Citation[], token?: string): Promise<void> {
  for (const c of citations) {
    let path: string;
    if (c.source === 'report') path = `/api/sources/report/${encodeURIComponent(c.section!)}`;
    else if (c.source === 'law') path = `/api/sources/law/${LAW_IDS[c.law!]}/${encodeURIComponent(c.article!)}`;
    else path = `/api/plans/${encodeURIComponent(c.planId!)}`;
    const res = await fetch(url + path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    expect(res.status, path).toBe(200);
    const source = await json(res);
    const quote = norm(c.quote).replace(/^…\s*|\s*…$/g, '');
    for (const piece of quote.split(/\s*…\s*/)) expect(norm(source.text)).toContain(piece);
  }
}

export function apiContract(ctx: () => ContractContext): void {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(ctx().url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('reports health with the indexed corpus', async () => {
    const res = await fetch(`${ctx().url}/healthz`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.status).toBe('ok');
    expect(body.corpus.reportChunks).toBeGreaterThan(50);
    expect(body.corpus.lawArticles).toBeGreaterThan(3);
    expect(typeof body.embedder).toBe('string');
  });

  it('answers a question with citations that quote the sources verbatim', async () => {
    const res = await post('/api/ask', { question: 'Wat moet er volgens de wet in een stageplan staan?' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await json(res);
    expect(body.grounded).toBe(true);
    expect(body.citations.length).toBeGreaterThan(0);
    await expectVerbatimCitations(ctx().url, body.citations);
  });

  it('streams an answer as server-sent events: citations, delta, done', async () => {
    const res = await fetch(`${ctx().url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'Hoe vaak bezoekt de school de stageplek?' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await res.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({ event: m[1]!, data: JSON.parse(m[2]!) }));
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('citations');
    expect(names).toContain('delta');
    expect(names.at(-1)).toBe('done');
    const done = events.at(-1)!.data;
    expect(typeof done.answer).toBe('string');
    await expectVerbatimCitations(ctx().url, done.citations);
  });

  it('checks a document sent as JSON text and returns the text it points into', async () => {
    const res = await post('/api/check', { text: samplePlan() });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.kind).toBe('stageplan');
    expect(body.requirements.length).toBeGreaterThan(0);
    for (const r of body.requirements) for (const e of r.evidence) expect(body.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('keeps plans per school: create, list, get, other school 404, delete', async () => {
    const { tokenA, tokenB } = ctx();
    const created = await post('/api/plans', { title: 'Stageplan contracttest', text: samplePlan() }, auth(tokenA));
    expect(created.status).toBe(201);
    const plan = await json(created);
    expect(plan.planId).toMatch(/^plan_/);
    expect(plan.chunks).toBeGreaterThan(0);

    const list = await json(await fetch(`${ctx().url}/api/plans`, { headers: auth(tokenA) }));
    expect(list.plans.map((p: { planId: string }) => p.planId)).toContain(plan.planId);
    const listB = await json(await fetch(`${ctx().url}/api/plans`, { headers: auth(tokenB) }));
    expect(listB.plans.map((p: { planId: string }) => p.planId)).not.toContain(plan.planId);

    const got = await fetch(`${ctx().url}/api/plans/${plan.planId}`, { headers: auth(tokenA) });
    expect(got.status).toBe(200);
    expect((await json(got)).title).toBe('Stageplan contracttest');

    const other = await fetch(`${ctx().url}/api/plans/${plan.planId}`, { headers: auth(tokenB) });
    expect(other.status).toBe(404);
    expectDutchError(await json(other), 'not_found');

    const asked = await post('/api/ask', { question: 'Wat staat er in dit stageplan over de begeleiding?', planId: plan.planId }, auth(tokenA));
    expect(asked.status).toBe(200);
    const answer = await json(asked);
    expect(answer.citations.some((c: Citation) => c.source === 'plan' && c.planId === plan.planId)).toBe(true);
    await expectVerbatimCitations(ctx().url, answer.citations, tokenA);

    const askedB = await post('/api/ask', { question: 'Hoe is de begeleiding geregeld?', planId: plan.planId }, auth(tokenB));
    expect(askedB.status).toBe(404);

    const del = await fetch(`${ctx().url}/api/plans/${plan.planId}`, { method: 'DELETE', headers: auth(tokenA) });
    expect(del.status).toBe(204);
    const gone = await fetch(`${ctx().url}/api/plans/${plan.planId}`, { headers: auth(tokenA) });
    expect(gone.status).toBe(404);
  });

  it('judges a claim against the report', async () => {
    const res = await post('/api/claims', { claim: 'Alle scholen hebben een stagebeleid.' });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(['supported', 'contradicted', 'not_in_sources']).toContain(body.verdict);
    expect(typeof body.explanation).toBe('string');
    await expectVerbatimCitations(ctx().url, body.evidence);
  });

  it('answers errors in Dutch with fitting statuses', async () => {
    const empty = await post('/api/ask', { question: '   ' });
    expect(empty.status).toBe(400);
    expectDutchError(await json(empty));

    const noToken = await fetch(`${ctx().url}/api/plans`);
    expect(noToken.status).toBe(401);
    expectDutchError(await json(noToken), 'unauthorized');

    const unknown = await fetch(`${ctx().url}/api/bestaat-niet`);
    expect(unknown.status).toBe(404);
    expectDutchError(await json(unknown), 'not_found');

    const tooBigJson = await post('/api/ask', { question: 'x'.repeat(100 * 1024) });
    expect(tooBigJson.status).toBe(413);
    expectDutchError(await json(tooBigJson), 'too_large');

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(10.5 * 1024 * 1024).fill(65)], { type: 'text/plain' }), 'groot.txt');
    const tooBigFile = await fetch(`${ctx().url}/api/check`, { method: 'POST', body: form });
    expect(tooBigFile.status).toBe(413);
    expectDutchError(await json(tooBigFile));

    const plain = await fetch(`${ctx().url}/api/check`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hallo' });
    expect(plain.status).toBe(415);
    expectDutchError(await json(plain));

    const exe = new FormData();
    exe.append('file', new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])], { type: 'application/octet-stream' }), 'programma.exe');
    const unsupported = await fetch(`${ctx().url}/api/check`, { method: 'POST', body: exe });
    expect(unsupported.status).toBe(415);
    expectDutchError(await json(unsupported));
  });
}
