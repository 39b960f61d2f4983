// Claim checking: is a claim supported by the inspectorate report and the law, contradicted, or not in them?
export { createClaimJudge, judgeClaim, type ClaimResult, type JudgeContext, type Verdict } from './judge.ts';
export type { ClaimMatch, ClaimReading, AmountOut } from './explain.ts';
