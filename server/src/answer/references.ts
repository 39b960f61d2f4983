// Sources a question names itself: "artikel 2.36 lid 3", "art. 2.64, tweede lid, UB", "§5.1.3", "hoofdstuk 9".
// Those are pinned at the top of the answer. Linear patterns over the folded question.
import type { LawId } from '../domain.ts';
import { fold, PhraseMatcher, REFERENCE_WORDS } from '../nl/index.ts';

export interface NamedSources {
  articles: Array<{ article: string; lid?: string; law?: LawId }>;
  sections: string[];
  /** A law named without an article ("volgens de WVO"). */
  laws: LawId[];
}

let lawNames: PhraseMatcher<LawId> | undefined;

const ARTICLE = /\b(?:artikel(?:en)?|art)\.?\s*(\d{1,2}\.\d{1,3})/g;
const LID_NUMBER = /^[\s,]*(?:(?:het\s+)?lid\s+(\d{1,2})|(?:het\s+)?([a-z]+de|eerste|achtste)\s+lid)/;
const SECTION = /(?:§\s*|\b(?:paragraaf|par\.?|hoofdstuk|sectie)\s+)(\d{1,2}(?:\.\d{1,2}){0,3})/g;

export function namedSources(question: string): NamedSources {
  const q = fold(question);
  lawNames ??= new PhraseMatcher(Object.entries(REFERENCE_WORDS.laws).flatMap(([law, names]) => names.map((phrase) => ({ phrase, value: law as LawId }))));
  const laws = lawNames.find(question);
  const articles: NamedSources['articles'] = [];
  for (const m of q.matchAll(ARTICLE)) {
    const after = q.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const lid = LID_NUMBER.exec(after);
    const lidNumber = lid ? (lid[1] ?? String(REFERENCE_WORDS.ordinals[lid[2]!] ?? '')) : '';
    // The law named nearest after the article ("2.64 … UB"), else before it.
    const law = laws.find((l) => l.start >= m.index) ?? laws.at(-1);
    articles.push({ article: m[1]!, ...(lidNumber ? { lid: lidNumber } : {}), ...(law ? { law: law.value } : {}) });
  }
  const sections = [...q.matchAll(SECTION)].map((m) => m[1]!);
  // "volgens de WVO 2020" names the WVO; "UB WVO" names the UB only.
  const named = new Set(laws.map((l) => l.value));
  if (named.has('ub-wvo-2020')) named.delete('wvo-2020');
  return { articles, sections, laws: [...named] };
}
