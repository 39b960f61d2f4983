// Messages between the extension pages, the content script and the background.
import type { Persona } from './api-types';

export type BackgroundRequest =
  | { type: 'checklist'; text: string }
  | { type: 'claim'; claim: string };

/** Port "ask": the side panel sends AskStart / AskStop, the background streams AskEvent back. */
export const ASK_PORT = 'stagewijzer-ask';
export type AskClientMessage = { type: 'start'; question: string; persona: Persona } | { type: 'stop' };
