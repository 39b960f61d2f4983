// The API's types and labels as the extension uses them: all from the contract
// (@stagewijzer/server/contract, server/src/contract). Only the extension's own result wrapper is declared here.
import type { ErrorBody } from '@stagewijzer/server/contract';

export type { AskAnswer as Answer, AskStreamEvent as AskEvent, Citation, ClaimResult, Persona, Verdict } from '@stagewijzer/server/contract';
export { personaLabels as PERSONA_LABELS, verdictLabels as VERDICT_LABELS } from '@stagewijzer/server/contract';

export type ApiError = ErrorBody['error'];

/** A call through the background: the data, or the API's Dutch error. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };
