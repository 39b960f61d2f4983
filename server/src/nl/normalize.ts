// Unicode normalisation: the first thing that happens to any text from outside (questions, claims, documents),
// so that digits, words and personal data are read the same whatever characters were used to write them.

/** Invisible characters that split words or digits without showing: zero-width, joiners, bidi marks, soft hyphen. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Hyphens, dashes and minus signs of every kind. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
/** Spaces other than the plain one and the line breaks (NFKC keeps some of them). */
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/**
 * Text as the kit reads it: NFKC (full-width digits become digits, ligatures letters), invisible characters
 * removed, every dash a hyphen, curly quotes straight, odd spaces a space, line breaks "\n". Not
 * length-preserving: apply it once, to input, before offsets are taken.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, '\n')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ');
}

const foldedChar = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldedChar.get(ch);
  if (f === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    f = lower.length === 1 ? lower : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    if (DASHES.test(f)) f = '-';
    DASHES.lastIndex = 0;
    if (SINGLE_QUOTES.test(f)) f = "'";
    SINGLE_QUOTES.lastIndex = 0;
    if (foldedChar.size < 4096) foldedChar.set(ch, f);
  }
  return f;
}

/**
 * Lower case without diacritics ("Coördinator" → "coordinator"), dashes and quotes unified. Length-preserving
 * (one UTF-16 unit in, one out), so offsets into the folded text are offsets into the original.
 */
export function fold(text: string): string {
  let out = '';
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    out += text.slice(plain, i).toLowerCase() + foldChar(text[i]!);
    plain = i + 1;
  }
  return plain === 0 ? text.toLowerCase() : out + text.slice(plain).toLowerCase();
}
