// A question as search terms: its words (spelling slips repaired, unknown compounds split), the sources' words
// for its lay phrasings (lexicon concepts), and the words it has that the corpus does not know.
import { type CompoundSplitter, isDutchWord, contentTerms, LAY_CONCEPTS, PhraseMatcher, stem, synonymStems, terms, type LayConcept } from '../nl/index.ts';
import type { SpellingIndex } from './spelling.ts';

export interface QueryTerms {
  /** Stem → weight. */
  stems: Map<string, number>;
  /** The question's own content words, after repair (what it is about, before expansion). */
  words: string[];
  /** Words neither the corpus nor the lexicon knows, not even as a compound or a slip. */
  unknown: string[];
  /** Words read as another (spelling slips, or real words the corpus does not have: weigh them half). */
  repaired: string[];
  /** Words the corpus does not have but whose parts it knows (neither known nor unknown). */
  compounds: string[];
  /** Lay concepts the question uses. */
  concepts: LayConcept[];
}

/** How much each kind of term counts next to the question's own words. */
export const QUERY_WEIGHTS = { word: 1, repaired: 0.9, part: 0.5, concept: 0.6, synonym: 0.5 } as const;

let conceptMatcher: PhraseMatcher<LayConcept> | undefined;
export function concepts(): PhraseMatcher<LayConcept> {
  conceptMatcher ??= new PhraseMatcher(LAY_CONCEPTS.flatMap((c) => c.say.map((phrase) => ({ phrase, value: c }))));
  return conceptMatcher;
}

export interface QueryVocabulary {
  /** Known folded words (corpus and lexicon). */
  spelling: SpellingIndex;
  splitter: CompoundSplitter;
  /** The form in which the vocabulary has the word (another inflection of a verb), or null. */
  lemma(word: string): string | null;
}

export function queryTerms(question: string, vocab: QueryVocabulary, opts: { expand?: boolean } = {}): QueryTerms {
  const expand = opts.expand ?? true;
  const stems = new Map<string, number>();
  const add = (word: string, weight: number) => {
    const s = stem(word);
    stems.set(s, Math.max(stems.get(s) ?? 0, weight));
  };
  const words: string[] = [];
  const unknown: string[] = [];
  const repaired: string[] = [];
  const compounds: string[] = [];
  for (const w of contentTerms(question)) {
    if (/^\d/.test(w) || w.length < 2) continue;
    const lemma = vocab.lemma(w);
    if (lemma) {
      // Passages index the parts of their compounds, so a known word finds "stageovereenkomst" from "overeenkomst".
      words.push(lemma);
      add(lemma, QUERY_WEIGHTS.word);
      if (lemma !== w) add(w, QUERY_WEIGHTS.word);
      continue;
    }
    const parts = vocab.splitter.parts(w);
    if (parts.length) {
      compounds.push(w);
      words.push(w);
      add(w, QUERY_WEIGHTS.word);
      for (const p of parts) add(p, QUERY_WEIGHTS.part);
      continue;
    }
    // A real Dutch word the corpus lacks ("gedicht", "toeslagen") is not a slip of a word it has ("gericht").
    const fixed = w.length >= 5 && !isDutchWord(w) ? vocab.spelling.correct(w) : null;
    if (fixed) {
      words.push(fixed);
      repaired.push(fixed);
      add(fixed, QUERY_WEIGHTS.repaired);
      for (const p of vocab.splitter.parts(fixed)) add(p, QUERY_WEIGHTS.part);
    } else unknown.push(w);
  }
  const text = `${question} ${repaired.join(' ')}`;
  const hits = expand ? concepts().find(text) : [];
  const found = [...new Set(hits.map((h) => h.value))];
  if (expand) {
    for (const c of found) for (const w of c.source.flatMap((s) => terms(s))) add(w, QUERY_WEIGHTS.concept);
    for (const w of words) for (const s of synonymStems(stem(w))) if (!stems.has(s)) stems.set(s, QUERY_WEIGHTS.synonym);
  }
  // Words a concept explains are not unknown ("doekoe", "ov-chip").
  const explained = new Set(hits.flatMap((h) => terms(text.slice(h.start, h.end))));
  return { stems, words, unknown: unknown.filter((w) => !explained.has(w)), repaired, compounds, concepts: found };
}
