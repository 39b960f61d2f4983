// Shapes of the HTTP API (docs/api.md) as the page uses them. Extra fields are tolerated.

export type Persona = 'student' | 'coordinator' | 'inspector';
export type LawName = 'WVO 2020' | 'UB WVO 2020';
export type LawId = 'wvo-2020' | 'ub-wvo-2020';
export type DocumentKind = 'stageplan' | 'stageovereenkomst' | 'leerwerkovereenkomst' | 'mas-overeenkomst' | 'unknown';
export type RequirementStatus = 'present' | 'missing' | 'unclear' | 'violated';
export type Verdict = 'supported' | 'contradicted' | 'not_in_sources';

export interface Citation {
  id: string;
  source: 'report' | 'law' | 'plan';
  section?: string;
  title?: string;
  page?: number;
  law?: LawName;
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

export interface AskRequest {
  question: string;
  persona?: Persona;
  planId?: string;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

export interface Requirement {
  id: string;
  label: string;
  law: LawName;
  article: string;
  lid?: string;
  status: RequirementStatus;
  evidence: Evidence[];
  hint?: string;
}

export interface Recommendation {
  id: string;
  text: string;
  section?: string;
}

export interface CheckResult {
  kind: DocumentKind;
  kindConfidence?: number;
  summary: Record<RequirementStatus, number>;
  requirements: Requirement[];
  recommendations: Recommendation[];
  text?: string;
  /** Present for `unknown` documents. */
  message?: string;
}

/** Personal data masked before storage; the server's exact shape may vary. */
export type Masked = unknown;

export interface PlanCreated {
  planId: string;
  title: string;
  kind: DocumentKind;
  chunks: number;
  check: CheckResult;
  masked?: Masked;
  text?: string;
}

export interface PlanSummary {
  planId: string;
  title: string;
  kind: DocumentKind;
  createdAt: string;
}

export interface PlanDetail extends PlanSummary {
  check?: CheckResult;
  text?: string;
  masked?: Masked;
}

export interface ClaimResult {
  verdict: Verdict;
  confidence: number;
  explanation: string;
  evidence: Citation[];
}

export interface ReportSource {
  section: string;
  title: string;
  pages: number[];
  text: string;
}

export interface LawSource {
  law: string;
  article: string;
  url: string;
  text: string;
  validFrom: string;
  heading?: string;
  title?: string;
}

export interface Session {
  schoolName?: string;
  token: string;
}

export interface SampleInfo {
  file: string;
  title: string;
  description: string;
}
