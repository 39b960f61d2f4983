// The checklist result's shape (POST /api/check, and the engine the extension bundles): from the contract.
import type { CheckResult, DocumentKind } from '@stagewijzer/server/contract';

export type { CheckResult, DocumentKind, Evidence, Recommendation, Requirement as RequirementResult, RequirementStatus } from '@stagewijzer/server/contract';

export type CheckDocument = (text: string, options?: { kind?: DocumentKind }) => CheckResult;
