// The shape of the checklist engine's result (docs/api.md, POST /api/check). Declared here so the
// extension's UI code does not depend on the engine's internal type names.

export type DocumentKind = 'stageplan' | 'stageovereenkomst' | 'leerwerkovereenkomst' | 'mas-overeenkomst' | 'unknown';
export type RequirementStatus = 'present' | 'missing' | 'unclear' | 'violated';

export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

export interface RequirementResult {
  id: string;
  label: string;
  law: string;
  article: string;
  lid?: string;
  status: RequirementStatus;
  evidence: Evidence[];
  hint: string;
  computed?: unknown;
  expectedLocation?: string;
}

export interface Recommendation {
  id: string;
  text: string;
  section: string;
  label?: string;
}

export interface CheckResult {
  kind: DocumentKind;
  kindConfidence: number;
  summary: Record<RequirementStatus, number>;
  requirements: RequirementResult[];
  recommendations: Recommendation[];
  message?: string;
}

export type CheckDocument = (text: string, options?: { kind?: DocumentKind }) => CheckResult;
