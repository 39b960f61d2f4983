// Messages between the extension pages, the content script and the background.
import type { Persona } from './api-types';
import type { StageKind } from '@stagewijzer/server/contract';

export type BackgroundRequest =
  | { type: 'checklist'; text: string; kind?: StageKind }
  | { type: 'claim'; claim: string }
  | { type: 'open-pdf'; url: string }
  | { type: 'test-connection' };

/** An earlier turn of the conversation, sent with a follow-up question (docs/api.md `history`). */
export interface Turn {
  question: string;
  answer?: string;
}

/** Earlier turns sent with a follow-up (docs/api.md: at most 6, oldest first). */
export const MAX_HISTORY = 6;

/** Port "ask": the side panel sends AskStart / AskStop, the background streams AskEvent back. */
export const ASK_PORT = 'stagewijzer-ask';
export type AskClientMessage = { type: 'start'; question: string; persona: Persona; history?: Turn[] } | { type: 'stop' };
