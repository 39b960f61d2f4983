// Whitespace-tolerant quote matching and range splitting for <mark> highlighting.

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

const isSpace = (ch: string): boolean => /\s/.test(ch);

/** Collapses whitespace runs to one space and maps each normalised index back to the original text. */
function normalise(text: string): { value: string; map: number[] } {
  let value = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      pendingSpace = value.length > 0;
      continue;
    }
    if (pendingSpace) {
      value += ' ';
      map.push(i - 1);
      pendingSpace = false;
    }
    value += ch;
    map.push(i);
  }
  return { value, map };
}

function stripEllipsis(quote: string): string {
  return quote.replace(/^\s*(?:…|\.\.\.)\s*/, '').replace(/\s*(?:…|\.\.\.)\s*$/, '');
}

function locate(text: string, quote: string, caseInsensitive: boolean): Range | null {
  const hay = normalise(text);
  const needle = normalise(quote).value;
  if (needle === '') return null;
  const h = caseInsensitive ? hay.value.toLocaleLowerCase('nl') : hay.value;
  const n = caseInsensitive ? needle.toLocaleLowerCase('nl') : needle;
  const at = h.indexOf(n);
  if (at === -1) return null;
  const start = hay.map[at]!;
  const end = hay.map[at + n.length - 1]! + 1;
  return { start, end };
}

/**
 * Finds `quote` in `text`, ignoring differences in whitespace. Falls back to ignoring a leading or
 * trailing ellipsis (a shortened quote), then to case, then to the longest "…"-separated fragment.
 * Returns offsets into the original `text`.
 */
export function findQuote(text: string, quote: string): Range | null {
  if (!quote.trim()) return null;
  const exact = locate(text, quote, false);
  if (exact) return exact;
  const stripped = stripEllipsis(quote);
  const attempt = locate(text, stripped, false) ?? locate(text, stripped, true);
  if (attempt) return attempt;
  const fragments = stripped
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((f) => f.trim().length >= 12)
    .sort((a, b) => b.length - a.length);
  for (const fragment of fragments) {
    const found = locate(text, fragment, false) ?? locate(text, fragment, true);
    if (found) return found;
  }
  return null;
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
