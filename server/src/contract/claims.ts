// POST /api/claims: a claim judged against the report (and the law), with why.
import { z } from 'zod';
import { Citation, requiredText } from './common.ts';
import { LIMITS, VERDICTS } from './constants.ts';

export const ClaimRequest = z
  .object({ claim: requiredText('de bewering', LIMITS.claim) }, { error: 'De aanvraag moet een JSON-object zijn.' })
  .meta({ id: 'ClaimRequest' });
export type ClaimRequest = z.input<typeof ClaimRequest>;

export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** An amount as a claim or the report states it. */
export const Amount = z
  .object({
    text: z.string().meta({ description: 'As written: "45,7%", "63 van de 138", "de meeste", "een derde"' }),
    value: z.number().optional().meta({ description: 'The number: a percentage as 45.7, a count as 63, a fraction as 33.3 (percent)' }),
    unit: z.enum(['percent', 'count']).optional(),
    bound: z.enum(['exact', 'about', 'at_least', 'at_most', 'more_than', 'less_than']).optional(),
  })
  .meta({ id: 'Amount' });
export type Amount = z.infer<typeof Amount>;

/** What decided the verdict: the fact row or sentence the claim was aligned with. */
export const ClaimMatch = z
  .object({
    kind: z.enum(['fact', 'sentence']),
    evidenceId: z.string().optional().meta({ description: 'The id of the evidence citation it comes from' }),
    text: z.string().meta({ description: 'The matched sentence, or the fact as the report states it' }),
    population: z.string().optional().meta({ description: 'Dutch: who it is about, e.g. "vmbo-afdelingen in de vragenlijst"' }),
    measure: z.string().optional().meta({ description: 'Dutch: what is counted or asserted, e.g. "bieden een maatschappelijke stage aan"' }),
    claimed: Amount.optional().meta({ description: 'The amount in the claim' }),
    stated: Amount.optional().meta({ description: 'The amount in the source' }),
  })
  .meta({ id: 'ClaimMatch' });
export type ClaimMatch = z.infer<typeof ClaimMatch>;

export const ClaimResult = z
  .object({
    verdict: Verdict,
    confidence: z.number().min(0).max(1),
    explanation: z.string().meta({ description: 'Dutch' }),
    evidence: z.array(Citation).meta({ description: 'Empty for not_in_sources unless a passage is about the same thing' }),
    match: ClaimMatch.optional(),
  })
  .meta({ id: 'ClaimResult' });
export type ClaimResult = z.infer<typeof ClaimResult>;
