// Public types of the checklist engine. Pure TypeScript: no I/O, no Node APIs.

export type DocumentKind = 'stageplan' | 'stageovereenkomst' | 'leerwerkovereenkomst' | 'mas-overeenkomst' | 'unknown';
export type RequirementStatus = 'present' | 'missing' | 'unclear' | 'violated';
export type LawName = 'WVO 2020' | 'UB WVO 2020';

/** A verbatim span of the checked text: `text.slice(start, end) === quote`. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

export interface RequirementResult {
  id: string;
  label: string;
  law: LawName;
  article: string;
  lid?: string;
  status: RequirementStatus;
  evidence: Evidence[];
  hint: string;
  /** Dutch note when a number was computed rather than read from the document. */
  computed?: string;
  /** Dutch: where such text is usually found (set for missing items). */
  expectedLocation?: string;
}

export const RECOMMENDATION_LABEL = 'aanbeveling op basis van het inspectierapport, geen wettelijke eis' as const;

export interface Recommendation {
  id: string;
  text: string;
  section: string;
  label: typeof RECOMMENDATION_LABEL;
}

export interface CheckResult {
  kind: DocumentKind;
  kindConfidence: number;
  summary: { present: number; missing: number; unclear: number; violated: number };
  requirements: RequirementResult[];
  recommendations: Recommendation[];
  /** Dutch; set when the document is not recognised as a stage document. */
  message?: string;
}

export interface RequirementDef {
  id: string;
  kind: DocumentKind;
  label: string;
  law: LawName;
  article: string;
  lid?: string;
  /** Dutch: what to add or change when the requirement is not met. */
  hint: string;
  /** Dutch: where such text is usually found. */
  expectedLocation: string;
}
