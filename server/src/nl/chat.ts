// Chat spelling: "mn baas", "k moet", "gwn", "ff" read as the words they stand for (lexicon/chat.json). Linear.
import chat from './lexicon/chat.json';

const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(chat.words));
const TOKEN = /[\p{L}\p{N}']+/gu;

/** The text with chat spellings written out; other text unchanged. */
export function readChat(text: string): string {
  return text.replace(TOKEN, (w) => WORDS.get(w.toLowerCase()) ?? w);
}
