// The lexicon: vocabulary as data (JSON files in ./lexicon, see its README), compiled once into sets and maps.
import abbreviations from './lexicon/abbreviations.json';
import calendar from './lexicon/calendar.json';
import stopwords from './lexicon/stopwords.json';

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
