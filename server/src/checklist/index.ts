// Checklist engine: checks stage documents requirement by requirement against the law.
// Pure TypeScript (no I/O, no Node APIs): imported by the server and bundled by the browser extension.
import { Ctx, Doc } from './context.ts';
import { evaluate } from './evaluate.ts';
import { decideKind, NOT_STAGE_MESSAGE } from './kind.ts';
import { recommend } from './recommendations.ts';
import { REQUIREMENTS as CATALOGUE_LIST, requirementsFor } from './requirements/index.ts';
import type { CheckResult, CheckSummary, DocumentKind, DocumentPart, KindCandidate, RequirementDef, StageKind } from './types.ts';

export type {
  CheckResult,
  CheckSummary,
  DocumentKind,
  DocumentPart,
  Evidence,
  KindCandidate,
  LawName,
  PartResult,
  Recommendation,
  Reference,
  RequirementDef,
  RequirementId,
  RequirementResult,
  RequirementStatus,
  StageKind,
} from './types.ts';
export { RECOMMENDATION_LABEL } from './types.ts';
export { REQUIREMENT_IDS } from './requirements/index.ts';

/** The catalogue as the API shows it (definitions only). */
export const REQUIREMENTS: readonly RequirementDef[] = CATALOGUE_LIST.map(({ id, kind, label, law, article, lid, hint, expectedLocation }) => ({
  id,
  kind,
  label,
  law,
  article,
  ...(lid !== undefined ? { lid } : {}),
  hint,
  expectedLocation,
}));

export interface CheckOptions {
  /** Check as this kind, whatever detection says. */
  kind?: DocumentKind;
}

/** One document of a set: its text and a title for the user. */
export interface DocumentInput {
  text: string;
  title?: string;
}

/** Between documents of a set: a blank line, so no sentence or section runs from one into the next. */
const SEPARATOR = '\n\n\n';

function run(text: string, options: CheckOptions | undefined): CheckResult {
  const ctx = new Ctx(new Doc(text));
  const override = options?.kind;
  const decision = override ? null : decideKind(ctx);
  const kind: DocumentKind = override ?? decision!.kind;
  const summary: CheckSummary = { present: 0, missing: 0, unclear: 0, violated: 0, toFill: 0 };
  const base = {
    kind,
    kindConfidence: override ? 1 : decision!.confidence,
    ...(decision?.candidates.length ? { kindCandidates: decision.candidates } : {}),
  };
  if (kind === 'unknown') {
    return { ...base, summary, requirements: [], recommendations: [], message: decision?.message ?? NOT_STAGE_MESSAGE };
  }
  const requirements = requirementsFor(kind as StageKind).map((r) => evaluate(ctx, r));
  for (const r of requirements) {
    summary[r.status]++;
    if (r.fill) summary.toFill++;
  }
  return {
    ...base,
    summary,
    requirements,
    recommendations: recommend(ctx, kind),
    ...(decision?.message ? { message: decision.message } : {}),
  };
}

/** Checks one document. */
export function checkDocument(text: string, options?: CheckOptions): CheckResult {
  return run(typeof text === 'string' ? text : '', options);
}

/**
 * Checks several documents as one (general conditions with a front sheet, an agreement with its stageplan in an
 * attachment): evidence offsets point into `text`, the documents joined; `documents` says where each one is.
 */
export function checkDocuments(docs: readonly DocumentInput[], options?: CheckOptions): CheckResult & { text: string } {
  const parts: DocumentPart[] = [];
  let text = '';
  docs.forEach((d, k) => {
    if (k > 0) text += SEPARATOR;
    const start = text.length;
    text += typeof d.text === 'string' ? d.text : '';
    parts.push({ title: d.title?.trim() || `Document ${k + 1}`, start, end: text.length });
  });
  const result = run(text, options);
  return { ...result, ...(docs.length > 1 ? { documents: parts } : {}), text };
}

/** What a text is, with the kinds to offer when unsure. */
export function detectKind(text: string): { kind: DocumentKind; confidence: number; candidates: KindCandidate[] } {
  const d = decideKind(new Ctx(new Doc(typeof text === 'string' ? text : '')));
  return { kind: d.kind, confidence: d.confidence, candidates: d.candidates };
}

export type StageTextVerdict = 'document' | 'maybe' | 'not';

/**
 * For the extension: is this block of page text a stage document ('document'), possibly one ('maybe': offer to check
 * it on request), or not ('not': stay quiet)? News, home pages, link lists and guidance are 'not'.
 */
export function classifyStageText(text: string): { verdict: StageTextVerdict; kind: DocumentKind; confidence: number; candidates: KindCandidate[] } {
  const d = detectKind(text);
  return { verdict: stageTextVerdict(d), ...d };
}

/** The verdict of classifyStageText on a detected kind (also on a check result's kind, confidence and candidates). */
export function stageTextVerdict(d: { kind: DocumentKind; confidence: number; candidates: readonly KindCandidate[] }): StageTextVerdict {
  if (d.kind !== 'unknown') return d.candidates.length === 0 && d.confidence >= 0.6 ? 'document' : 'maybe';
  return d.candidates.length > 0 ? 'maybe' : 'not';
}
