// Claim checking: is a sentence supported by the inspectorate report and the law?
export { judgeClaim, type ClaimResult, type JudgeContext, type Verdict } from './judge.ts';
export { findEvidence, buildIndex } from './evidence.ts';
