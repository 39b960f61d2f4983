// Phrase matching: how lexicon entries (plain word sequences written as data) are found in text, instead of
// regular expressions in engine code. Words match by Snowball stem, so "uren" finds "uur" only where the
// lexicon says so, and "betaalt" finds "betalen". Syntax of a phrase, word by word:
//   word     the word, any inflection with the same stem      stage*   a word starting with "stage"
//   *geld    a word ending in "geld" (zakgeld, reisgeld)       *        any one word
//   #        a number (digits or a number word)                …        a gap of up to three words
import { parseNumberWord } from './numbers.ts';
import { fold } from './normalize.ts';
import { stem } from './stem.ts';
import { MAX_TOKEN, tokenize, type Token } from './tokens.ts';

type Element =
  | { kind: 'stem'; stem: string; word: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'suffix'; text: string }
  | { kind: 'any' }
  | { kind: 'number' }
  | { kind: 'gap'; max: number };

const MAX_GAP = 3;
const MAX_ELEMENTS = 12;

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

export interface PhraseMatch<T> {
  /** Token indexes [first, last] of the match. */
  first: number;
  last: number;
  /** Character offsets in the matched text. */
  start: number;
  end: number;
  phrase: string;
  value: T;
}

interface Compiled<T> {
  phrase: string;
  elements: Element[];
  value: T;
  /** The last token this phrase was tried at (a phrase can sit in two index lists). */
  tried: number;
}

let tryStamp = 0;

function compile(phrase: string): Element[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_ELEMENTS) throw new Error(`Lexicon phrase must have 1..${MAX_ELEMENTS} words: "${phrase}"`);
  return words.map((raw): Element => {
    // Punctuation around a word is not part of it ("arbeids-", "16+"); the syntax characters are.
    const w = fold(raw).replace(/^[^\p{L}\p{N}*…#.]+|[^\p{L}\p{N}*…#.]+$/gu, '') || fold(raw);
    if (w === '…' || w === '...') return { kind: 'gap', max: MAX_GAP };
    if (w === '*') return { kind: 'any' };
    if (w === '#') return { kind: 'number' };
    if (w.length > 1 && w.endsWith('*')) return { kind: 'prefix', text: w.slice(0, -1) };
    if (w.length > 1 && w.startsWith('*')) return { kind: 'suffix', text: w.slice(1) };
    return { kind: 'stem', stem: stem(w), word: w };
  });
}

interface Tok {
  norm: string;
  stem: string;
  /** Stems of the parts of a hyphenated word ("cao-bepalingen" → cao, bepal): each also matches a one-word element. */
  parts: string[];
  digits: boolean;
  /** Read a number word only when a phrase asks for a number. */
  number?: boolean;
  start: number;
  end: number;
}

function prepare(tokens: Token[]): Tok[] {
  return tokens.map((t) => {
    const norm = t.norm.includes("'") ? t.norm.replace(/'/g, '') : t.norm;
    const parts = norm.includes('-') ? norm.split('-').filter(Boolean).map(stem) : [];
    return { norm, stem: stem(norm), parts, digits: t.kind === 'number', start: t.start, end: t.end };
  });
}

/** The endings of an ordinal written in digits ("4e", "3de", "1ste"), which the tokenizer splits off the number. */
const ORDINAL_ENDINGS = new Set(['e', 'de', 'ste']);

/** The ending token right after a number token, making it an ordinal ("4e kader", "op mn 14e"). */
function ordinalEnding(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  return t.digits && next !== undefined && next.start === t.end && ORDINAL_ENDINGS.has(next.norm);
}

function isNumber(t: Tok): boolean {
  if (t.number === undefined) t.number = t.digits || parseNumberWord(t.norm) !== null;
  return t.number;
}

function matches(e: Element, t: Tok): boolean {
  switch (e.kind) {
    case 'stem':
      return t.stem === e.stem || t.norm === e.word || t.parts.includes(e.stem);
    case 'prefix':
      return t.norm.length <= MAX_TOKEN && t.norm.startsWith(e.text);
    case 'suffix':
      return t.norm.length <= MAX_TOKEN && t.norm.endsWith(e.text);
    case 'any':
      return true;
    case 'number':
      return isNumber(t);
    case 'gap':
      return false;
  }
}

/** The last token index of a match of `elements` from element `e` at token `i`, or -1. Bounded by the gaps. */
function matchFrom(elements: Element[], e: number, toks: Tok[], i: number): number {
  if (e === elements.length) return i - 1;
  const el = elements[e]!;
  if (el.kind === 'gap') {
    for (let skip = 0; skip <= el.max && i + skip <= toks.length; skip++) {
      const end = matchFrom(elements, e + 1, toks, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= toks.length || !matches(el, toks[i]!)) return -1;
  // a number element takes an ordinal's ending with it ("4e" is tokenized as "4" and "e")
  return matchFrom(elements, e + 1, toks, el.kind === 'number' && ordinalEnding(toks, i) ? i + 2 : i + 1);
}

/** A compiled set of phrases; `find` is linear in the text (times the few phrases that can start at a word). */
export class PhraseMatcher<T> {
  private readonly byStem = new Map<string, Compiled<T>[]>();
  private readonly byNorm = new Map<string, Compiled<T>[]>();
  /** Phrases that start with a prefix or suffix, keyed by its first or last three letters. */
  private readonly byHead3 = new Map<string, Compiled<T>[]>();
  private readonly byTail3 = new Map<string, Compiled<T>[]>();
  private readonly open: Compiled<T>[] = [];

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const { phrase, value } of entries) {
      const elements = compile(phrase);
      const c = { phrase, elements, value, tried: -1 };
      const head = elements[0]!;
      if (head.kind === 'stem') {
        push(this.byStem, head.stem, c);
        if (head.word !== head.stem) push(this.byNorm, head.word, c);
      } else if (head.kind === 'prefix' && head.text.length >= 3) push(this.byHead3, head.text.slice(0, 3), c);
      else if (head.kind === 'suffix' && head.text.length >= 3) push(this.byTail3, head.text.slice(-3), c);
      else this.open.push(c);
    }
  }

  /** All matches, in text order; at one position, longer phrases first. */
  find(text: string | Token[]): PhraseMatch<T>[] {
    const toks = prepare(typeof text === 'string' ? tokenize(text) : text);
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const stamp = ++tryStamp;
      const here: PhraseMatch<T>[] = [];
      const lists = [
        this.byStem.get(t.stem),
        ...t.parts.map((p) => this.byStem.get(p)),
        this.byNorm.get(t.norm),
        this.byHead3.get(t.norm.slice(0, 3)),
        this.byTail3.get(t.norm.slice(-3)),
        this.open,
      ];
      for (const list of lists) {
        if (!list) continue;
        for (const c of list) {
          if (c.tried === stamp) continue;
          c.tried = stamp;
          const last = matchFrom(c.elements, 0, toks, i);
          if (last >= i) here.push({ first: i, last, start: t.start, end: toks[last]!.end, phrase: c.phrase, value: c.value });
        }
      }
      if (here.length > 1) here.sort((a, b) => b.last - a.last);
      for (const m of here) out.push(m);
    }
    return out;
  }

  /** The values of all matches, without repeats. */
  values(text: string | Token[]): T[] {
    return [...new Set(this.find(text).map((m) => m.value))];
  }

  test(text: string | Token[]): boolean {
    return this.find(text).length > 0;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
