// The HTTP API contract (docs/api.md, src/contract) as vitest cases against a running server: used for
// the Worker under `wrangler dev` and for Node on the `postgres` driver. Every response a test receives
// is validated against the schemas its route declares (`checkedFetch`, `expectContract`). `ctx()` is
// read when a case runs, so the server can be started in beforeAll.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteConfig } from '@hono/zod-openapi';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { askEventOf, AskAnswer, Citation, createSseParser, ErrorBody, isVerbatimQuote, lawIdOf, type AskStreamEvent } from '../../src/contract/index.ts';
import { CORPUS_DIR } from '../../src/paths.ts';
import { askRoute } from '../../src/routes/ask.ts';
import { checkRoute } from '../../src/routes/check.ts';
import { claimRoute } from '../../src/routes/claims.ts';
import { healthRoute } from '../../src/routes/health.ts';
import { createPlanRoute, deletePlanRoute, getPlanRoute, listPlansRoute } from '../../src/routes/plans.ts';
import { sessionRoute } from '../../src/routes/session.ts';
import { lawArticleRoute, reportIndexRoute, reportSectionRoute, reportTablesRoute } from '../../src/routes/sources.ts';

export interface ContractContext {
  url: string;
  tokenA: string;
  tokenB: string;
}

export const samplePlan = () => readFileSync(join(CORPUS_DIR, 'samples/stageplan-pro-compleet.md'), 'utf8');

const ROUTES: RouteConfig[] = [
  healthRoute,
  sessionRoute,
  askRoute,
  checkRoute,
  claimRoute,
  createPlanRoute,
  listPlansRoute,
  getPlanRoute,
  deletePlanRoute,
  reportSectionRoute,
  reportIndexRoute,
  reportTablesRoute,
  lawArticleRoute,
];
const templates = ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
/** Statuses middleware may give any route (size and rate limits, media types, the database). */
const ANY_ROUTE = new Set([413, 415, 429, 503]);

const StreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('citations'), citations: z.array(Citation) }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('done'), answer: AskAnswer }),
  z.object({ type: z.literal('error'), error: ErrorBody.shape.error }),
]);

function expectSchema(schema: z.ZodType, value: unknown, where: string): void {
  const r = schema.safeParse(value);
  expect(r.success, `${where} does not match the contract: ${r.success ? '' : z.prettifyError(r.error)}`).toBe(true);
}

/** The answer events of a server-sent event body. */
export function parseAskStream(text: string): AskStreamEvent[] {
  const parser = createSseParser();
  const frames = [...parser.push(text), ...parser.flush()];
  return frames.map((f) => askEventOf(f)).filter((e): e is AskStreamEvent => e !== null);
}

/**
 * Validates a response against the schema its route declares for its status and content type; returns
 * the body (JSON, the answer events of a stream, or null). An error must be the Dutch error body.
 */
export async function expectContract(method: string, url: string, res: Response): Promise<any> {
  const path = new URL(url, 'http://x').pathname;
  const where = `${method.toUpperCase()} ${path} → ${res.status}`;
  const type = res.headers.get('content-type') ?? '';
  const text = await res.clone().text();
  if (res.status === 204) {
    expect(text, where).toBe('');
    return null;
  }
  if (type.includes('text/event-stream')) {
    const events = parseAskStream(text);
    for (const e of events) expectSchema(StreamEvent, e, `${where} event ${e.type}`);
    return events;
  }
  expect(type, where).toMatch(/application\/json/);
  const body: unknown = JSON.parse(text);
  if (res.status >= 400) {
    expectSchema(ErrorBody, body, where);
    const err = (body as ErrorBody).error;
    expect(err.message.length, where).toBeGreaterThan(10);
    expect(JSON.stringify(body), where).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/); // no stack
  }
  const route = templates.find((t) => t.route.method === method.toLowerCase() && t.pattern.test(path))?.route;
  if (!route) {
    // Not an API route: only "does not exist" is a valid answer.
    if (path !== '/openapi.json') expect(res.status, where).toBe(404);
    return body;
  }
  const declared = (route.responses as Record<string, { content?: Record<string, { schema: z.ZodType }> }>)[String(res.status)];
  if (!declared) {
    expect(ANY_ROUTE.has(res.status), `${where} is not a declared status of the route`).toBe(true);
    return body;
  }
  const schema = declared.content?.['application/json']?.schema;
  expect(schema, `${where}: no JSON schema declared`).toBeTruthy();
  expectSchema(schema!, body, where);
  return body;
}

/** fetch() whose response is validated against the contract (the body is still readable). */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, init);
  await expectContract(init.method ?? 'GET', url, res);
  return res;
}

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

