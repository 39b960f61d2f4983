// POST /api/check and the check result stored with a plan: kind, requirements, evidence, recommendations.
import { z } from 'zod';
import { LawName } from './common.ts';
import { REQUIREMENT_IDS } from '../checklist/requirements/ids.ts';
import { DOCUMENT_KINDS, LIMITS, RECOMMENDATION_LABEL, REQUIREMENT_STATUSES, type STAGE_KINDS } from './constants.ts';

export const DocumentKind = z.enum(DOCUMENT_KINDS, {
  error: 'Onbekende documentsoort. Kies uit: stageplan, stageovereenkomst, leerwerkovereenkomst, mas-overeenkomst, unknown.',
});
export type DocumentKind = z.infer<typeof DocumentKind>;

/** The kinds a person can choose for a document (not "unknown"). */
export type StageKind = (typeof STAGE_KINDS)[number];

export const RequirementStatus = z.enum(REQUIREMENT_STATUSES);
export type RequirementStatus = z.infer<typeof RequirementStatus>;

/** A verbatim span of the checked text: `text.slice(start, end) === quote`. */
export const Evidence = z.object({ quote: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

/** A document the checked text says settles the matter ("zoals vermeld in de algemene voorwaarden"). */
export const Reference = z
  .object({
    document: z.string().meta({ description: 'Dutch name of the other document: "de algemene voorwaarden", "de bijlage", "het stagehandboek" …' }),
    evidence: Evidence,
  })
  .meta({ id: 'Reference' });
export type Reference = z.infer<typeof Reference>;

/** One part of a requirement (periode: aanvangsdatum, einddatum, tijden; partijen; verzekering). */
export const RequirementPart = z
  .object({
    name: z.string().meta({ description: 'The part\'s key, e.g. "einddatum", "ouders_of_leerling"' }),
    label: z.string().meta({ description: 'Dutch name of the part for people, e.g. "einddatum", "ouders of handelingsbekwame leerling"' }),
    status: RequirementStatus,
    fill: z.boolean().optional().meta({ description: 'The field exists but is blank: still to fill in' }),
    evidence: z.array(Evidence).meta({ description: 'Where the part is in the text (empty when missing)' }),
  })
  .meta({ id: 'RequirementPart' });
export type RequirementPart = z.infer<typeof RequirementPart>;

export const RequirementId = z.enum(REQUIREMENT_IDS).meta({ description: 'Requirement id (docs/domain.md), e.g. "stageplan.doel"' });
export type RequirementId = z.infer<typeof RequirementId>;

export const Requirement = z
  .object({
    id: RequirementId,
    label: z.string(),
    law: LawName,
    article: z.string(),
    lid: z.string().optional(),
    status: RequirementStatus.meta({
      description: 'present: met; missing: not there; unclear: something related, not what the law asks; violated: contradicts the law',
    }),
    fill: z
      .boolean()
      .meta({ description: 'true: the field exists but is blank ("...", "{{datum}}"): still to fill in; then status is "unclear", never present or missing' }),
    parts: z
      .array(RequirementPart)
      .optional()
      .meta({ description: 'Where a requirement has parts, the status of each; a missing part makes the requirement missing' }),
    evidence: z.array(Evidence).meta({ description: 'A sentence or a filled field, never a heading' }),
    hint: z.string().meta({ description: 'Dutch: what to add or change' }),
    refersTo: Reference.optional().meta({ description: 'The text says this is settled in another document: check them together (status "unclear")' }),
    computed: z.string().optional().meta({ description: 'Dutch note when a number was computed rather than read' }),
    expectedLocation: z.string().optional().meta({ description: 'Dutch: where such text is usually found (when missing)' }),
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
    toFill: z.number().int().meta({
      description:
        'Of the unclear requirements, those whose field exists but is still blank: a subset of `unclear`, not added to it (present + missing + unclear + violated is the number of requirements)',
    }),
  })
  .meta({ id: 'CheckSummary' });
export type CheckSummary = z.infer<typeof CheckSummary>;

/** One document of a set checked as one, and where its text is in the checked text. */
export const DocumentPart = z
  .object({
    title: z.string(),
    start: z.number().int().nonnegative().meta({ description: 'Offset of its first character in `text`' }),
    end: z.number().int().nonnegative().meta({ description: 'Offset after its last character in `text`' }),
  })
  .meta({ id: 'DocumentPart' });
export type DocumentPart = z.infer<typeof DocumentPart>;

/** What the checklist engine returns for a text (the extension runs the engine itself). */
export const CheckResult = z
  .object({
    kind: DocumentKind,
    kindConfidence: z.number(),
    kindCandidates: z.array(KindCandidate).optional().meta({ description: 'When unsure: the kinds to offer, best first' }),
    summary: CheckSummary,
    requirements: z.array(Requirement),
    recommendations: z.array(Recommendation),
    message: z.string().optional().meta({ description: 'Dutch; set when the document is not (surely) a stage document, or when a choice is offered' }),
    documents: z
      .array(DocumentPart)
      .optional()
      .meta({ description: 'Several documents checked as one (a front sheet with its general conditions): their titles and spans in `text`' }),
  })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.infer<typeof CheckResult>;

/** A check result with the text its evidence offsets point into: the response of /api/check and a plan's stored check. */
export const CheckedDocument = CheckResult.extend({
  text: z.string().meta({ description: 'The extracted text the evidence offsets point into (several documents: joined, see `documents`)' }),
  format: z.string().optional().meta({ description: 'The format read: pdf, docx, html, md, txt (several documents: of the first)' }),
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

/** Which attachment an issue is about, for people: "Bijlage 2". */
const attachmentName = (path: readonly PropertyKey[] | undefined): string => `Bijlage ${Number(path?.[1] ?? 0) + 1}`;

const NO_ATTACHMENT_TEXT = (iss: { path?: readonly PropertyKey[] }) => `${attachmentName(iss.path)} heeft geen tekst (veld "text").`;

/** A document sent along with the main one, checked with it as one set (general conditions, a stageplan in a bijlage). */
export const DocumentAttachment = z
  .object(
    {
      text: z
        .string({ error: NO_ATTACHMENT_TEXT })
        .refine((t) => t.trim() !== '', { error: NO_ATTACHMENT_TEXT, params: { code: 'invalid_attachments' } })
        .meta({ description: 'The attachment as text' }),
      title: DocumentTitle.meta({ description: 'Its title ("Algemene voorwaarden"); default "Bijlage n"' }),
    },
    { error: (iss) => `${attachmentName(iss.path)} moet een object zijn: {"title": "…", "text": "…"}.` },
  )
  .meta({ id: 'DocumentAttachment' });
export type DocumentAttachment = z.input<typeof DocumentAttachment>;

const MAX_ATTACHMENTS = LIMITS.documents - 1;

export const DocumentText = z
  .object(
    {
      text: z
        .string({
          error: (iss) =>
            iss.input === undefined ? 'Stuur de tekst van het document mee (veld "text") of upload een bestand.' : 'De tekst van het document moet tekst zijn.',
        })
        .refine((t) => t.trim() !== '', { error: 'Stuur de tekst van het document mee (veld "text") of upload een bestand.', params: { code: 'missing_text' } })
        .meta({ description: 'The document as text (with its attachments at most 2 MB of text in all)' }),
      title: DocumentTitle,
      kind: DocumentKindInput.meta({ description: 'Overrides detection' }),
      attachments: z
        .preprocess(
          // Too many is said before any attachment is read (a long list costs no validation).
          (v, ctx) => {
            if (Array.isArray(v) && v.length > MAX_ATTACHMENTS) {
              ctx.issues.push({ code: 'custom', message: `Stuur ten hoogste ${MAX_ATTACHMENTS} bijlagen mee.`, input: v, params: { code: 'too_many_files' } });
            }
            return v;
          },
          z.array(DocumentAttachment, { error: 'Bijlagen (veld "attachments") moeten een lijst zijn van {"title", "text"}.' }).optional(),
        )
        .meta({
          description: `Documents checked together with this one as one set (at most ${MAX_ATTACHMENTS}); the result's \`documents\` says where each is in \`text\``,
          maxItems: MAX_ATTACHMENTS,
        }),
    },
    { error: 'De aanvraag moet een JSON-object zijn.' },
  )
  .meta({ id: 'DocumentText' });
export type DocumentText = z.input<typeof DocumentText>;
