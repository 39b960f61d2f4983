// Text utilities for the answer guard: sentence splitting (incremental, so a stream and a whole
// reply split identically), citation markers, numbers (digits and Dutch number words) and a
// cheap lexical support measure. Pure functions, no I/O.

import { fold } from '../retrieval/text.ts';

/** A sentence found by `scanSentences`; offsets are into the scanned buffer. */
export interface Segment {
  start: number;
  end: number;
  /** The whitespace between the previous segment (or buffer start) and this one. */
  gap: string;
}

const ABBREVIATIONS = new Set([
  'art', 'artt', 'bijv', 'bv', 'enz', 'etc', 'nr', 'nrs', 'blz', 'pag', 'p', 'pp', 'zgn', 'incl', 'excl',
  'jl', 'vs', 'ca', 'resp', 'evt', 'min', 'max', 'mr', 'dhr', 'mevr', 'drs', 'dr', 'ir', 'ing', 'prof',
  'vgl', 'par', 'hfst', 'hst', 'fig', 'tab', 'stb', 'stcrt', 'sept', 'okt', 'nov', 'dec', 'jan', 'feb',
  'aug', 'wo', 'ma', 'di', 'do', 'vr', 'za', 'zo', 'lwt', 'st',
]);

const SENTENCE_END = /[.!?…]/;
const CLOSERS = /["'”’)»]/;
const SENTENCE_START = /[\p{Lu}\p{N}"'“‘(\-•*#[]/u;

/** Marker group like `[1]`, `[1, 3]`, `[2-4]`. */
export const MARKER_RE = /\[\s*(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\s*\]/g;
const MARKER_AT = /^\[\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\]/;
/** A possibly unfinished marker at the end of a buffer, e.g. `[1, `. */
const PARTIAL_MARKER = /^\[[\d\s,;–-]*$/;

function isAbbreviation(buf: string, segStart: number, dot: number): boolean {
  let w = dot;
  while (w > segStart && /[\p{L}.]/u.test(buf[w - 1] ?? '')) w--;
  const word = buf.slice(w, dot).toLowerCase();
  if (word === '') {
    // "1." at the start of a line: a list number, not a sentence.
    return /^\s*\d{1,2}$/.test(buf.slice(segStart, dot));
  }
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{L}$/u.test(word)) return true; // "a." (onderdeel), initials
  return /^(\p{L}\.)+\p{L}$/u.test(word); // "o.a", "m.b.t", "d.w.z"
}

function blankLineAt(buf: string, k: number): boolean {
  const re = /\n[ \t\r]*\n/y;
  re.lastIndex = k;
  return re.test(buf);
}

/**
 * Splits `buf` into sentences. A boundary is only decided when the text after it is known
 * (the next sentence has started, a newline, or `final`), so feeding a text in pieces yields
 * the same segments as feeding it whole. Citation markers right after the punctuation
 * ("…zijn. [1] Daarna") belong to the sentence before them. Newlines always end a sentence.
 * Returns the complete segments and `consumed`, the offset where the unfinished rest begins.
 */
export function scanSentences(
  buf: string,
  final: boolean,
  opts: { paragraphs?: boolean } = {},
): { segments: Segment[]; consumed: number } {
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
    if (ch === '\n' && (!opts.paragraphs || blankLineAt(buf, k))) {
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
    if (ch === '.' && j === k + 1 && isAbbreviation(buf, segStart, k)) {
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
      if (m >= n) break;
      if (buf[m] !== '[') break;
      const rest = buf.slice(m);
      const hit = MARKER_AT.exec(rest);
      if (hit) {
        m += hit[0].length;
        end = m;
        continue;
      }
      if (PARTIAL_MARKER.test(rest) && !final) break scan; // unknown yet
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
    if (next === '\n' || next === '\r' || SENTENCE_START.test(next)) {
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
  // Otherwise the unfinished rest (or trailing whitespace, the gap before the next sentence)
  // stays in the buffer from `consumed` on.
  return { segments, consumed };
}

/**
 * Splits a whole text into sentences with offsets (used on passages for quotes). Single line
 * breaks are treated as spaces (PDF and plan texts wrap lines); a blank line ends a sentence.
 */
export function splitSentences(text: string): Array<{ start: number; end: number; text: string }> {
  return scanSentences(text, true, { paragraphs: true }).segments.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

/** The citation numbers in a text, in order of appearance (ranges expanded, duplicates kept). */
export function parseMarkers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MARKER_RE)) {
    for (const part of (m[1] as string).split(/[,;]/)) {
      const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(part);
      if (range) {
        const a = Number(range[1]);
        const b = Number(range[2]);
        if (b >= a && b - a < 20) for (let x = a; x <= b; x++) out.push(x);
        else out.push(a, b);
      } else out.push(Number(part.trim()));
    }
  }
  return out;
}

export function stripMarkers(text: string): string {
  return text.replace(MARKER_RE, ' ');
}

// ---------------------------------------------------------------------------------------------
// Numbers

const UNITS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const TEENS: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};

function parseBelow100(w: string): number | null {
  if (w in UNITS) return UNITS[w] as number;
  if (w in TEENS) return TEENS[w] as number;
  if (w in TENS) return TENS[w] as number;
  const m = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(w);
  if (m) return (UNITS[m[1] as string] as number) + (TENS[m[2] as string] as number);
  return null;
}

function parseBelow1000(w: string): number | null {
  const i = w.indexOf('honderd');
  if (i < 0) return parseBelow100(w);
  const left = w.slice(0, i);
  const right = w.slice(i + 'honderd'.length);
  const l = left === '' ? 1 : parseBelow100(left);
  if (l === null || l > 9) return null;
  if (right === '') return l * 100;
  const r = parseBelow100(right.replace(/^en/, ''));
  return r === null ? null : l * 100 + r;
}

/**
 * Parses a Dutch number word ("drie", "veertig", "zeshonderdveertig", "tweeëntwintig",
 * "twaalfhonderdtachtig" is not supported). Standalone "een" is the article, so only "één" is 1.
 */
export function parseDutchNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'een') return null;
  if (w === 'nul') return 0;
  const i = w.indexOf('duizend');
  if (i < 0) return parseBelow1000(w);
  const left = w.slice(0, i);
  const right = w.slice(i + 'duizend'.length);
  const l = left === '' ? 1 : parseBelow1000(left);
  if (l === null) return null;
  if (right === '') return l * 1000;
  const r = parseBelow1000(right.replace(/^en/, ''));
  return r === null ? null : l * 1000 + r;
}

function canon(x: number): string {
  return String(Number(x.toFixed(6)));
}

/**
 * Keys under which a written number can match another: "92,0", "92.0", "92" and "92%" share
 * "92"; "1.280" (Dutch thousands) matches "1280"; "2.36" and "10.2.1" also match as written.
 */
export function numberKeys(raw: string): string[] {
  const keys = new Set<string>([raw.replace(/,/g, '.')]);
  if (/^\d+$/.test(raw)) keys.add(canon(Number(raw)));
  if (/^\d+[.,]\d+$/.test(raw)) keys.add(canon(Number(raw.replace(',', '.'))));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) keys.add(canon(Number(raw.replace(/\./g, '').replace(',', '.'))));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) keys.add(canon(Number(raw.replace(/,/g, ''))));
  return [...keys];
}

