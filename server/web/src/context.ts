// Shared page state passed down through context: opening the source view, the school token.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LawId } from './types.ts';
import type { Range } from './highlight.ts';

export type SourceTarget =
  | { kind: 'report'; section: string; quote?: string }
  | { kind: 'law'; lawId: LawId; article: string; lid?: string; quote?: string }
  | { kind: 'plan'; planId?: string; title?: string; text?: string; quote?: string; ranges?: Range[] };

export interface AppContextValue {
  openSource(target: SourceTarget): void;
  token: string | null;
}

export const AppContext = createContext<AppContextValue>({ openSource: () => {}, token: null });

export const useApp = (): AppContextValue => useContext(AppContext);
