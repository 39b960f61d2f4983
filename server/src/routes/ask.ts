import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { AnswerCache, ask, askDeps, askStream } from '../answer/ask.ts';
import type { AppParts } from '../app.ts';
import { ASK_STREAM_DESCRIPTION, AskAnswer, AskRequest, askEventFrame } from '../contract/index.ts';
import { errors } from '../http/errors.ts';
import { redactingLog } from '../http/security.ts';
import { getPlan } from '../plans.ts';
import { namesPlan, onlyWhen, requireSchool, type SchoolEnv } from './auth.ts';
import { apiApp, bearer, errorResponses, jsonContent } from './openapi.ts';
import { planDetail } from './stored-plan.ts';

export const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  summary: 'Ask a question; JSON, or with Accept: text/event-stream the same as server-sent events',
  description: `The school token is needed only with planId. ${ASK_STREAM_DESCRIPTION}`,
  security: [{}, ...bearer],
  request: { body: { content: jsonContent(AskRequest), required: true } },
  responses: {
    200: {
      description: 'The answer',
      content: { ...jsonContent(AskAnswer), 'text/event-stream': { schema: z.string().meta({ description: ASK_STREAM_DESCRIPTION }) } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
    415: errorResponses[415],
  },
});

const STREAM_FAILED = 'Het antwoord kon niet worden afgemaakt. Probeer het opnieuw.';

export function askRoutes(parts: AppParts) {
  const app = apiApp<SchoolEnv>();
  const deps = askDeps(parts, new AnswerCache());
  const log = redactingLog(parts.log ?? (() => {}));

  // A question about a plan needs the school's token.
  app.use('/api/ask', onlyWhen(namesPlan, requireSchool(parts)));

  app.openapi(askRoute, async (c) => {
    const { question, persona, planId, history } = c.req.valid('json');
    let planScope = {};
    if (planId !== undefined) {
      const school = c.var.school;
      const stored = await getPlan(parts.db, school, planId);
      if (!stored) throw errors.notFound('Dit document bestaat niet of hoort niet bij jouw school.');
      const plan = planDetail(stored);
      planScope = { planId: plan.planId, schoolId: school.id, plan: { planId: plan.planId, title: plan.title, check: plan.check } };
    }
    const req = { question, persona, ...(history ? { history } : {}), ...planScope };

    if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
      return streamSSE(
        c,
        async (stream) => {
          const abort = new AbortController();
          stream.onAbort(() => abort.abort());
          for await (const event of askStream(deps, req, abort.signal)) {
            if (abort.signal.aborted) break;
            await stream.writeSSE(askEventFrame(event));
          }
        },
        async (err, stream) => {
          log({ level: 'error', event: 'ask_stream_failed', message: err.message });
          await stream.writeSSE(askEventFrame({ type: 'error', error: { code: 'stream_failed', message: STREAM_FAILED } }));
        },
      );
    }
    return c.json(await ask(deps, req), 200);
  });
  return app;
}
