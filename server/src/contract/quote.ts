// The one quote matcher: where a quoted passage is in a text, for highlighting and for checking that
// a citation is verbatim. Strict: verbatim after whitespace normalisation (the API's rule for quotes).
// Tolerant (for highlighting in text that may have been re-typed or re-rendered): also case, accents,
// typographic quotes and dashes, invisible characters, an ellipsis that shortens the quote, and a
// changed middle of a long quote.
import { fold } from '../nl/normalize.ts';

export interface TextSpan {
  start: number;
  end: number;
}

export interface QuoteOptions {
  /** Where the quote was (offsets into this or an earlier version of the text): the nearest occurrence wins. */
  hint?: TextSpan;
  /** Also match across case, accents, typography, ellipses and a changed middle. Default false. */
  tolerant?: boolean;
}

interface Normalised {
  text: string;
  /** map[i]: offset in the original text of normalised character i. */
  map: number[];
}

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/;
const SPACE = /\s/;
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/;

/** Whitespace runs become one space, ends trimmed; tolerant: folded, invisibles dropped, quotes straight. */
function normalise(text: string, tolerant: boolean): Normalised {
  const source = tolerant ? fold(text) : text;
  let out = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const original = text[i]!;
    if (SPACE.test(original)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (tolerant && INVISIBLE.test(original)) continue;
    if (pendingSpace) {
      out += ' ';
      map.push(i - 1);
      pendingSpace = false;
    }
    out += tolerant && DOUBLE_QUOTES.test(original) ? '"' : source[i]!;
    map.push(i);
  }
  return { text: out, map };
}

/** At most this many occurrences are compared with the hint. */
const MAX_OCCURRENCES = 1000;

function locate(hay: Normalised, needle: string, hint: TextSpan | undefined): TextSpan | null {
  if (!needle) return null;
  let best: TextSpan | null = null;
  let bestDistance = Infinity;
  let seen = 0;
  for (let at = hay.text.indexOf(needle); at !== -1 && seen < MAX_OCCURRENCES; at = hay.text.indexOf(needle, at + 1), seen++) {
    const span = { start: hay.map[at]!, end: hay.map[at + needle.length - 1]! + 1 };
    if (!hint) return span;
    const distance = Math.abs(span.start - hint.start);
    if (distance < bestDistance) {
      best = span;
      bestDistance = distance;
    }
  }
  return best;
}

function stripEllipsis(quote: string): string {
  return quote.replace(/^\s*(?:…|\.\.\.)\s*/, '').replace(/\s*(?:…|\.\.\.)\s*$/, '');
}

/** Finds `quote` in `text`; returns offsets into the original `text`, or null. */
export function findQuote(text: string, quote: string, options: QuoteOptions = {}): TextSpan | null {
  if (!quote.trim()) return null;
  const { hint, tolerant = false } = options;
  if (hint && hint.end <= text.length && text.slice(hint.start, hint.end) === quote) return { start: hint.start, end: hint.end };
  const strict = locate(normalise(text, false), normalise(quote, false).text, hint);
  if (strict || !tolerant) return strict;

  const hay = normalise(text, true);
  const find = (q: string) => locate(hay, normalise(q, true).text, hint);
  const whole = find(quote);
  if (whole) return whole;
  const stripped = stripEllipsis(quote);
  const shortened = find(stripped);
  if (shortened) return shortened;
  const fragments = stripped
    .split(ELLIPSIS)
    .filter((f) => f.trim().length >= 12)
    .sort((a, b) => b.length - a.length);
  for (const fragment of fragments) {
    const found = find(fragment);
    if (found) return found;
  }
  // The text changed inside a long quote: anchor on its beginning and its end.
  const needle = normalise(stripped, true).text;
  if (needle.length > 60) {
    const head = needle.slice(0, 30);
    const tail = needle.slice(-30);
    const h = hay.text.indexOf(head);
    if (h !== -1) {
      const t = hay.text.indexOf(tail, h + head.length);
      if (t !== -1 && t - h < needle.length * 2) return { start: hay.map[h]!, end: hay.map[t + tail.length - 1]! + 1 };
    }
  }
  return null;
}

/**
 * Whether `quote` is verbatim from `source` after whitespace normalisation (the API's rule for
 * citations). A quote shortened with "…" counts when every piece is verbatim.
 */
export function isVerbatimQuote(source: string, quote: string): boolean {
  const pieces = stripEllipsis(quote)
    .split(ELLIPSIS)
    .filter((p) => p.trim());
  if (pieces.length === 0) return false;
  const hay = normalise(source, false);
  return pieces.every((p) => locate(hay, normalise(p, false).text, undefined) !== null);
}
