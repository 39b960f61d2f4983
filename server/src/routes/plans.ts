import { createRoute, z } from '@hono/zod-openapi';
import type { AppParts } from '../app.ts';
import { maskedMessage, PlanCreated, PlanDetail, PlanList, type MaskedItem } from '../contract/index.ts';
import { errors } from '../http/errors.ts';
import { deletePlan, getPlan, listPlans, storePlan } from '../plans.ts';
import { maskTitle } from '../nl/pii.ts';
import { requireSchool, type SchoolEnv } from './auth.ts';
import { documentBody, documentOf, documentSet } from './document-input.ts';
import { apiApp, bearer, errorResponses, jsonResponse } from './openapi.ts';
import { planDetail, planKind } from './stored-plan.ts';

const planParams = z.object({ id: z.string().meta({ example: 'plan_…' }) });
const NOT_FOUND = 'Dit document bestaat niet of hoort niet bij jouw school.';

export const createPlanRoute = createRoute({
  method: 'post',
  path: '/api/plans',
  summary: 'Store a document of the school (or a set: a document with its attachments, as one), checked and indexed so /api/ask with planId can cite it',
  security: bearer,
  request: { body: documentBody },
  responses: {
    201: jsonResponse(PlanCreated, 'Stored'),
    400: errorResponses[400],
    401: errorResponses[401],
    413: errorResponses[413],
    415: errorResponses[415],
    422: errorResponses[422],
  },
});

export const listPlansRoute = createRoute({
  method: 'get',
  path: '/api/plans',
  summary: 'The school’s documents, newest first',
  security: bearer,
  responses: { 200: jsonResponse(PlanList, 'The documents'), 401: errorResponses[401] },
});

export const getPlanRoute = createRoute({
  method: 'get',
  path: '/api/plans/{id}',
  summary: 'A document with its text and check result',
  security: bearer,
  request: { params: planParams },
  responses: { 200: jsonResponse(PlanDetail, 'The document'), 401: errorResponses[401], 404: errorResponses[404] },
});

export const deletePlanRoute = createRoute({
  method: 'delete',
  path: '/api/plans/{id}',
  summary: 'Delete a document and its passages',
  security: bearer,
  request: { params: planParams },
  responses: { 204: { description: 'Deleted' }, 401: errorResponses[401], 404: errorResponses[404] },
});

/** The masked counts of several documents, added up per type (in the order the types first occur). */
export function mergeMasked(lists: ReadonlyArray<readonly MaskedItem[]>): MaskedItem[] {
  const total = new Map<string, number>();
  for (const list of lists) for (const m of list) total.set(m.type, (total.get(m.type) ?? 0) + m.count);
  return [...total].map(([type, count]) => ({ type, count }));
}

/** A school's own stage documents. Every route needs the school's token; other schools' plans are 404. */
export function planRoutes(parts: AppParts) {
  const app = apiApp<SchoolEnv>();
  const school = requireSchool(parts);
  app.use('/api/plans', school);
  app.use('/api/plans/*', school);

  app.openapi(createPlanRoute, async (c) => {
    const set = await documentSet(documentOf(c.req));
    // The titles (or the file names they came from) are stored and repeated in every citation: masked too.
    const sources = set.sources.map((d) => ({ ...d, title: maskTitle(d.title) })) as typeof set.sources;
    // Each document is read with personal data masked (the stored length capped), then the set is checked and
    // stored as one text and one check.
    const read = await parts.documents!.read({ sources, ...(set.kind ? { kind: set.kind } : {}), purpose: 'store' });
    const { check } = read;
    const allMasked = mergeMasked(read.documents.map((d) => d.masked ?? []));
    const title = sources[0].title;
    const { planId, chunks } = await storePlan(parts.db, parts.index, {
      school: c.var.school,
      title,
      kind: check.kind,
      text: check.text,
      check,
      masked: allMasked,
      now: parts.clock.now(),
    });
    return c.json({ planId, title, kind: check.kind, chunks, check, masked: allMasked, maskedMessage: maskedMessage(allMasked) }, 201);
  });

  app.openapi(listPlansRoute, async (c) => {
    const plans = await listPlans(parts.db, c.var.school);
    return c.json({ plans: plans.map((p) => ({ ...p, kind: planKind(p.kind) })) }, 200);
  });

  app.openapi(getPlanRoute, async (c) => {
    const plan = await getPlan(parts.db, c.var.school, c.req.valid('param').id);
    if (!plan) throw errors.notFound(NOT_FOUND);
    return c.json(planDetail(plan), 200);
  });

  app.openapi(deletePlanRoute, async (c) => {
    if (!(await deletePlan(parts.db, c.var.school, c.req.valid('param').id))) throw errors.notFound(NOT_FOUND);
    return c.body(null, 204);
  });
  return app;
}
