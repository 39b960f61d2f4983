// The one sentence splitter. Incremental: a boundary is decided only when the text after it is known, so a
// streamed answer and the whole text split identically (the LLM guard relies on this).
import { FINAL_ABBREVIATIONS, INNER_ABBREVIATIONS } from './lexicon.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** A sentence found by `scanSentences`; offsets are into the scanned buffer. */
export interface Segment {
  start: number;
  end: number;
  /** The whitespace between the previous segment (or buffer start) and this one. */
  gap: string;
}

export interface SplitOptions {
  /**
   * 'end' (default): every line break ends a sentence (cleaned report text, lists, table rows, document lines).
   * 'paragraph': a single line break is a wrapped line; only a blank line ends a sentence (LLM output, PDF text).
   */
  lineBreaks?: 'end' | 'paragraph';
}

const SENTENCE_END = /[.!?…]/;
const CLOSERS = /["'”’)»]/;
const SENTENCE_START = /[\p{Lu}\p{N}"'“‘(\-•*#[]/u;
const UPPER = /\p{Lu}/u;
/** Citation markers like `[1]`, `[1, 3]`, `[2-4]` belong to the sentence before them. */
const MARKER_AT = /^\[\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\]/;
const PARTIAL_MARKER = /^\[[\d\s,;–-]*$/;

type Dot = 'end' | 'inner' | 'final';

/** What the full stop at `dot` is: a sentence end, an abbreviation inside a sentence, or one that may end it. */
function dotKind(buf: string, segStart: number, dot: number): Dot {
  let w = dot;
  while (w > segStart && w > dot - 12 && /[\p{L}.]/u.test(buf[w - 1] ?? '')) w--;
  const word = buf.slice(w, dot).toLowerCase();
  if (word === '') return dot - segStart <= 4 && /^\s*\d{1,2}$/.test(buf.slice(segStart, dot)) ? 'inner' : 'end'; // "1." opens a list item
  if (FINAL_ABBREVIATIONS.has(word)) return 'final';
  if (INNER_ABBREVIATIONS.has(word)) return 'inner';
  if (/^\p{L}$/u.test(word)) return 'inner'; // an onderdeel "a." or an initial
  return /^(\p{L}\.)+\p{L}$/u.test(word) ? 'inner' : 'end'; // "m.i", "t.z.t"
}

function blankLineAt(buf: string, k: number): boolean {
  const re = /\n[ \t\r]*\n/y;
  re.lastIndex = k;
  return re.test(buf);
}

/**
 * Splits `buf` into sentences. Returns the complete segments and `consumed`, the offset where the unfinished rest
 * begins (everything, when `final`). Linear in the buffer.
 */
export function scanSentences(buf: string, final: boolean, opts: SplitOptions = {}): { segments: Segment[]; consumed: number } {
  const paragraphs = opts.lineBreaks === 'paragraph';
  const segments: Segment[] = [];
  const n = buf.length;
  let consumed = 0;
  let segStart = -1;
  let k = 0;
  const push = (end: number): void => {
    let e = end;
    while (e > segStart && /\s/.test(buf[e - 1] ?? '')) e--;
    if (e > segStart) segments.push({ start: segStart, end: e, gap: buf.slice(consumed, segStart) });
    consumed = end;
    segStart = -1;
  };
  scan: while (k < n) {
    const ch = buf[k] as string;
    if (segStart < 0) {
      if (/\s/.test(ch)) {
        k++;
        continue;
      }
      segStart = k;
    }
    if (ch === '\n' && (!paragraphs || blankLineAt(buf, k))) {
      push(k);
      continue;
    }
    if (!SENTENCE_END.test(ch)) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < n && SENTENCE_END.test(buf[j] as string)) j++;
    while (j < n && CLOSERS.test(buf[j] as string)) j++;
    const dot = ch === '.' && j === k + 1 ? dotKind(buf, segStart, k) : 'end';
    if (dot === 'inner') {
      k = j;
      continue;
    }
    if (j >= n) {
      if (final) {
        push(n);
        k = n;
        continue;
      }
      break;
    }
    if (!/\s/.test(buf[j] as string)) {
      k = j; // "92.0", "o.a.x", "?!)"
      continue;
    }
    // Skip whitespace and markers that still belong to this sentence.
    let m = j;
    let end = j;
    for (;;) {
      while (m < n && (buf[m] === ' ' || buf[m] === '\t')) m++;
      if (m >= n || buf[m] !== '[') break;
      const rest = buf.slice(m, m + 24);
      const hit = MARKER_AT.exec(rest);
      if (hit) {
        m += hit[0].length;
        end = m;
        continue;
      }
      if (PARTIAL_MARKER.test(rest) && m + 24 >= n && !final) break scan; // unknown yet
      break;
    }
    if (m >= n) {
      if (final) {
        push(end);
        k = n;
        continue;
      }
      break;
    }
    const next = buf[m] as string;
    // After "etc." or "e.d." only a capital starts a new sentence.
    const starts = dot === 'final' ? UPPER.test(next) : next === '\n' || next === '\r' || SENTENCE_START.test(next);
    if (starts) {
      push(end);
      k = end;
      continue;
    }
    k = j;
  }
  if (final) {
    if (segStart >= 0) push(n);
    consumed = n;
  }
  return { segments, consumed };
}

/** The sentences of a whole text, with offsets. */
export function splitSentences(text: string, opts: SplitOptions = {}): SentenceSpan[] {
  return scanSentences(text, true, opts).segments.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}
