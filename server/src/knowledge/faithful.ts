// Faithfulness: does a restatement say only what its source spans say? Used for kernpunten (every content word,
// number, negation and quantifier must come from the spans or be a listed synonym) and, with a share threshold,
// by the guard on LLM answers.
import {
  compoundParts,
  PLAIN_WORDS,
  PhraseMatcher,
  extractNumbers,
  GLUE_WORDS,
  NEGATIONS,
  QUANTIFIERS,
  STOPWORDS,
  stem,
  synonymStems,
  terms,
} from '../nl/index.ts';

export interface Faithfulness {
  /** Every content word, number, negation and quantifier is supported. */
  ok: boolean;
  /** Share of the statement's content words that are supported (1 without content words). */
  support: number;
  unsupportedWords: string[];
  unsupportedNumbers: string[];
  unsupportedNegations: string[];
}

/** The vocabulary of the source spans, computed once per set of spans. */
let plainMatcher: PhraseMatcher<readonly string[]> | undefined;

/** Verb forms Snowball leaves apart: "ontwikkelt" / "ontwikkelen", "vindt" / "vinden". */
const verbStem = (w: string) => (w.length >= 4 && /[td]$/.test(w) ? stem(`${w.replace(/dt$/, 'd').replace(/t$/, '')}en`) : stem(w));

export class SpanVocabulary {
  readonly words: Set<string>;
  readonly stems: Set<string>;
  readonly numbers: Set<string>;

  /**
   * `spans`: the source text restated; `context`: what the source is about without saying it in the span (the
   * section's and its parents' titles: "… bij de onderzochte vmbo-afdelingen"; the law's name).
   */
  constructor(spans: string[], context: string[] = []) {
    plainMatcher ??= new PhraseMatcher(PLAIN_WORDS.map((e) => ({ phrase: e.phrase, value: e.plain })));
    const paraphrases = spans.flatMap((s) => plainMatcher!.values(s).flat());
    const all = [...spans, ...context].flatMap((s) => terms(s)).concat(paraphrases.flatMap((p) => terms(p)));
    this.words = new Set(all);
    this.stems = new Set(all.flatMap((w) => [stem(w), verbStem(w)]));
    this.numbers = new Set([...spans, ...context, ...paraphrases].flatMap((s) => extractNumbers(s).flatMap((n) => n.keys)));
  }

  has(word: string): boolean {
    if (this.words.has(word) || this.stems.has(stem(word)) || this.stems.has(verbStem(word))) return true;
    for (const s of synonymStems(stem(word))) if (this.stems.has(s)) return true;
    // A compound whose parts are all in the spans ("stagevergoeding" from "stage" … "vergoeding").
    const parts = compoundParts(word, { has: (w) => this.words.has(w) || this.stems.has(stem(w)) });
    if (parts.length && parts.every((p) => this.words.has(p) || this.stems.has(stem(p)))) return true;
    // A part of a compound in the spans ("vergoeding" from "stagevergoeding").
    if (word.length >= 4) for (const w of this.words) if (w.length > word.length && (w.endsWith(word) || w.startsWith(word))) return true;
    return false;
  }
}

const isNumberWord = (w: string) => /^\d/.test(w);

export function checkFaithful(statement: string, spans: string[] | SpanVocabulary): Faithfulness {
  const vocab = spans instanceof SpanVocabulary ? spans : new SpanVocabulary(spans);
  const words = terms(statement);
  const unsupportedNegations = [...new Set(words.filter((w) => NEGATIONS.has(w) && !vocab.has(w) && ![...NEGATIONS].some((n) => vocab.words.has(n))))];
  const checked = words.filter(
    (w) => !isNumberWord(w) && w.length >= 2 && !NEGATIONS.has(w) && !GLUE_WORDS.has(w) && (QUANTIFIERS.has(w) || !STOPWORDS.has(w)),
  );
  const unsupportedWords = [...new Set(checked.filter((w) => !vocab.has(w)))];
  const unsupportedNumbers = [
    ...new Set(
      extractNumbers(statement)
        .filter((n) => !n.keys.some((k) => vocab.numbers.has(k)))
        .map((n) => n.raw),
    ),
  ];
  const support = checked.length ? checked.filter((w) => vocab.has(w)).length / checked.length : 1;
  return {
    ok: !unsupportedWords.length && !unsupportedNumbers.length && !unsupportedNegations.length,
    support,
    unsupportedWords,
    unsupportedNumbers,
    unsupportedNegations,
  };
}
