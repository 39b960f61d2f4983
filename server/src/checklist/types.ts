// Public types of the checklist engine: the API contract's own types (server/src/contract/check.ts, docs/api.md
// POST /api/check), so what the engine returns and what the API promises cannot drift. Type-only imports: the engine
// stays pure TypeScript without zod (no I/O, no Node APIs).
import type {
  CheckResult,
  CheckSummary,
  DocumentKind,
  DocumentPart,
  Evidence,
  KindCandidate,
  Recommendation,
  Reference,
  Requirement,
  RequirementId,
  RequirementPart,
  RequirementStatus,
  StageKind,
} from '../contract/check.ts';
import type { LawName } from '../contract/common.ts';

export { RECOMMENDATION_LABEL } from '../contract/constants.ts';
export type {
  CheckResult,
  CheckSummary,
  DocumentKind,
  DocumentPart,
  Evidence,
  KindCandidate,
  LawName,
  Recommendation,
  Reference,
  RequirementId,
  RequirementStatus,
  StageKind,
};

/** One part of a requirement (periode: aanvangsdatum, einddatum, tijden; partijen; verzekering). */
export type PartResult = RequirementPart;

/**
 * One requirement checked. A blank field to fill in is `unclear` with `fill: true` (never missing, never complete);
 * `summary.toFill` counts those among `summary.unclear`.
 */
export type RequirementResult = Requirement;

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
