// Numbers as Dutch writes them: digits with decimal commas and thousands dots ("92,0", "1.280"), and number
// words ("veertig", "zeshonderdveertig", "tweeëntwintig"). Shares and fractions build on this (quantities).
import { fold } from './normalize.ts';

const UNITS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const COMPOSED = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;

function below100(w: string): number | null {
  if (w in UNITS) return UNITS[w]!;
  if (w in TEENS) return TEENS[w]!;
  if (w in TENS) return TENS[w]!;
  const m = COMPOSED.exec(w);
  return m ? UNITS[m[1]!]! + TENS[m[2]!]! : null;
}

function below1000(w: string): number | null {
  const i = w.indexOf('honderd');
  if (i < 0) return below100(w);
  const l = i === 0 ? 1 : below100(w.slice(0, i));
  if (l === null || l > 9) return null;
  const right = w.slice(i + 7);
  if (right === '') return l * 100;
  const r = below100(right.replace(/^en/, ''));
  return r === null ? null : l * 100 + r;
}

/**
 * A Dutch number word ("drie", "veertig", "zeshonderdveertig", "tweeëntwintig", "twaalfhonderdtachtig" excepted).
 * Plain "een" is the article: only "één" counts as 1.
 */
export function parseNumberWord(word: string): number | null {
  if (word.length > 40) return null;
  if (word === 'één' || word === 'eén') return 1;
  const w = fold(word);
  if (w === 'een') return null;
  if (w === 'nul') return 0;
  const i = w.indexOf('duizend');
  if (i < 0) return below1000(w);
  const l = i === 0 ? 1 : below1000(w.slice(0, i));
  if (l === null) return null;
  const right = w.slice(i + 7);
  if (right === '') return l * 1000;
  const r = below1000(right.replace(/^en/, ''));
  return r === null ? null : l * 1000 + r;
}

/** The value of a number written in digits: "92,0" → 92, "1.280" → 1280 (thousands), "2.36" → 2.36. */
export function parseDigits(raw: string): number | null {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  if (/^\d+([.,]\d+)?$/.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

const canon = (x: number) => String(Number(x.toFixed(6)));

/**
 * Keys under which a written number matches another: "92,0", "92.0" and "92" share "92"; "1.280" matches "1280";
 * "2.36" and "10.2.1" also match as written.
 */
export function numberKeys(raw: string): string[] {
  const keys = new Set<string>([raw.replace(/,/g, '.')]);
  const v = parseDigits(raw);
  if (v !== null) keys.add(canon(v));
  if (/^\d+[.,]\d+$/.test(raw)) keys.add(canon(Number(raw.replace(',', '.'))));
  return [...keys];
}

export interface NumberMention {
  raw: string;
  start: number;
  end: number;
  value: number | null;
  keys: string[];
}

const DIGITS = /(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*/gu;
const WORD = /\p{L}+/gu;
/** "in acht nemen" (to observe) is not the number 8. */
const ACHT_IDIOM = /^\s+(?:te\s+)?(?:neem|nem|genomen|slaan|geslagen)/i;

/** Every number in a text, in digits or in words. */
export function extractNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const raw = m[0];
    out.push({ raw, start: m.index, end: m.index + raw.length, value: parseDigits(raw), keys: numberKeys(raw) });
  }
  for (const m of text.matchAll(WORD)) {
    const value = parseNumberWord(m[0]);
    if (value === null) continue;
    const end = m.index + m[0].length;
    if (fold(m[0]) === 'acht' && ACHT_IDIOM.test(text.slice(end, end + 16))) continue;
    out.push({ raw: m[0], start: m.index, end, value, keys: [canon(value)] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** All keys of all numbers in the given texts. */
export function numberKeySet(...texts: Array<string | undefined>): Set<string> {
  const set = new Set<string>();
  for (const t of texts) if (t) for (const n of extractNumbers(t)) for (const k of n.keys) set.add(k);
  return set;
}
