// A stored plan as the contract describes it: the stored check is parsed, not trusted. A check stored
// in an older shape is made again from the stored text (the text is the record; the check follows from it),
// as the same set of documents when the old check still says where each one is.
import { z } from 'zod';
import { checkDocuments, type CheckOptions } from '../checklist/index.ts';
import { CheckedDocument, DocumentKind, DocumentPart, MaskedItem, type PlanDetail } from '../contract/index.ts';
import type { StoredPlan } from '../plans.ts';

/** A stored kind, or "unknown" when it is not one the contract knows. */
export const planKind = (kind: unknown): DocumentKind => DocumentKind.catch('unknown').parse(kind);

const StoredParts = z.object({ documents: z.array(DocumentPart).min(2) });

/** The check of a stored text made again: a set of documents stays a set when its stored spans still fit the text. */
function checkAgain(text: string, stored: unknown, options: CheckOptions | undefined): CheckedDocument {
  const parts = StoredParts.safeParse(stored);
  if (parts.success) {
    const docs = parts.data.documents.map((d) => ({ title: d.title, text: text.slice(d.start, d.end) }));
    const again = checkDocuments(docs, options);
    if (again.text === text) return again;
  }
  return checkDocuments([{ text }], options);
}

export function planDetail(plan: StoredPlan): PlanDetail {
  const kind = planKind(plan.kind);
  const stored = CheckedDocument.safeParse(plan.check);
  const check: CheckedDocument =
    stored.success && stored.data.text === plan.text ? stored.data : checkAgain(plan.text, plan.check, kind === 'unknown' ? undefined : { kind });
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
