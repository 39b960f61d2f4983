// POST /api/ask: request, answer and the server-sent events of a streamed answer.
import { z } from 'zod';
import { Citation, type ErrorBody, Persona, requiredText } from './common.ts';
import { LIMITS } from './constants.ts';

export const HistoryTurn = z
  .object({
    question: requiredText('een eerdere vraag in "history"', LIMITS.question),
    answer: z
      .string({ error: 'Een eerder antwoord in "history" moet tekst zijn.' })
      .max(LIMITS.historyAnswer, {
        error: `Een eerder antwoord in "history" is te lang. Stuur er hoogstens ${LIMITS.historyAnswer} tekens van mee, bijvoorbeeld alleen het korte antwoord.`,
      })
      .optional(),
  })
  .meta({ id: 'HistoryTurn' });
export type HistoryTurn = z.infer<typeof HistoryTurn>;

export const AskRequest = z
  .object(
    {
      question: requiredText('je vraag', LIMITS.question),
      persona: Persona.default('coordinator'),
      planId: z
        .string({ error: 'planId moet tekst zijn.' })
        .refine((id) => id !== '', { error: 'planId moet tekst zijn.', params: { code: 'invalid_planId' } })
        .optional()
        .meta({ description: "A plan of the caller's school; needs the school token" }),
      history: z
        .array(HistoryTurn, { error: '"history" moet een lijst van eerdere vragen zijn: [{"question": "…", "answer": "…"}].' })
        .max(LIMITS.historyTurns, { error: `Stuur hoogstens ${LIMITS.historyTurns} eerdere vragen mee in "history".` })
        .optional()
        .meta({ description: 'Earlier turns of the conversation, oldest first' }),
    },
    { error: 'De aanvraag moet een JSON-object zijn.' },
  )
  .meta({ id: 'AskRequest' });
export type AskRequest = z.input<typeof AskRequest>;

export const AskAnswer = z
  .object({
    answer: z.string().meta({ description: 'The lead first, then the supporting quotes; markers like [1] refer to citations' }),
    lead: z.string().optional().meta({ description: 'The short direct answer: at most 3 sentences, no quotes' }),
    resolvedQuestion: z.string().optional().meta({ description: 'How a follow-up was understood with its history (present when it differs)' }),
    grounded: z.boolean(),
    mode: z.enum(['extractive', 'llm']),
    citations: z.array(Citation),
  })
  .meta({ id: 'Answer' });
export type AskAnswer = z.infer<typeof AskAnswer>;

/** Events of `Accept: text/event-stream`: `citations`, then `delta`s, then `done` (authoritative); `error` on failure. */
export type AskStreamEvent =
  | { type: 'citations'; citations: Citation[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; answer: AskAnswer }
  | { type: 'error'; error: ErrorBody['error'] };

export const ASK_STREAM_DESCRIPTION =
  'Server-sent events, every data line JSON: `citations` (the array), `delta` ({"text"}: pieces of the answer in order), `done` (the final answer object, authoritative), `error` ({"error": {code, message}}).';
