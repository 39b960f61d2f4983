// Shared building blocks of the HTTP contract (docs/api.md): enums, errors, citations, Dutch input rules.
import { z } from 'zod';
import { LAW_IDS, LAW_NAMES, PERSONAS, SOURCE_KINDS } from './constants.ts';

export const Persona = z.enum(PERSONAS, {
  error: 'Kies als persona "student", "coordinator" of "inspector".',
});
export type Persona = z.infer<typeof Persona>;

export const LawName = z.enum(LAW_NAMES);
export type LawName = z.infer<typeof LawName>;

/** The law's id in source routes: `/api/sources/law/:law/:article`. */
export const LawId = z.enum(LAW_IDS, { error: 'Kies als wet "wvo-2020" of "ub-wvo-2020".' });
export type LawId = z.infer<typeof LawId>;

export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Machine code, e.g. "empty_question", "not_found"' }),
      message: z.string().meta({ description: 'A Dutch sentence a person understands' }),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Citation = z
  .object({
    id: z.string().meta({ description: 'Referred to as [id] in the answer text' }),
    source: SourceKind,
    section: z.string().optional().meta({ description: 'report: the deepest numbered section the quote is in' }),
    title: z.string().optional(),
    page: z.number().int().optional().meta({ description: 'report: PDF page, where known' }),
    law: LawName.optional(),
    article: z.string().optional(),
    lid: z.string().optional().meta({ description: 'law: where the quote is one lid' }),
    url: z.string().optional().meta({ description: 'law: wetten.overheid.nl' }),
    planId: z.string().optional(),
    footnote: z.number().int().optional().meta({ description: 'report: the quote is this footnote of the section (served after the body)' }),
    quote: z.string().meta({ description: 'Verbatim from the source after whitespace normalisation, at most ~400 characters' }),
    score: z.number(),
  })
  .meta({ id: 'Citation' });
export type Citation = z.infer<typeof Citation>;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A required text field, trimmed, 1..max characters, with Dutch messages. `label` is how a person
 * calls the field ("je vraag"). Error codes are derived from the issue (see http/validation.ts).
 */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? `Vul ${label} in.` : `${cap(label)} moet tekst zijn.`) })
    .trim()
    .min(1, { error: `${cap(label)} is leeg. Typ eerst iets.` })
    .max(max, { error: (iss) => `${cap(label)} is te lang (${String(iss.input ?? '').length} tekens). Het maximum is ${max} tekens.` });
}
