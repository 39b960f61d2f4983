// Types of the Stagewijzer API responses the extension uses (docs/api.md).

export type Persona = 'student' | 'coordinator' | 'inspector';

export interface Citation {
  id: string;
  source: 'report' | 'law' | 'plan';
  section?: string;
  title?: string;
  page?: number;
  law?: string;
  article?: string;
  lid?: string;
  url?: string;
  planId?: string;
  footnote?: number;
  quote: string;
  score?: number;
}

export interface Answer {
  answer: string;
  grounded: boolean;
  mode: 'extractive' | 'llm';
  citations: Citation[];
}

export type Verdict = 'supported' | 'contradicted' | 'not_in_sources';

export interface ClaimResult {
  verdict: Verdict;
  confidence: number;
  explanation: string;
  evidence: Citation[];
}

export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export type AskEvent =
  | { type: 'citations'; citations: Citation[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; answer: Answer }
  | { type: 'error'; error: ApiError };

export const VERDICT_LABELS: Record<Verdict, { icon: string; text: string }> = {
  supported: { icon: '✔', text: 'Ondersteund door het inspectierapport' },
  contradicted: { icon: '✖', text: 'In tegenspraak met het inspectierapport' },
  not_in_sources: { icon: '?', text: 'Niet te vinden in de bronnen' },
};

export const PERSONA_LABELS: Record<Persona, string> = {
  student: 'Leerling',
  coordinator: 'Stagecoördinator',
  inspector: 'Inspecteur',
};
