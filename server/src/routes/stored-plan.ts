// A stored plan as the contract describes it: the stored check is parsed, not trusted. A check stored
// in an older shape is made again from the stored text (the text is the record; the check follows from it).
import { z } from 'zod';
import { checkDocument } from '../checklist/index.ts';
import { CheckedDocument, DocumentKind, MaskedItem, type PlanDetail } from '../contract/index.ts';
import type { StoredPlan } from '../plans.ts';

/** A stored kind, or "unknown" when it is not one the contract knows. */
export const planKind = (kind: unknown): DocumentKind => DocumentKind.catch('unknown').parse(kind);

export function planDetail(plan: StoredPlan): PlanDetail {
  const kind = planKind(plan.kind);
  const stored = CheckedDocument.safeParse(plan.check);
  const check: CheckedDocument =
    stored.success && stored.data.text === plan.text
      ? stored.data
      : { ...checkDocument(plan.text, kind === 'unknown' ? undefined : { kind }), text: plan.text };
  return {
    planId: plan.planId,
    title: plan.title,
    kind,
    createdAt: plan.createdAt,
    text: plan.text,
    check,
    masked: z.array(MaskedItem).catch([]).parse(plan.masked),
  };
}
