// GET /healthz and GET /api/session (the embedded default's local school, for the chat page).
import { z } from 'zod';

export const Health = z
  .object({
    status: z.literal('ok'),
    corpus: z.object({ reportChunks: z.number().int(), lawArticles: z.number().int(), reportSections: z.number().int().optional() }),
    embedder: z.string(),
    embedderFallback: z
      .object({ wanted: z.string(), reason: z.string() })
      .optional()
      .meta({ description: 'The local embedder answers although OpenAI embeddings were on by default: which, and why' }),
    llm: z.string().nullable().meta({ description: 'Model id when answers are written by an LLM' }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

export const Session = z.object({ schoolName: z.string(), token: z.string() }).meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;
