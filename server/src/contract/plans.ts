// A school's own documents: /api/plans.
import { z } from 'zod';
import { CheckedDocument, DocumentKind } from './check.ts';

export const MaskedItem = z
  .object({ type: z.string().meta({ description: 'email, phone, bsn, iban, address' }), count: z.number().int() })
  .meta({ id: 'MaskedItem' });
export type MaskedItem = z.infer<typeof MaskedItem>;

export const PlanSummary = z
  .object({ planId: z.string(), title: z.string(), kind: DocumentKind, createdAt: z.string().meta({ description: 'ISO 8601' }) })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanList = z.object({ plans: z.array(PlanSummary) }).meta({ id: 'PlanList' });
export type PlanList = z.infer<typeof PlanList>;

export const PlanCreated = z
  .object({
    planId: z.string(),
    title: z.string(),
    kind: DocumentKind,
    chunks: z.number().int(),
    check: CheckedDocument,
    masked: z.array(MaskedItem).meta({ description: 'Personal data made unreadable before storing' }),
    maskedMessage: z.string().nullable().meta({ description: 'Dutch sentence about what was masked, or null' }),
  })
  .meta({ id: 'PlanCreated' });
export type PlanCreated = z.infer<typeof PlanCreated>;

export const PlanDetail = PlanSummary.extend({
  text: z.string(),
  check: CheckedDocument,
  masked: z.array(MaskedItem),
}).meta({ id: 'PlanDetail' });
export type PlanDetail = z.infer<typeof PlanDetail>;
