// How a checklist result is shown: whether the page gets a badge (the engine's verdict on the text), in what
// order the requirements come, and where a missing requirement belongs in the document. Types, labels and the
// attention order are the contract's (@stagewijzer/server/contract).
import { checkState, STAGE_KINDS } from '@stagewijzer/server/contract';
import type { StageTextVerdict } from '@stagewijzer/server/checklist';
import type { CheckResult, DocumentKind, KindCandidate, Requirement, StageKind } from '@stagewijzer/server/contract';

export type { StageTextVerdict };

/** A requirement as shown. */
export type RequirementView = Requirement;

/**
 * A checked text with the engine's verdict on it (classifyStageText's): "document" gets a badge with the findings,
 * "maybe" a quiet badge whose findings show only once the user chose a kind, "not" nothing.
 */
export type CheckView = CheckResult & { verdict: StageTextVerdict };

/** full: a badge with the findings; maybe: a quiet badge that checks on request; quiet: nothing. */
export type BadgeState = 'full' | 'maybe' | 'quiet';

const isStageKind = (k: DocumentKind): k is StageKind => (STAGE_KINDS as readonly string[]).includes(k);

/** The stage kinds the text might be, best first. */
export function candidatesOf(result: CheckView): Array<KindCandidate & { kind: StageKind }> {
  const out: Array<KindCandidate & { kind: StageKind }> = [];
  if (isStageKind(result.kind)) out.push({ kind: result.kind, confidence: result.kindConfidence });
  for (const c of result.kindCandidates ?? []) {
    if (isStageKind(c.kind) && !out.some((o) => o.kind === c.kind)) out.push({ kind: c.kind, confidence: c.confidence });
  }
  return out;
}

/** The badge follows the engine's verdict; a kind the user chose is checked in full. */
export function badgeState(result: CheckView, chosenKind?: DocumentKind | null): BadgeState {
  if (chosenKind && chosenKind !== 'unknown') return 'full';
  return result.verdict === 'document' ? 'full' : result.verdict === 'maybe' ? 'maybe' : 'quiet';
}

export function attentionCount(result: CheckView): number {
  return result.requirements.filter((r) => checkState(r) !== 'present').length;
}

export interface Placement {
  /** Offset in the checked text where the requirement belongs. */
  offset: number;
  /** Dutch: "na ‘Omvang van de stage’", "voor ‘Artikel 4 Begeleiding’", "aan het eind van het document". */
  where: string;
}

const HEADING_LINE = /^#{1,6} (.*)$/;

interface Line {
  start: number;
  end: number;
  heading: string | null;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const m = HEADING_LINE.exec(text.slice(start, end));
    lines.push({ start, end, heading: m ? m[1]!.trim() : null });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

function lineIndexAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Where a missing requirement belongs: the catalogue order of the requirements is the order of a
 * document, so it goes after the section that holds the previous requirement's evidence (before the
 * next heading), or else before the section of the next requirement's evidence.
 */
export function placementOf(result: CheckView, req: RequirementView, text: string): Placement {
  const lines = linesOf(text);
  const order = result.requirements;
  const i = order.findIndex((r) => r.id === req.id);
  const withEvidence = (r: RequirementView | undefined): boolean => !!r && r.evidence.length > 0;
  let prev: RequirementView | undefined;
  for (let j = i - 1; j >= 0; j--)
    if (withEvidence(order[j])) {
      prev = order[j];
      break;
    }
  let next: RequirementView | undefined;
  for (let j = i + 1; j < order.length; j++)
    if (withEvidence(order[j])) {
      next = order[j];
      break;
    }
  const nextStart = next ? Math.min(...next.evidence.map((e) => e.start)) : text.length;
  if (prev) {
    const end = Math.max(...prev.evidence.map((e) => e.end));
    const li = lineIndexAt(lines, end);
    let section: string | null = null;
    for (let k = li; k >= 0; k--)
      if (lines[k]!.heading) {
        section = lines[k]!.heading;
        break;
      }
    let offset = lines[li]!.end;
    for (let k = li + 1; k < lines.length; k++) {
      if (lines[k]!.start > nextStart) break;
      if (lines[k]!.heading) break;
      offset = lines[k]!.end;
    }
    offset = Math.min(offset, Math.max(end, nextStart));
    return { offset, where: section ? `na ‘${short(section)}’` : `na de tekst over ${prev.label.toLowerCase()}` };
  }
  if (next) {
    const li = lineIndexAt(lines, nextStart);
    for (let k = li; k >= 0; k--) {
      const h = lines[k]!.heading;
      if (h && k > 0) return { offset: lines[k]!.start, where: `voor ‘${short(h)}’` };
    }
    return { offset: lines[li]!.start, where: `voor de tekst over ${next.label.toLowerCase()}` };
  }
  return { offset: text.length, where: 'aan het eind van het document' };
}
