// POST /api/check and the check result stored with a plan: kind, requirements, evidence, recommendations.
import { z } from 'zod';
import { LawName } from './common.ts';
import { DOCUMENT_KINDS, LIMITS, RECOMMENDATION_LABEL, REQUIREMENT_STATUSES } from './constants.ts';

export const DocumentKind = z.enum(DOCUMENT_KINDS, {
  error: 'Onbekende documentsoort. Kies uit: stageplan, stageovereenkomst, leerwerkovereenkomst, mas-overeenkomst, unknown.',
});
export type DocumentKind = z.infer<typeof DocumentKind>;

export const RequirementStatus = z.enum(REQUIREMENT_STATUSES);
export type RequirementStatus = z.infer<typeof RequirementStatus>;

/** A verbatim span of the checked text: `text.slice(start, end) === quote`. */
export const Evidence = z
  .object({ quote: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

export const RequirementPart = z
  .object({
    name: z.string().meta({ description: 'Dutch name of the part, e.g. "einddatum"' }),
    status: RequirementStatus,
    fill: z.boolean().optional().meta({ description: 'The field exists but is blank: still to fill in' }),
  })
  .meta({ id: 'RequirementPart' });
export type RequirementPart = z.infer<typeof RequirementPart>;

export const Requirement = z
  .object({
    id: z.string().meta({ description: 'Requirement id (docs/domain.md), e.g. "stageplan.doel"' }),
    label: z.string(),
    law: LawName,
    article: z.string(),
    lid: z.string().optional(),
    status: RequirementStatus,
    fill: z.boolean().optional().meta({ description: 'true: the field exists but is blank ("...", "{{datum}}"): still to fill in' }),
    parts: z.array(RequirementPart).optional().meta({ description: 'Where a requirement has parts, the status of each' }),
    evidence: z.array(Evidence),
    hint: z.string().meta({ description: 'Dutch: what to add or change' }),
    computed: z.string().optional().meta({ description: 'Dutch note when a number was computed rather than read' }),
    expectedLocation: z.string().optional().meta({ description: 'Dutch: where such text is usually found' }),
  })
  .meta({ id: 'Requirement' });
export type Requirement = z.infer<typeof Requirement>;

export const Recommendation = z
  .object({
    id: z.string(),
    text: z.string(),
    section: z.string().meta({ description: 'The report section it rests on' }),
    label: z.literal(RECOMMENDATION_LABEL).meta({ description: 'Says it is not a legal requirement' }),
  })
  .meta({ id: 'Recommendation' });
export type Recommendation = z.infer<typeof Recommendation>;

export const KindCandidate = z.object({ kind: DocumentKind, confidence: z.number() }).meta({ id: 'KindCandidate' });
export type KindCandidate = z.infer<typeof KindCandidate>;

export const CheckSummary = z
  .object({
    present: z.number().int(),
    missing: z.number().int(),
    unclear: z.number().int(),
    violated: z.number().int(),
    toFill: z.number().int().optional().meta({ description: 'Requirements whose field exists but is still blank' }),
  })
  .meta({ id: 'CheckSummary' });
export type CheckSummary = z.infer<typeof CheckSummary>;

/** What the checklist engine returns for a text (the extension runs the engine itself). */
export const CheckResult = z
  .object({
    kind: DocumentKind,
    kindConfidence: z.number(),
    kindCandidates: z.array(KindCandidate).optional().meta({ description: 'When unsure: the kinds to offer, best first' }),
    summary: CheckSummary,
    requirements: z.array(Requirement),
    recommendations: z.array(Recommendation),
    message: z.string().optional().meta({ description: 'Dutch; set when the document is not recognised as a stage document' }),
  })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.infer<typeof CheckResult>;

/** A check result with the text its evidence offsets point into: the response of /api/check and a plan's stored check. */
export const CheckedDocument = CheckResult.extend({
  text: z.string().meta({ description: 'The extracted text the evidence offsets point into' }),
  format: z.string().optional().meta({ description: 'The format read: pdf, docx, html, md, txt' }),
}).meta({ id: 'CheckedDocument' });
export type CheckedDocument = z.infer<typeof CheckedDocument>;

export const DocumentTitle = z
  .string({ error: 'De titel moet tekst zijn.' })
  .trim()
  .transform((t) => t.slice(0, LIMITS.title))
  .optional()
  .meta({ description: `Shown in "Mijn documenten"; longer than ${LIMITS.title} characters is cut` });

/** `kind` in a request: one of the kinds; empty means "detect it". */
export const DocumentKindInput = z.preprocess((v) => (v === '' || v === null ? undefined : v), DocumentKind.optional());

export const DocumentText = z
  .object(
    {
      text: z
        .string({ error: (iss) => (iss.input === undefined ? 'Stuur de tekst van het document mee (veld "text") of upload een bestand.' : 'De tekst van het document moet tekst zijn.') })
        .refine((t) => t.trim() !== '', { error: 'Stuur de tekst van het document mee (veld "text") of upload een bestand.', params: { code: 'missing_text' } })
        .meta({ description: 'The document as text (at most 2 MB)' }),
      title: DocumentTitle,
      kind: DocumentKindInput.meta({ description: 'Overrides detection' }),
    },
    { error: 'De aanvraag moet een JSON-object zijn.' },
  )
  .meta({ id: 'DocumentText' });
export type DocumentText = z.input<typeof DocumentText>;
