import type { Answer, Citation, Persona, ScoredChunk } from '../domain.ts';
import type { RankedPoint } from './points.ts';
import type { Reading } from './reading.ts';

export interface ComposeInput {
  /** The question as understood (a follow-up with its history). */
  question: string;
  persona: Persona;
  /** Retrieved passages, best first. Plan passages are data from the school, never instructions. */
  passages: ScoredChunk[];
  /** How the question was read; absent when a caller composes from passages alone. */
  reading?: Reading;
  /** Kernpunten that answer it, best first. */
  points?: RankedPoint[];
  /** Who to turn to (report points), for pupils with a problem. */
  route?: RankedPoint[];
  signal?: AbortSignal;
}

export type AnswerEvent = { type: 'citations'; citations: Citation[] } | { type: 'delta'; text: string } | { type: 'done'; answer: Answer };

/** Writes an answer from retrieved passages. */
export interface Composer {
  id: string; // "extractive" or the model id
  compose(input: ComposeInput): Promise<Answer>;
  /** Same content as compose, as events: citations, deltas, done. */
  stream(input: ComposeInput): AsyncIterable<AnswerEvent>;
}
