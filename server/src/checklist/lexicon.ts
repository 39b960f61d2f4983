// The checklist's vocabulary, compiled once from the language kit's lexicon files (server/src/nl/lexicon/*.json):
// one phrase matcher over every cue, whose values are cue names ('goal.say', 'role:mentor', 'genre:news', …).
import documents from '../nl/lexicon/documents.json';
import placeholders from '../nl/lexicon/placeholders.json';
import recommendations from '../nl/lexicon/recommendations.json';
import roles from '../nl/lexicon/roles.json';
import stageCues from '../nl/lexicon/stage-cues.json';
import { fold, PhraseMatcher, type PhraseEntry } from '../nl/index.ts';

export type TopicCue = keyof typeof stageCues.cues;
export type RoleName = keyof typeof roles.roles;
export type TaskName = keyof typeof roles.tasks;
export type PartyName = keyof typeof roles.parties;
export type Side = 'school' | 'host' | 'either' | 'pupil' | 'parents';
export type TitledKind = keyof typeof documents.titles;
export type Genre = keyof typeof documents.genres;

export type Cue =
  | TopicCue
  | `role:${RoleName}`
  | `task:${TaskName}`
  | `party:${PartyName}`
  | `side:${'school' | 'host'}`
  | 'sign'
  | 'anaphora'
  | 'party.context'
  | `title:${TitledKind}`
  | `genre:${Genre}`
  | `refname:${string}`
  | `rec:${keyof typeof recommendations.cues}`
  | 'agreement'
  | 'lwt'
  | 'mas'
  | 'vo'
  | 'reference'
  | 'reference.aside'
  | 'reference.self'
  | 'reference.general'
  | 'pending'
  | 'person.title';

function entries(): PhraseEntry<Cue>[] {
  const out: PhraseEntry<Cue>[] = [];
  const add = (cue: Cue, phrases: string[]): void => {
    for (const phrase of phrases) out.push({ phrase, value: cue });
  };
  for (const [k, v] of Object.entries(stageCues.cues)) add(k as TopicCue, v);
  for (const [k, v] of Object.entries(roles.roles)) add(`role:${k as RoleName}`, v.phrases);
  for (const [k, v] of Object.entries(roles.tasks)) add(`task:${k as TaskName}`, v);
  for (const [k, v] of Object.entries(roles.parties)) add(`party:${k as PartyName}`, v);
  add('side:school', roles.sideWords.school);
  add('side:host', roles.sideWords.host);
  add('sign', roles.sign);
  add('anaphora', roles.anaphora);
  add('party.context', roles.partyContext);
  for (const [k, v] of Object.entries(documents.titles)) add(`title:${k as TitledKind}`, v);
  for (const [k, v] of Object.entries(documents.genres)) add(`genre:${k as Genre}`, v);
  for (const [k, v] of Object.entries(documents.referenceNames)) add(`refname:${k}`, v.phrases);
  add('agreement', documents.agreement);
  add('lwt', documents.lwt);
  add('mas', documents.mas);
  add('vo', documents.vo);
  add('reference', documents.references);
  add('reference.self', documents.selfReferences);
  add('reference.aside', documents.referencesAside);
  add('reference.general', documents.referencesGeneral);
  add('person.title', roles.personTitles);
  add('pending', placeholders.pending);
  for (const [k, v] of Object.entries(recommendations.cues)) add(`rec:${k as keyof typeof recommendations.cues}`, v);
  return out;
}

/** Every cue of the checklist, in one matcher (linear in the text). */
export const CUES = new PhraseMatcher<Cue>(entries());

export const ROLE_SIDES: ReadonlyMap<RoleName, { side: Side; supervisor: boolean }> = new Map(
  Object.entries(roles.roles).map(([k, v]) => [k as RoleName, { side: v.side as Side, supervisor: v.supervisor }]),
);

const setOf = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => fold(w)));
const FIELD_HINTS = setOf(placeholders.fieldHints);
const VALUE_WORDS = setOf(placeholders.valueWords);
const PENDING_ALONE = setOf(placeholders.pendingAlone);
const TEMPLATE_WORDS = setOf(placeholders.templateWords);

export const PLACEHOLDERS = {
  /** A bracketed hint that names a field: "(begindatum stage)", "(naam bedrijf)". */
  isFieldHint(inner: string): boolean {
    const words = fold(inner)
      .split(/[^\p{L}-]+/u)
      .filter(Boolean);
    if (words.length === 0 || words.length > 6 || /\p{Lu}/u.test(inner)) return false;
    return FIELD_HINTS.has(words[0]!) || FIELD_HINTS.has(words.slice(0, 2).join(' ')) || FIELD_HINTS.has(words.slice(0, 3).join(' '));
  },
  /** A word after which a bracketed hint stands where a value belongs ("begint op (datum)"). */
  isValueWord(word: string): boolean {
    return VALUE_WORDS.has(word);
  },
  /** Words left in a blank field's line besides function words ("van ….. tot ….. uur"). */
  isTemplateWord(word: string): boolean {
    return TEMPLATE_WORDS.has(word);
  },
  /** Text that is nothing but "volgt", "n.v.t.", "tbd". */
  isPendingAlone(words: string[]): boolean {
    return words.length > 0 && words.length <= 3 && PENDING_ALONE.has(words.join(' '));
  },
};

/** Capitalised words that are not names ("De", "Namens", "Leerling"). */
export const NOT_NAMES = setOf(roles.notNames);

export const UNITS: ReadonlyMap<string, 'hour' | 'day' | 'week' | 'month'> = new Map(
  Object.entries(stageCues.units).flatMap(([unit, words]) => words.map((w) => [fold(w), unit as 'hour' | 'day' | 'week' | 'month'] as const)),
);
export const YEAR_WORDS = setOf(stageCues.years.words);
export const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(stageCues.years.ordinals));
export const YEAR_BANDS: ReadonlyMap<string, string> = new Map(Object.entries(stageCues.years.bands));
/** Dutch names of documents a text can point to: "de raamovereenkomst", "het stagehandboek". */
export const REFERENCE_LABELS: ReadonlyMap<string, string> = new Map(Object.entries(documents.referenceNames).map(([k, v]) => [k, v.label]));

export interface RecommendationData {
  id: string;
  kinds: string[];
  sections: { vmbo: string; pro: string };
  text: string;
  doneWhen: { within: 'unit' | 'section' | 'document'; all: Cue[][] };
}

export const RECOMMENDATIONS = recommendations.recommendations as RecommendationData[];