/** Every citation's quote is verbatim (after whitespace normalisation) from the source text it names. */
export async function expectVerbatimCitations(url: string, citations: Citation[], token?: string): Promise<void> {
  for (const c of citations) {
    let path: string;
    if (c.source === 'report') path = `/api/sources/report/${encodeURIComponent(c.section!)}`;
    else if (c.source === 'law') path = `/api/sources/law/${lawIdOf(c.law)}/${encodeURIComponent(c.article!)}`;
    else path = `/api/plans/${encodeURIComponent(c.planId!)}`;
    const res = await checkedFetch(url + path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    expect(res.status, path).toBe(200);
    const source = await json(res);
    expect(isVerbatimQuote(source.text, c.quote), `${path}: ${c.quote}`).toBe(true);
  }
}

export function apiContract(ctx: () => ContractContext): void {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    checkedFetch(ctx().url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('reports health with the indexed corpus', async () => {
    const res = await checkedFetch(`${ctx().url}/healthz`);
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
    const res = await checkedFetch(`${ctx().url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'Hoe vaak bezoekt de school de stageplek?' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = parseAskStream(await res.text());
    const names = events.map((e) => e.type);
    expect(names[0]).toBe('citations');
    expect(names).toContain('delta');
    const done = events.at(-1)!;
    if (done.type !== 'done') throw new Error(`the stream ends with ${done.type}, not done`);
    await expectVerbatimCitations(ctx().url, done.answer.citations);
  });

  it('takes the earlier turns of a conversation as history, and at most six', async () => {
    const history = [{ question: 'Wat moet er in een stageplan staan?', answer: 'Het doel, de inhoud, de omvang, de opbouw en de organisatie van de stage.' }];
    const res = await post('/api/ask', { question: 'En in een stageovereenkomst?', history });
    expect(res.status).toBe(200);
    const tooMany = await post('/api/ask', { question: 'En nu?', history: Array.from({ length: 7 }, () => history[0]) });
    expect(tooMany.status).toBe(400);
    expectDutchError(await json(tooMany), 'history_too_long');
  });

  it('describes every route, and the new fields, in openapi.json', async () => {
    const res = await checkedFetch(`${ctx().url}/openapi.json`);
    const doc = await json(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/api/ask',
        '/api/check',
        '/api/plans',
        '/api/plans/{id}',
        '/api/claims',
        '/api/sources/report/{section}',
        '/api/sources/law/{law}/{article}',
      ]),
    );
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.AskRequest.properties)).toEqual(expect.arrayContaining(['question', 'persona', 'planId', 'history']));
    expect(Object.keys(schemas.Answer.properties)).toEqual(expect.arrayContaining(['lead', 'resolvedQuestion', 'citations']));
    expect(Object.keys(schemas.CheckedDocument.properties)).toEqual(expect.arrayContaining(['kindCandidates', 'summary', 'requirements', 'text']));
    expect(Object.keys(schemas.Requirement.properties)).toEqual(expect.arrayContaining(['fill', 'parts', 'evidence']));
    expect(Object.keys(schemas.ClaimResult.properties)).toEqual(expect.arrayContaining(['verdict', 'evidence', 'match']));
    expect(doc.paths['/api/plans'].post.security).toEqual([{ schoolToken: [] }]);
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

    const list = await json(await checkedFetch(`${ctx().url}/api/plans`, { headers: auth(tokenA) }));
    expect(list.plans.map((p: { planId: string }) => p.planId)).toContain(plan.planId);
    const listB = await json(await checkedFetch(`${ctx().url}/api/plans`, { headers: auth(tokenB) }));
    expect(listB.plans.map((p: { planId: string }) => p.planId)).not.toContain(plan.planId);

    const got = await checkedFetch(`${ctx().url}/api/plans/${plan.planId}`, { headers: auth(tokenA) });
    expect(got.status).toBe(200);
    expect((await json(got)).title).toBe('Stageplan contracttest');

    const other = await checkedFetch(`${ctx().url}/api/plans/${plan.planId}`, { headers: auth(tokenB) });
    expect(other.status).toBe(404);
    expectDutchError(await json(other), 'not_found');

    const asked = await post('/api/ask', { question: 'Wat staat er in dit stageplan over de begeleiding?', planId: plan.planId }, auth(tokenA));
    expect(asked.status).toBe(200);
    const answer = await json(asked);
    expect(answer.citations.some((c: Citation) => c.source === 'plan' && c.planId === plan.planId)).toBe(true);
    await expectVerbatimCitations(ctx().url, answer.citations, tokenA);

    const askedB = await post('/api/ask', { question: 'Hoe is de begeleiding geregeld?', planId: plan.planId }, auth(tokenB));
    expect(askedB.status).toBe(404);

    const del = await checkedFetch(`${ctx().url}/api/plans/${plan.planId}`, { method: 'DELETE', headers: auth(tokenA) });
    expect(del.status).toBe(204);
    const gone = await checkedFetch(`${ctx().url}/api/plans/${plan.planId}`, { headers: auth(tokenA) });
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

    const noToken = await checkedFetch(`${ctx().url}/api/plans`);
    expect(noToken.status).toBe(401);
    expectDutchError(await json(noToken), 'unauthorized');

    const unknown = await checkedFetch(`${ctx().url}/api/bestaat-niet`);
    expect(unknown.status).toBe(404);
    expectDutchError(await json(unknown), 'not_found');

    const tooBigJson = await post('/api/ask', { question: 'x'.repeat(100 * 1024) });
    expect(tooBigJson.status).toBe(413);
    expectDutchError(await json(tooBigJson), 'too_large');

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(10.5 * 1024 * 1024).fill(65)], { type: 'text/plain' }), 'groot.txt');
    const tooBigFile = await checkedFetch(`${ctx().url}/api/check`, { method: 'POST', body: form });
    expect(tooBigFile.status).toBe(413);
    expectDutchError(await json(tooBigFile));

    const plain = await checkedFetch(`${ctx().url}/api/check`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hallo' });
    expect(plain.status).toBe(415);
    expectDutchError(await json(plain));

    const exe = new FormData();
    exe.append(
      'file',
      new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])], { type: 'application/octet-stream' }),
      'programma.exe',
    );
    const unsupported = await checkedFetch(`${ctx().url}/api/check`, { method: 'POST', body: exe });
    expect(unsupported.status).toBe(415);
    expectDutchError(await json(unsupported));
  });
}
