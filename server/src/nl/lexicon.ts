// The lexicon: vocabulary as data (JSON files in ./lexicon, see its README), compiled once into sets and maps.
import abbreviations from './lexicon/abbreviations.json';
import calendar from './lexicon/calendar.json';
import faithfulness from './lexicon/faithfulness.json';
import followUps from './lexicon/follow-ups.json';
import layTerms from './lexicon/lay-terms.json';
import outOfScope from './lexicon/out-of-scope.json';
import questionKinds from './lexicon/question-kinds.json';
import references from './lexicon/references.json';
import plainWords from './lexicon/plain-words.json';
import schoolTypes from './lexicon/school-types.json';
import stopwords from './lexicon/stopwords.json';
import synonyms from './lexicon/synonyms.json';
import { fold } from './normalize.ts';
import { stem } from './stem.ts';

/** Postgres' dutch.stop: what the database's 'dutch' configuration drops; the in-memory index drops the same. */
export const INDEX_STOPWORDS: ReadonlySet<string> = new Set(stopwords.postgres);

/** Function words of every kind: never what a question or a sentence is about. */
export const STOPWORDS: ReadonlySet<string> = new Set([...stopwords.postgres, ...stopwords.function]);

export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.inner);
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.final);

export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.months));
export const WEEKDAYS: ReadonlySet<string> = new Set(calendar.weekdays);

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

export const NEGATIONS: ReadonlySet<string> = new Set(faithfulness.negations);
export const QUANTIFIERS: ReadonlySet<string> = new Set(faithfulness.quantifiers);
/** Plain-language words that add no fact to a restatement. */
export const GLUE_WORDS: ReadonlySet<string> = new Set(faithfulness.glue);

/** Synonym groups as phrases (folded), for matching and expansion. */
export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = synonyms.groups.map((g) => g.map(fold));

const synonymsByStem = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  // a phrase of one content word ("ten hoogste") stands for that word; other phrases are matched as phrases
  const stems = group.flatMap((w) => {
    if (!w.includes(' ')) return [stem(w)];
    const words = w.split(' ').filter((x) => !STOPWORDS.has(x));
    return words.length === 1 ? [stem(words[0]!)] : [];
  });
  for (const s of stems) {
    const set = synonymsByStem.get(s) ?? new Set<string>();
    for (const t of stems) set.add(t);
    synonymsByStem.set(s, set);
  }
}

/** The stems of the one-word synonyms of a stem (itself included). */
export function synonymStems(stemmed: string): ReadonlySet<string> {
  return synonymsByStem.get(stemmed) ?? new Set([stemmed]);
}

export type SchoolTypeId = keyof typeof schoolTypes.types;
export interface SchoolType {
  id: SchoolTypeId;
  label: string;
  within: SchoolTypeId | null;
  phrases: string[];
}
export const SCHOOL_TYPES: readonly SchoolType[] = Object.entries(schoolTypes.types).map(([id, t]) => ({
  id: id as SchoolTypeId,
  label: t.label,
  within: t.within as SchoolTypeId | null,
  phrases: t.phrases,
}));

/** Plain words a restatement may use for a phrase of its source (B1 paraphrases). */
export const PLAIN_WORDS: ReadonlyArray<{ phrase: string; plain: readonly string[] }> = plainWords.entries;

/** A lay concept: what people say, and the sources' words for it. */
export interface LayConcept {
  id: string;
  say: readonly string[];
  source: readonly string[];
  /** A pupil being hurt, harassed, exploited or discriminated against: always answered, with who to go to. */
  safety: boolean;
  /** Whether using it says what a question is about (false: who someone is, a kind of workplace). */
  topical: boolean;
}
export const LAY_CONCEPTS: readonly LayConcept[] = layTerms.concepts.map((c) => {
  const flags = c as { safety?: boolean; topical?: boolean };
  return { id: c.id, say: c.say, source: c.source, safety: Boolean(flags.safety), topical: flags.topical !== false };
});

export type QuestionKindId = keyof typeof questionKinds.kinds;
export const QUESTION_KIND_PHRASES: Readonly<Record<QuestionKindId, readonly string[]>> = questionKinds.kinds;
/** What states the contents of something: its verbs ("omvat"), a minimum ("in elk geval"), an addition ("ook"). */
export const CONTENTS_PHRASES = {
  verbs: questionKinds.contentVerbs as readonly string[],
  minimum: questionKinds.listMinimum as readonly string[],
  addition: questionKinds.listAddition as readonly string[],
} as const;

export interface OutOfScopeTopic {
  id: string;
  say: readonly string[];
  unlessAlso: readonly string[];
  /** Outside unless the question also uses a word of STAGE_WORDS. */
  unlessStage?: boolean;
  redirect: string;
}
export const OUT_OF_SCOPE_TOPICS: readonly OutOfScopeTopic[] = outOfScope.topics;
/** Words that make a question about a stage ("stage*", "stagiair", "lwt"). */
export const STAGE_WORDS: readonly string[] = outOfScope.stageWords;
/** Words the corpus has that say nothing about a topic ("gaan", "volgende"): they do not outweigh unknown words. */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(outOfScope.everyday.map((w) => fold(w)));
/** Being hurt or bullied placed outside a stage ("in de klas", "online"), unless a stage or work is named. */
export const HURT_ELSEWHERE: Readonly<{ say: readonly string[]; unlessAlso: readonly string[]; redirect: string }> = outOfScope.hurtElsewhere;
export const OPINION_PHRASES: readonly string[] = outOfScope.opinion;
export const OPINION_REDIRECT: string = outOfScope.opinionRedirect;
/** One named company or place judged ('is de kruidvat een goede stageplek'): outside the sources. */
export const NAMED_PLACE: Readonly<{ before: readonly string[]; judging: readonly string[]; redirect: string }> = outOfScope.namedPlace;

export const FOLLOW_UP_PHRASES: Readonly<{
  starts: readonly string[];
  refers: readonly string[];
  simpler: readonly string[];
  where: readonly string[];
  asks: readonly string[];
}> = followUps;

/** Names of the laws, ordinals of lids, the words for "article" and "section". */
export const REFERENCE_WORDS: Readonly<{
  laws: Readonly<Record<'ub-wvo-2020' | 'wvo-2020', readonly string[]>>;
  ordinals: Readonly<Record<string, number>>;
  article: readonly string[];
  section: readonly string[];
}> = references;
