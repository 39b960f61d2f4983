// Shared page state passed down through context: opening the source view, the school token.
import type { SourceRef } from '@stagewijzer/server/contract';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Range } from './highlight.ts';

/** What the source view shows: a source from the contract's links, or a document of one's own (stored or just checked). */
export type SourceTarget =
  | Exclude<SourceRef, { source: 'plan' }>
  | { source: 'plan'; planId?: string; title?: string; text?: string; quote?: string; ranges?: Range[] };

export interface AppContextValue {
  openSource(target: SourceTarget): void;
  token: string | null;
}

export const AppContext = createContext<AppContextValue>({ openSource: () => {}, token: null });

export const useApp = (): AppContextValue => useContext(AppContext);
