// Personal data in what a school stores (document text, titles, file names), masked in one pass before anything
// is kept: e-mail addresses, phone numbers, BSNs (11-proef), IBANs (mod 97) and Dutch addresses.
//
// The text is normalised first (normalizeText: NFKC, invisible characters, dashes), so full-width digits,
// zero-width spaces and en dashes hide nothing. Every detector finds candidates with fixed-length patterns and
// looks around them within a fixed distance, so the cost is linear in the text, whatever it contains.
// Detectors report spans on the same normalised text; overlapping spans are resolved once, left to right.

import { normalizeText } from './normalize.ts';
import piiWords from './lexicon/pii-words.json';
import streetWords from './lexicon/street-words.json';

export type MaskedType = 'email' | 'phone' | 'bsn' | 'iban' | 'address';

export interface MaskResult {
  /** The normalised text with personal data replaced by placeholders. */
  text: string;
  /** What was masked, in a fixed order, only types that occurred. */
  masked: Array<{ type: MaskedType; count: number }>;
}

export const PLACEHOLDERS: Record<MaskedType, string> = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  address: '[adres]',
};

const TYPES: readonly MaskedType[] = ['email', 'phone', 'bsn', 'iban', 'address'];

interface Span {
  start: number;
  end: number;
  type: MaskedType;
}

/** Masks personal data in a document's text (normalised first). */
export function maskPersonalData(raw: string): MaskResult {
  const text = normalizeText(raw);
  const spans = [...emailSpans(text), ...ibanSpans(text), ...numberSpans(text), ...addressSpans(text)];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const counts: Record<MaskedType, number> = { email: 0, phone: 0, bsn: 0, iban: 0, address: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps a span already masked
    parts.push(text.slice(at, s.start), PLACEHOLDERS[s.type]);
    counts[s.type]++;
    at = s.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), masked: TYPES.filter((t) => counts[t] > 0).map((type) => ({ type, count: counts[type] })) };
}

/** A title or file name with personal data masked (and Unicode normalised). */
export function maskTitle(title: string): string {
  return maskPersonalData(title).text;
}

// ---------------------------------------------------------------------------------------------
// Characters

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlnum = (c: number) => isDigit(c) || isAsciiLetter(c);
const LETTER = /\p{L}/u;
const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && LETTER.test(text[i]!);
const isWordCharAt = (text: string, i: number) => i >= 0 && i < text.length && (isDigit(text.charCodeAt(i)) || LETTER.test(text[i]!));

// ---------------------------------------------------------------------------------------------
// E-mail: around every "@", a local part of at most 64 characters and a domain of at most 255.

const isLocalChar = (c: number) => isAsciiAlnum(c) || c === 46 /* . */ || c === 95 /* _ */ || c === 37 /* % */ || c === 43 /* + */ || c === 45; /* - */

function emailSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && !isAsciiAlnum(text.charCodeAt(start))) start++;
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && end - at <= 255) {
      const c = text.charCodeAt(end);
      if (isAsciiAlnum(c) || c === 45) end++;
      else if (c === 46 && end + 1 < text.length && isAsciiAlnum(text.charCodeAt(end + 1)) && text.charCodeAt(end - 1) !== 46) end++;
      else break;
    }
    while (end > at + 1 && !isAsciiAlnum(text.charCodeAt(end - 1))) end--;
    const domain = text.slice(at + 1, end);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0 || !/^[A-Za-z]{2,24}$/.test(domain.slice(dot + 1))) continue;
    out.push({ start, end, type: 'email' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// IBAN: a country code and check digits at a word start, then the account number in that country's format,
// with or without spaces, validated with mod 97.

/** Account number formats (BBAN, after country code and check digits) of the countries a Dutch school meets (ISO 13616). */
const BBAN: Record<string, { length: number; format: RegExp }> = {
  NL: { length: 14, format: /^[A-Z]{4}\d{10}$/ },
  BE: { length: 12, format: /^\d{12}$/ },
  DE: { length: 18, format: /^\d{18}$/ },
  LU: { length: 16, format: /^\d{3}[A-Z0-9]{13}$/ },
  FR: { length: 23, format: /^\d{10}[A-Z0-9]{11}\d{2}$/ },
  GB: { length: 18, format: /^[A-Z]{4}\d{14}$/ },
  IE: { length: 18, format: /^[A-Z]{4}\d{14}$/ },
  ES: { length: 20, format: /^\d{20}$/ },
  PT: { length: 21, format: /^\d{21}$/ },
  IT: { length: 23, format: /^[A-Z]\d{10}[A-Z0-9]{12}$/ },
  AT: { length: 16, format: /^\d{16}$/ },
  CH: { length: 17, format: /^\d{5}[A-Z0-9]{12}$/ },
  DK: { length: 14, format: /^\d{14}$/ },
  PL: { length: 24, format: /^\d{24}$/ },
  TR: { length: 22, format: /^\d{5}[A-Z0-9]{17}$/ },
};

export function isValidIban(raw: string): boolean {
  const iban = raw.replace(/[\s-]+/g, '').toUpperCase();
  const bban = BBAN[iban.slice(0, 2)];
  if (!bban || !/^\d{2}$/.test(iban.slice(2, 4)) || !bban.format.test(iban.slice(4))) return false;
  let rem = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2}) ?\d{2}/g;

function ibanSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const length = BBAN[m[1]!.toUpperCase()]?.length;
    if (!length) continue;
    // The account number: `length` letters or digits, single spaces or hyphens allowed between them.
    let i = m.index + m[0].length;
    let bban = '';
    while (bban.length < length && i < text.length) {
      const c = text.charCodeAt(i);
      if (isAsciiAlnum(c)) {
        bban += text[i];
        i++;
      } else if ((c === 32 || c === 45) && isAsciiAlnum(text.charCodeAt(i + 1))) {
        i++;
      } else break;
    }
    if (bban.length !== length || isAsciiAlnum(text.charCodeAt(i))) continue;
    if (!isValidIban(m[0].replace(' ', '') + bban)) continue;
    out.push({ start: m.index, end: i, type: 'iban' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers and BSNs: runs of digit groups joined by short separators ("06 - 12 34 56 78", "(010) 123 45 67",
// "+31 (0)6-1234 5678", "123.456.782"). Within a run, windows of up to seven groups are tried, longest first.

interface Group {
  start: number;
  end: number;
  digits: string;
}

const MAX_GROUPS = 7;
const SEPARATOR = /^(?:[ .\-/]|[ ]?[-/][ ]?|[ ]?\(|\)[ ]?|\)[ ]?-[ ]?)$/;
const BSN_KEYWORDS = new Set(piiWords.bsnKeywords);
/** BSN groupings written without the word BSN: 123456782, 1234.56.782, 123 456 782, 12.34.56.782. */
const BSN_GROUPINGS = new Set(['9', '4,2,3', '3,3,3', '2,2,2,3']);

export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function numberSpans(text: string): Span[] {
  const out: Span[] = [];
  let run: Group[] = [];
  const flush = () => {
    if (run.length) scanRun(text, run, out);
    run = [];
  };
  for (const m of text.matchAll(/\d+/g)) {
    const group = { start: m.index, end: m.index + m[0].length, digits: m[0] };
    const prev = run[run.length - 1];
    if (prev && !SEPARATOR.test(text.slice(prev.end, group.start))) flush();
    run.push(group);
  }
  flush();
  return out;
}

const sep = (text: string, a: Group, b: Group) => text.slice(a.end, b.start);

/** Groups that belong to a date (31-12-2025, 2025-12-31) or are too long for any number we mask. */
function barriers(text: string, run: Group[]): boolean[] {
  const barrier = run.map((g) => g.digits.length > 12);
  for (let i = 0; i + 2 < run.length; i++) {
    const [a, b, c] = [run[i]!, run[i + 1]!, run[i + 2]!];
    const s = sep(text, a, b);
    if (s !== sep(text, b, c) || !['-', '.', '/'].includes(s)) continue;
    // Digits that go on with the same separator are one number ("06-02-85-75-55"), not a date.
    if ((i > 0 && sep(text, run[i - 1]!, a) === s) || (i + 3 < run.length && sep(text, c, run[i + 3]!) === s)) continue;
    const dayFirst =
      a.digits.length <= 2 && Number(a.digits) <= 31 && b.digits.length <= 2 && Number(b.digits) <= 12 && (c.digits.length === 4 || c.digits.length === 2);
    const yearFirst = a.digits.length === 4 && b.digits.length <= 2 && Number(b.digits) <= 12 && c.digits.length <= 2 && Number(c.digits) <= 31;
    if (dayFirst || yearFirst) barrier[i] = barrier[i + 1] = barrier[i + 2] = true;
  }
  return barrier;
}

function scanRun(text: string, run: Group[], out: Span[]): void {
  const barrier = barriers(text, run);
  for (let i = 0; i < run.length; ) {
    // The window from i: up to MAX_GROUPS groups, none a barrier, and at least 8 digits to be worth classifying.
    let end = i;
    let digits = 0;
    while (end < run.length && end < i + MAX_GROUPS && !barrier[end]) digits += run[end++]!.digits.length;
    let found: Span | null = null;
    let last = i;
    if (digits >= 8) {
      for (let j = end - 1; j >= i && !found; j--) {
        found = classify(text, run, i, j);
        last = j;
      }
    }
    if (found) {
      out.push(found);
      i = last + 1;
    } else i++;
  }
}

function classify(text: string, run: Group[], i: number, j: number): Span | null {
  let length = 0;
  for (let k = i; k <= j; k++) length += run[k]!.digits.length;
  // Every number masked here has 8 to 15 digits (with the trunk zero of "+31 (0)6": 12).
  if (length < 8 || length > 16) return null;
  const groups = run.slice(i, j + 1);
  const first = groups[0]!;
  const lastGroup = groups[groups.length - 1]!;
  const plus = text[first.start - 1] === '+';
  // "(010) 123 45 67": the opening bracket belongs to the number.
  const bracket = !plus && text[first.start - 1] === '(' && sep(text, first, groups[1] ?? first).startsWith(')');
  const start = plus || bracket ? first.start - 1 : first.start;
  // The account number of an IBAN whose checksum failed is no phone number: "NL91 ABNA 0417 1643 01".
  if (/[A-Z]{2}\d{2} ?[A-Z]{4} ?$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  // An amount is never a phone number or BSN: "€ 123.456.782".
  if (/[€$£]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return null;
  // Right: not glued to letters or digits, no percentage, no decimals.
  const after = text.charCodeAt(lastGroup.end);
  if (isWordCharAt(text, lastGroup.end) || after === 37 /* % */ || /^[.,]\d/.test(text.slice(lastGroup.end, lastGroup.end + 2))) return null;
  const digits = groups.map((g) => g.digits).join('');
  const keyword = digits.length === 9 && bsnKeywordBefore(text, start);
  // Left: not glued to a word, unless that word announces a BSN ("BSN123456782").
  if (i === 0 && isWordCharAt(text, start - 1) && !keyword) return null;
  if (plus && isWordCharAt(text, start - 1)) return null;

  if (isPhone(text, groups, digits, plus)) return { start, end: lastGroup.end, type: 'phone' };
  if (digits.length === 9 && isValidBsn(digits)) {
    const separators = new Set(groups.slice(1).map((g, k) => sep(text, groups[k]!, g)));
    const regular = BSN_GROUPINGS.has(groups.map((g) => g.digits.length).join(',')) && separators.size <= 1 && [...separators].every((s) => s.length === 1);
    if (keyword || regular) return { start, end: lastGroup.end, type: 'bsn' };
  }
  return null;
}

/** International (+31 6 …, 0031 …, +32 …) or Dutch (06 …, 010 …, 0800 …) phone number digits. */
function isPhone(text: string, groups: Group[], digits: string, plus: boolean): boolean {
  if (plus || digits.startsWith('00')) {
    const rest = plus ? digits : digits.slice(2);
    if (!rest.startsWith('31')) return rest.length >= 8 && rest.length <= 15;
    // "+31 (0)6 …": the trunk zero in brackets is not dialled.
    const trunk = groups.findIndex((g, k) => k > 0 && g.digits === '0' && sep(text, groups[k - 1]!, g).includes('('));
    const national =
      trunk > 0
        ? groups
            .filter((_, k) => k !== trunk)
            .map((g) => g.digits)
            .join('')
            .slice(plus ? 2 : 4)
        : rest.slice(2);
    return national.length === 9 && national[0] !== '0';
  }
  if (digits[0] !== '0') return false;
  return /^0(?:800|900|906|909)/.test(digits) ? digits.length === 8 || digits.length === 11 : digits.length === 10;
}

/** Whether the text just before `at` is a word that announces a BSN ("BSN", "BSN: ", "burgerservicenummer "). */
function bsnKeywordBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 3 && /[\s:.#]/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 24 && (isLetterAt(text, start - 1) || text[start - 1] === '-')) start--;
  return start < end && BSN_KEYWORDS.has(text.slice(start, end).toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Addresses: a house number after a street name ("Stationsstraat 12", "Laan van Meerdervoort 5",
// "Adres: Lange Voorhout 3", "Lange Voorhout 3, 2514 EA"), and a postcode with a house number ("1234 AB 12").

const SUFFIXES = streetWords.suffixes;
const NOT_STREETS = streetWords.notStreets;
const STREET_WORDS = new Set(streetWords.streetWords);
const PARTICLES = new Set(streetWords.particles);
const LABELS = streetWords.labels;
/** At most this many words make a street name. */
const MAX_STREET_WORDS = 6;

const HOUSE_NUMBER = /(?<![\d.,\-/])\d{1,5}(?!\d)/g;
const ADDITION = /^(?:[ -]?[A-Za-z](?![\p{L}\d])|[ -](?:bis|hs|huis|boven|beneden|I{1,3}|IV)(?![\p{L}\d])|-\d{1,4}(?!\d))/u;
const POSTCODE = /^(?:,? {1,3}|,? {0,3}\n {0,3})[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/u;
const POSTCODE_NUMBER = /(?<![\p{L}\d])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2},? {0,3}\d{1,5}(?:[ -]?[A-Za-z](?![\p{L}\d])|-\d{1,4})?(?![\p{L}\d\-/]|[.,]\d)/gu;
const WORD = /^[\p{L}'][\p{L}'.-]*$/u;
const CAPITAL = /^\p{Lu}/u;

const isCapitalised = (w: string) => CAPITAL.test(w) || w === "'t" || w === "'s";
const isParticle = (w: string) => PARTICLES.has(w);
const endsWithAny = (w: string, list: readonly string[]) => list.some((s) => w.endsWith(s));

/** Whether the word ending at `end` starts with a capital (a cheap test before a street is looked for). */
function capitalisedWordBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 40 && isStreetChar(text, start - 1)) start--;
  return isCapitalised(text.slice(start, end));
}

function addressSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(HOUSE_NUMBER)) {
    const at = m.index;
    if (text[at - 1] !== ' ' || !isLetterAt(text, at - 2) || !capitalisedWordBefore(text, at - 1)) continue;
    let end = at + m[0].length;
    const addition = ADDITION.exec(text.slice(end, end + 12));
    if (addition) end += addition[0].length;
    // A number in the street's name ("Plein 1813 93"): the house number follows it.
    const second = /^ \d{1,5}(?!\d)/.exec(text.slice(end, end + 7));
    if (second) {
      end += second[0].length;
      const more = ADDITION.exec(text.slice(end, end + 12));
      if (more) end += more[0].length;
    }
    const postcode = POSTCODE.exec(text.slice(end, end + 16));
    if (!postcode && (isWordCharAt(text, end) || /^[.,]\d|^[-/]\d/.test(text.slice(end, end + 2)))) continue;
    const start = streetStart(text, at, !!postcode);
    if (start === null) continue;
    out.push({ start, end: postcode ? end + postcode[0].length : end, type: 'address' });
  }
  for (const m of text.matchAll(POSTCODE_NUMBER)) out.push({ start: m.index, end: m.index + m[0].length, type: 'address' });
  return out;
}

const isStreetChar = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || c === 39 /* ' */ || c === 46 /* . */ || c === 45 /* - */ || (c > 127 && LETTER.test(text[i]!));
};

/** Up to MAX_STREET_WORDS + 1 words before the house number at `at`, nearest first, separated by single spaces. */
function wordsBefore(text: string, at: number): Array<{ w: string; start: number }> {
  const words: Array<{ w: string; start: number }> = [];
  let end = at - 1; // the space before the number
  while (words.length <= MAX_STREET_WORDS) {
    let start = end;
    while (start > 0 && end - start < 40 && isStreetChar(text, start - 1)) start--;
    const w = text.slice(start, end);
    if (!WORD.test(w)) break;
    words.push({ w, start });
    if (start < 2 || text[start - 1] !== ' ' || text[start - 2] === ' ') break;
    end = start - 1;
  }
  return words;
}

/** Where the street name before the house number at `at` starts, or null when the words there are no street. */
function streetStart(text: string, at: number, postcodeFollows: boolean): number | null {
  const words = wordsBefore(text, at);
  if (!words.length || !isCapitalised(words[0]!.w)) return null;
  // The longest run of capitalised words and particles, without particles at its far end.
  let n = 0;
  while (n < Math.min(words.length, MAX_STREET_WORDS) && (isCapitalised(words[n]!.w) || isParticle(words[n]!.w))) n++;
  while (n > 0 && isParticle(words[n - 1]!.w)) n--;
  if (n === 0) return null;
  const run = words.slice(0, n);
  const nearest = run[0]!.w.toLowerCase();
  const start = run[n - 1]!.start;

  // "Stationsstraat 12", "Burgemeester de Vlugtlaan 5"
  if (endsWithAny(nearest, SUFFIXES) && !SUFFIXES.includes(nearest) && !endsWithAny(nearest, NOT_STREETS)) return start;
  // "Laan van Meerdervoort 5", "Oude Gracht 12", "Markt 3"
  if (run.some((r) => isCapitalised(r.w) && STREET_WORDS.has(r.w.toLowerCase()))) return start;
  // "Lange Voorhout 3, 2514 EA Den Haag"
  if (postcodeFollows) return start;
  // "Adres: Lange Voorhout 3", "woont aan de Lange Voorhout 3"
  const before = text
    .slice(Math.max(0, start - 60), start)
    .toLowerCase()
    .replace(/[\s:;,-]+$/, '');
  let label = before;
  for (let k = 0; k < 3; k++) {
    const m = /(?:^|\s)(\S+)$/.exec(label);
    if (!m || !isParticle(m[1]!)) break;
    label = label.slice(0, label.length - m[1]!.length).replace(/\s+$/, '');
  }
  return LABELS.some((l) => label.endsWith(l) && !/\p{L}/u.test(label[label.length - l.length - 1] ?? ' ')) ? start : null;
}
