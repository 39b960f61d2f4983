// Words and numbers with their offsets. Every pattern here is linear in the text.
import { isStopword } from './lexicon.ts';
import { MAX_TOKEN } from './limits.ts';
import { fold } from './normalize.ts';

export { MAX_TOKEN } from './limits.ts';

export type TokenKind = 'word' | 'number';

export interface Token {
  /** The text as written. */
  text: string;
  /** Folded: lower case, no diacritics, apostrophes and hyphens kept. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// A word: letters, joined by single hyphens or apostrophes ("vmbo-afdelingen", "stage's"); a number: digits with
// Dutch separators ("1.280", "92,0"). Each repetition starts with a separator, so matching never backtracks.
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)|(\p{N}+(?:[.,]\p{N}+)*)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    out.push({ text: m[0], norm: fold(m[0]), start, end: start + m[0].length, kind: m[1] ? 'word' : 'number' });
  }
  return out;
}

/**
 * The search terms of a text: folded words, a hyphenated word as its parts and joined ("vmbo-afdelingen" →
 * vmbo, afdelingen, vmboafdelingen), apostrophes dropped ("stage's" → stages), over-long tokens left out.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' || t.norm.length > MAX_TOKEN) continue;
    const w = t.norm.replace(/'/g, '');
    if (w.includes('-')) {
      for (const part of w.split('-')) if (part) out.push(part);
      out.push(w.replace(/-/g, ''));
    } else out.push(w);
  }
  return out;
}

/** Terms without function words (keeps two-letter words such as "vo", "bb", "kb"). */
export function contentTerms(text: string): string[] {
  return terms(text).filter((w) => w.length >= 2 && !isStopword(w));
}

/** Collapse all whitespace to single spaces: quotes are verbatim modulo this. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
