// Public types of the checklist engine (docs/api.md, POST /api/check). Pure TypeScript: no I/O, no Node APIs.
import type { RequirementId } from './requirements/ids.ts';

export type { RequirementId };
export type DocumentKind = 'stageplan' | 'stageovereenkomst' | 'leerwerkovereenkomst' | 'mas-overeenkomst' | 'unknown';
export type StageKind = Exclude<DocumentKind, 'unknown'>;
export type RequirementStatus = 'present' | 'missing' | 'unclear' | 'violated';
export type LawName = 'WVO 2020' | 'UB WVO 2020';

/** A verbatim span of the checked text: `text.slice(start, end) === quote`. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

/** One part of a requirement (periode: aanvangsdatum, einddatum, tijden; partijen; verzekering). */
export interface PartResult {
  name: string;
  label: string;
  status: RequirementStatus;
  /** The part's field exists but is blank: still to fill in. */
  fill?: boolean;
  evidence: Evidence[];
}

/** The document says the matter is settled in another document ("zoals vermeld in de raamovereenkomst"). */
export interface Reference {
  /** Dutch name of the other document: "de raamovereenkomst", "de bijlage", "het stagehandboek" … */
  document: string;
  evidence: Evidence;
}

export interface RequirementResult {
  id: RequirementId;
  label: string;
  law: LawName;
  article: string;
  lid?: string;
  /**
   * present: met; missing: not there; unclear: something related but not what the law asks; violated: contradicts the
   * law. A blank field to fill in is `unclear` with `fill: true` (never missing, never complete).
   */
  status: RequirementStatus;
  fill: boolean;
  parts?: PartResult[];
  evidence: Evidence[];
  hint: string;
  refersTo?: Reference;
  /** Dutch note when a number was computed rather than read from the document. */
  computed?: string;
  /** Dutch: where such text is usually found (set when missing). */
  expectedLocation?: string;
}

export const RECOMMENDATION_LABEL = 'aanbeveling op basis van het inspectierapport, geen wettelijke eis' as const;

export interface Recommendation {
  id: string;
  text: string;
  section: string;
  label: typeof RECOMMENDATION_LABEL;
}

export interface KindCandidate {
  kind: DocumentKind;
  confidence: number;
}

/** One document of a set checked together, and where its text is in the checked text. */
export interface DocumentPart {
  title: string;
  start: number;
  end: number;
}

export interface CheckSummary {
  present: number;
  missing: number;
  unclear: number;
  violated: number;
  /** Of the unclear ones, those that are blank fields still to fill in. */
  toFill: number;
}

export interface CheckResult {
  kind: DocumentKind;
  kindConfidence: number;
  /** When unsure what the document is: the kinds to offer, best first. */
  kindCandidates?: KindCandidate[];
  summary: CheckSummary;
  requirements: RequirementResult[];
  recommendations: Recommendation[];
  /** Dutch; set when the document is not (surely) a stage document, or when a choice is offered. */
  message?: string;
  /** Several documents checked as one: their titles and spans in `text`. */
  documents?: DocumentPart[];
}

/** The definition of a legal requirement, as the API shows it. */
export interface RequirementDef {
  id: RequirementId;
  kind: StageKind;
  label: string;
  law: LawName;
  article: string;
  lid?: string;
  /** Dutch: what to add or change when the requirement is not met. */
  hint: string;
  /** Dutch: where such text is usually found. */
  expectedLocation: string;
}
