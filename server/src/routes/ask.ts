import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AnswerCache, ask, askDeps, askStream } from '../answer/ask.ts';
import type { AppParts } from '../app.ts';
import type { Persona } from '../domain.ts';
import { errors } from '../http/errors.ts';
import { jsonBody, textField } from '../http/input.ts';
import { getPlan } from '../plans.ts';
import type { CheckedPlan } from '../answer/compliance.ts';
import type { CheckResult } from '../checklist/types.ts';
import { requireSchool } from './auth.ts';
import { MAX_HISTORY, type Turn } from '../answer/reading.ts';

const PERSONAS: readonly Persona[] = ['student', 'coordinator', 'inspector'];

export function askRoutes(parts: AppParts) {
  const app = new Hono();
  const deps = askDeps(parts, new AnswerCache());

  app.post('/ask', async (c) => {
    const body = await jsonBody(c);
    const question = textField(body, 'question', 'je vraag', 2000);
    const persona = (body.persona ?? 'coordinator') as Persona;
    if (!PERSONAS.includes(persona)) {
      throw errors.badRequest('invalid_persona', 'Kies als persona "student", "coordinator" of "inspector".');
    }
    let planScope: { planId: string; schoolId: string; plan: CheckedPlan } | undefined;
    if (body.planId !== undefined) {
      if (typeof body.planId !== 'string' || !body.planId) throw errors.badRequest('invalid_planId', 'planId moet tekst zijn.');
      const school = await requireSchool(c, parts);
      const plan = await getPlan(parts.db, school, body.planId);
      if (!plan) throw errors.notFound('Dit document bestaat niet of hoort niet bij jouw school.');
      planScope = { planId: plan.planId, schoolId: school.id, plan: { planId: plan.planId, title: plan.title, check: plan.check as CheckResult } };
    }
    const history = parseHistory(body.history);
    const req = { question, persona, ...(history.length ? { history } : {}), ...planScope };

    if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
      return streamSSE(c, async (stream) => {
        const abort = new AbortController();
        stream.onAbort(() => abort.abort());
        for await (const event of askStream(deps, req, abort.signal)) {
          if (abort.signal.aborted) break;
          const data = event.type === 'citations' ? event.citations : event.type === 'delta' ? { text: event.text } : event.answer;
          await stream.writeSSE({ event: event.type, data: JSON.stringify(data) });
        }
      });
    }
    return c.json(await ask(deps, req));
  });
  return app;
}

/** Earlier turns, oldest first: at most MAX_HISTORY, each with a question of at most 2000 characters. */
function parseHistory(raw: unknown): Turn[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_HISTORY) throw errors.badRequest('invalid_history', `history is een lijst van hoogstens ${MAX_HISTORY} eerdere vragen.`);
  return raw.map((t) => {
    const turn = t as { question?: unknown; answer?: unknown };
    if (typeof turn?.question !== 'string' || turn.question.length > 2000 || (turn.answer !== undefined && (typeof turn.answer !== 'string' || turn.answer.length > 20_000))) {
      throw errors.badRequest('invalid_history', 'Elke eerdere beurt in history heeft een vraag (question) van hoogstens 2000 tekens.');
    }
    return { question: turn.question, ...(typeof turn.answer === 'string' ? { answer: turn.answer } : {}) };
  });
}
