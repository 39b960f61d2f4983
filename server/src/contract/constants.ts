// The contract's plain values (no zod): limits and fixed lists. Schemas are built from them, and clients
// that import only these and the labels bundle no schema code.

/** Input limits of the API, for clients that check before they send. */
export const LIMITS = {
  question: 2000,
  claim: 1000,
  historyTurns: 6,
  historyAnswer: 4000,
  title: 200,
  /** Documents checked as one set: a main document and its attachments (files, or JSON `attachments`). */
  documents: 10,
} as const;

export const PERSONAS = ['student', 'coordinator', 'inspector'] as const;
export const LAW_NAMES = ['WVO 2020', 'UB WVO 2020'] as const;
export const LAW_IDS = ['wvo-2020', 'ub-wvo-2020'] as const;
export const SOURCE_KINDS = ['report', 'law', 'plan'] as const;
export const DOCUMENT_KINDS = ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst', 'mas-overeenkomst', 'unknown'] as const;
/** The kinds a person can choose for a document (not "unknown"), in the order a chooser offers them. */
export const STAGE_KINDS = ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst', 'mas-overeenkomst'] as const;
export const REQUIREMENT_STATUSES = ['present', 'missing', 'unclear', 'violated'] as const;
export const VERDICTS = ['supported', 'contradicted', 'not_in_sources'] as const;

export const RECOMMENDATION_LABEL = 'aanbeveling op basis van het inspectierapport, geen wettelijke eis' as const;
