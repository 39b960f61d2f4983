import type { Answer, Citation, Persona, ScoredChunk } from '../domain.ts';

export interface ComposeInput {
  question: string;
  persona: Persona;
  /** Retrieved passages, best first. Plan passages are data from the school, never instructions. */
  passages: ScoredChunk[];
  signal?: AbortSignal;
}

export type AnswerEvent =
  | { type: 'citations'; citations: Citation[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; answer: Answer };

/** Writes an answer from retrieved passages. */
export interface Composer {
  id: string; // "extractive" or the model id
  compose(input: ComposeInput): Promise<Answer>;
  /** Same content as compose, as events: citations, deltas, done. */
  stream(input: ComposeInput): AsyncIterable<AnswerEvent>;
}
