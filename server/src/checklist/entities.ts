// Things the requirements count and compare: dates, clock times, quantities ("10 dagen", "twee weken") and school
// years ("leerjaar 3", "derde leerjaar", "onderbouw"). Token-based and linear; the words come from the lexicon.
import { MONTHS, parseDigits, parseNumberWord, WEEKDAYS, type Token } from '../nl/index.ts';
import { ORDINALS, UNITS, YEAR_BANDS, YEAR_WORDS } from './lexicon.ts';
import type { Doc } from './segment.ts';

export interface Span {
  start: number;
  end: number;
}

/** Index of the first item whose `start` is at or after `pos`, in a list sorted by start (binary search). */
export function firstFrom<T extends { start: number }>(list: readonly T[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Quantity extends Span {
  value: number;
  unit: 'hour' | 'day' | 'week' | 'month';
  /** "per week", "per dag": a rate, not a total. */
  per?: 'day' | 'week' | 'month' | 'year';
}

const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/g;
/** Two clock times (or "8 tot 16 uur") with "-", "tot" or "t/m" between them. */
const TIME_RANGE = /\b([01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:uur\s*)?(?:-|tot|t\/m)\s*([01]?\d|2[0-4])(?:[.:][0-5]\d)?\b(?=\s*uur|[.:]|\s*[,;)]|\s*$)/g;

function numberOf(t: Token): number | null {
  if (t.kind === 'number') return parseDigits(t.text);
  return parseNumberWord(t.text);
}

/** Dates in [start, end) of the folded text: "2 maart 2026", "10-09-2025", "woensdag 1 oktober". */
export function datesIn(doc: Doc, tokens: Token[], start: number, end: number): Span[] {
  const out: Span[] = [];
  const seg = doc.folded.slice(start, end);
  for (const m of seg.matchAll(NUMERIC_DATE)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < start || t.end > end) continue;
    const n = t.kind === 'number' ? parseDigits(t.text) : null;
    const month = MONTHS.get(tokens[k + 1]!.norm);
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= 31 && month !== undefined && tokens[k + 1]!.start - t.end <= 2) {
      let e = tokens[k + 1]!.end;
      const y = tokens[k + 2];
      if (y && y.kind === 'number' && /^\d{4}$/.test(y.text) && y.start - e <= 2) e = y.end;
      out.push({ start: t.start, end: e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Month names used as a point in time ("van september tot en met juni"), without a day; with `inDates`, also the
 * months of full dates ("1 september 2025").
 */
export function monthsIn(tokens: Token[], inDates = false): Array<Span & { month: number }> {
  const out: Array<Span & { month: number }> = [];
  tokens.forEach((t, k) => {
    const m = MONTHS.get(t.norm);
    if (m === undefined || t.norm.length < 3) return;
    const prev = tokens[k - 1];
    if (!inDates && prev && prev.kind === 'number' && t.start - prev.end <= 2) return; // a full date
    if (t.norm === 'mei' || t.norm.length >= 4) out.push({ start: t.start, end: t.end, month: m });
  });
  return out;
}

/** Time ranges: "8.30-16.30 uur", "van 7.15 tot 15.45 uur", "van 8 tot 16 uur". */
export function timeRangesIn(doc: Doc, start: number, end: number): Span[] {
  const seg = doc.folded.slice(start, end);
  const out: Span[] = [];
  for (const m of seg.matchAll(TIME_RANGE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const clock = /[.:]\d\d/.test(m[0]);
    const uur = /^\s*uur/.test(seg.slice(m.index + m[0].length));
    if (b <= a && !(b === 0)) continue;
    if (!clock && !uur) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** Weekday names ("op dinsdag", "elke woensdag", "maandag t/m donderdag", "dinsdagochtend", "woensdagmiddagen"). */
export function weekdaysIn(tokens: Token[]): Span[] {
  return tokens
    .filter((t) => {
      if (WEEKDAYS.has(t.norm) || WEEKDAYS.has(t.norm.replace(/en$/, ''))) return true;
      const head = /^[a-z]+dag/.exec(t.norm);
      return !!head && t.norm.length > head[0].length && WEEKDAYS.has(head[0]);
    })
    .map((t) => ({ start: t.start, end: t.end }));
}

/** Quantities "10 dagen", "twee weken", "vijftien woensdagen", "6 uur per dag". */
export function quantitiesIn(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const n = numberOf(tokens[k]!);
    if (n === null || n <= 0) continue;
    // the unit right after the number, or after one adjective ("twee hele weken", "10 werkdagen")
    let u = k + 1;
    let unit = UNITS.get(tokens[u]!.norm);
    if (!unit && tokens[k + 2] && tokens[k + 2]!.start - tokens[k + 1]!.end <= 2 && tokens[k + 1]!.norm.length <= 8 && numberOf(tokens[k + 1]!) === null) {
      u = k + 2;
      unit = UNITS.get(tokens[u]!.norm);
    }
    if (!unit) continue;
    if (tokens[u]!.start - tokens[u - 1]!.end > 3) continue;
    // "om 8 uur", "van 8 tot 16 uur": a clock time, not a duration
    const prev = tokens[k - 1]?.norm;
    if (unit === 'hour' && (prev === 'om' || prev === 'tot' || prev === 'vanaf' || prev === 'na')) continue;
    let per: Quantity['per'];
    const p1 = tokens[u + 1]?.norm;
    const p2 = tokens[u + 2]?.norm;
    if (p1 === 'per' || p1 === 'elke' || p1 === 'iedere' || p1 === 'op' || (p1 === 'in' && p2 === 'de')) {
      const w = p1 === 'in' ? tokens[u + 3]?.norm : p2;
      const wu = w ? UNITS.get(w) : undefined;
      if (wu === 'day' || wu === 'week' || wu === 'month') per = wu;
      else if (w && YEAR_WORDS.has(w)) per = 'year';
      else if (w && WEEKDAYS.has(w)) per = 'week';
    }
    out.push({ start: tokens[k]!.start, end: tokens[u]!.end, value: n, unit, ...(per ? { per } : {}) });
    k = u;
  }
  return out;
}

const CONNECTORS = new Set(['en', 't', 'm', 'tot', 'met', 'of']);

/** How many separate year mentions a unit has: "in klas 3 …, in klas 4 …" has two, "in klas 3 en 4" one. */
export function yearMentions(tokens: Token[]): number {
  let n = 0;
  tokens.forEach((t, k) => {
    if (!YEAR_WORDS.has(t.norm) || t.norm === 'periode') return;
    const next = tokens[k + 1];
    if (next && (next.kind === 'number' || parseNumberWord(next.text) !== null)) n++;
  });
  return n;
}

/** School years and phases named in tokens: "leerjaar 3" → j3, "klas 1 en 2" → j1 j2, "derde leerjaar" → j3, "fase 2" → f2. */
export function yearsIn(tokens: Token[], text?: string): Set<string> {
  const ids = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    const band = YEAR_BANDS.get(w);
    if (band) {
      ids.add(band);
      continue;
    }
    if (!YEAR_WORDS.has(w)) {
      // "derde leerjaar", "3e jaar"
      const ord = ORDINALS.get(w);
      const next = tokens[k + 1]?.norm;
      if (ord !== undefined && next && YEAR_WORDS.has(next)) ids.add(`${next === 'fase' || next === 'stap' ? 'f' : 'j'}${ord}`);
      continue;
    }
    const prefix = w === 'fase' || w === 'stap' || w === 'periode' ? 'f' : 'j';
    if (w === 'periode') continue; // "periode 3" is a term of the school year, not a year
    // "klas 3", "leerjaar 3 en 4", "klas 1, 2 en 3", "leerjaar 1-2" (the tokenizer splits "1-2" in two numbers):
    // numbers joined by connectors, never two numbers in a row ("leerjaar 3 en 4 twee dagen")
    let expectNumber = true;
    for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
      const t = tokens[j]!;
      const n = t.kind === 'number' ? parseDigits(t.text) : parseNumberWord(t.text);
      const year = n !== null && Number.isInteger(n) && n >= 1 && n <= 6;
      // after a number: a connector ("en", "t/m"), or digits right after a hyphen or comma ("1-2", "1, 2")
      const joined =
        text !== undefined && t.kind === 'number' && t.start - tokens[j - 1]!.end <= 2 && /^[-,/] ?$/.test(text.slice(tokens[j - 1]!.end, t.start));
      if (year && (expectNumber || joined)) {
        ids.add(`${prefix}${n}`);
        expectNumber = false;
        continue;
      }
      if (CONNECTORS.has(t.norm)) {
        expectNumber = true;
        continue;
      }
      break;
    }
  }
  return ids;
}