/** One number mentioned in a text, with its match keys. */
export interface NumberMention {
  raw: string;
  keys: string[];
}

const DIGITS_RE = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*/gu;
const WORD_RE = /\p{L}+/gu;
/** "in acht nemen" (to observe) is not the number 8. */
const ACHT_IDIOM = /^\s+(?:te\s+)?(?:neem|nem|genomen|slaan|geslagen)/i;

/** Numbers written in digits or Dutch words, markers excluded. */
export function extractNumbers(text: string): NumberMention[] {
  const clean = stripMarkers(text);
  const out: NumberMention[] = [];
  for (const m of clean.matchAll(DIGITS_RE)) {
    const raw = m[0].replace(/[.,]+$/, '');
    out.push({ raw, keys: numberKeys(raw) });
  }
  for (const m of clean.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase();
    const value = parseDutchNumberWord(word);
    if (value === null) continue;
    if (word === 'acht' && ACHT_IDIOM.test(clean.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ raw: m[0], keys: [canon(value)] });
  }
  return out;
}

/** All keys of all numbers in the given texts. */
export function numberKeySet(...texts: Array<string | undefined>): Set<string> {
  const set = new Set<string>();
  for (const t of texts) if (t) for (const n of extractNumbers(t)) for (const k of n.keys) set.add(k);
  return set;
}

// ---------------------------------------------------------------------------------------------
// Words

const STOPWORDS = new Set(
  (
    'aan al alle alles als ben bij dan dat de deze die dit doen door dus een eens en er geen haar heb hebben heeft hem het hier hij hoe hun ' +
    'iets in is ja je jij jou jouw kan kunnen maar me meer men met mij mijn mag mogen moet moeten na naar niet niets nog nu of om omdat ' +
    'ons ook op over te tot u uit van veel voor waar wat want was wel welke werd wie wij wil worden wordt ze zelf zij zijn zo zoals zal ' +
    'zullen zou zouden daar daarom daarbij daarnaast echter ieder iedere elke ander andere anderen volgens staat staan stond bron bronnen ' +
    'passage tekst teksten beide zich onder tussen binnen zonder toch alleen vooral soms vaak altijd nooit steeds gaat gaan krijgt krijgen ' +
    'hebt bent kunt wilt zult moest konden kon'
  ).split(/\s+/),
);

export { fold };

/** Content words (≥ 4 letters, no stopwords), diacritics folded. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(stripMarkers(text)).matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w.length >= 4 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Two words match when equal or when they share a long prefix ("voldoet"/"voldoen", "stages"/"stage"). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && a[p] === b[p]) p++;
  return p >= 5 && p >= 0.7 * min;
}

/** Share of `words` found in `vocabulary` (1 when there are no words). */
export function lexicalSupport(words: string[], vocabulary: Set<string>): number {
  if (words.length === 0) return 1;
  let hit = 0;
  for (const w of words) {
    if (vocabulary.has(w)) {
      hit++;
      continue;
    }
    for (const v of vocabulary) {
      if (wordsMatch(w, v)) {
        hit++;
        break;
      }
    }
  }
  return hit / words.length;
}

// ---------------------------------------------------------------------------------------------
// Prompt injection inside passages

const INJECTION_PATTERNS: RegExp[] = [
  /\b(negeer|vergeet|omzeil)\b.{0,40}\b(instructies?|opdrachten|regels|prompt)\b/,
  /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules)\b/,
  /\b(systeemprompt|systeem prompt|system prompt)\b/,
  /\b(je bent|jij bent|you are) (nu |now )?(een |an? )?(ai|assistent|assistant|taalmodel|chatbot|language model)\b/,
  /\bals (ai|taalmodel|assistent|chatbot)\b/,
  /\bnieuwe instructies?\b|\bnew instructions?\b/,
];

/** True for a sentence that addresses the assistant instead of describing stages. */
export function looksLikeInstruction(sentence: string): boolean {
  const f = fold(sentence);
  return INJECTION_PATTERNS.some((re) => re.test(f));
}
