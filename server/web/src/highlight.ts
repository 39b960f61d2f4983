// Page-only highlighting helpers: a lid of a law article, and text split into marked segments.
// Quotes are found with the contract's matcher (findQuote in server/src/contract).
import type { TextSpan } from '@stagewijzer/server/contract';

export type Range = TextSpan;

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Finds lid `lid` of a law article: "3" → from the paragraph starting with "3 " up to the next
 * numbered lid (its onderdelen a., b., … included); "3a" → only onderdeel a. of lid 3.
 */
export function findLid(text: string, lid: string): Range | null {
  if (/^[a-z]$/i.test(lid.trim())) {
    // An article without numbered lids, only onderdelen (a., b., …).
    const om = new RegExp(`(^|\\n)${lid.trim().toLowerCase()}\\.\\s`).exec(text);
    if (!om) return null;
    const oStart = om.index + om[1]!.length;
    const after = text.slice(oStart).search(/\n\s*\n/);
    return { start: oStart, end: after === -1 ? trimEnd(text, oStart, text.length) : oStart + after };
  }
  const m = /^(\d+[a-z]?)\s*(?:,?\s*(?:onderdeel\s*)?([a-z])\.?)?$/i.exec(lid.trim());
  if (!m) return null;
  let number = m[1]!;
  let letter = m[2]?.toLowerCase();
  if (!letter && /[a-z]$/i.test(number) && !new RegExp(`(^|\\n)${number}\\s`).test(text)) {
    letter = number.slice(-1).toLowerCase();
    number = number.slice(0, -1);
  }
  const startRe = new RegExp(`(^|\\n)${number}\\.?\\s`);
  const sm = startRe.exec(text);
  if (!sm) return null;
  const start = sm.index + sm[1]!.length;
  const rest = text.slice(start + number.length);
  const next = /\n\s*\n\d+[a-z]?\.?\s/.exec(rest);
  const end = next ? start + number.length + next.index : text.length;
  if (!letter) return { start, end: trimEnd(text, start, end) };
  const lidText = text.slice(start, end);
  const om = new RegExp(`(^|\\n)${letter}\\.\\s`).exec(lidText);
  if (!om) return { start, end: trimEnd(text, start, end) };
  const oStart = start + om.index + om[1]!.length;
  const after = text.slice(oStart, end).search(/\n\s*\n/);
  return { start: oStart, end: after === -1 ? trimEnd(text, oStart, end) : oStart + after };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Splits `text` into plain and marked segments. Ranges are clamped, sorted and merged. */
export function splitByRanges(text: string, ranges: Range[]): Segment[] {
  const clean = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    pos = r.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), mark: false });
  return out;
}
