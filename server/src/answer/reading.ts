// How a question is read before anything is searched: who asks (persona, school type, year), what kind of answer it
// wants, whether it is about being hurt or treated unfairly, whether it is outside the sources, and, for a follow-up,
// what it means in the light of the earlier turns. Vocabulary comes from the lexicon; nothing here is a regex of words.
import type { Persona } from '../domain.ts';
import {
  contentTerms,
  FOLLOW_UP_PHRASES,
  HURT_ELSEWHERE,
  NAMED_PLACE,
  readChat,
  normalizeText,
  OPINION_PHRASES,
  OPINION_REDIRECT,
  OUT_OF_SCOPE_TOPICS,
  PhraseMatcher,
  QUESTION_KIND_PHRASES,
  SCHOOL_TYPES,
  STAGE_WORDS,
  schoolTypeMatcher,
  schoolTypesDenied,
  schoolTypesIn,
  stem,
  terms,
  type QuestionKindId,
  type SchoolTypeId,
} from '../nl/index.ts';
import type { CorpusIndex } from '../retrieval/corpus-index.ts';
import type { QueryTerms } from '../retrieval/query.ts';
import { namedSources, type NamedSources } from './references.ts';
import { stripInstructions } from './injection.ts';

export interface Turn {
  question: string;
  answer?: string;
}

export const MAX_HISTORY = 6;
/** Weight of a named school type's other names ("lwt" → leerwerktraject): the same thing, written otherwise. */
const SCHOOL_TYPE_WEIGHT = 1;
/** Weight of the previous answer's words in a follow-up's search. */
const ANSWER_WEIGHT = 0.3;
/** Words read from a previous answer: its first part (the lead), at most this many characters. */
const ANSWER_CHARS = 600;

export interface Reading {
  /** The question as asked (normalised, instructions to the assistant removed). */
  question: string;
  /** What a follow-up means with its history; the question itself otherwise. */
  resolved: string;
  followUp: 'none' | 'resolved' | 'unresolved';
  persona: Persona;
  /** Plain B1 for pupils and when asked to say it more simply. */
  register: 'plain' | 'formal';
  kinds: Set<QuestionKindId>;
  /** School types the asker names ("3 kader", "pro"), most specific first. */
  schoolTypes: SchoolTypeId[];
  /** School types the asker says do not apply ("geen lwt"). */
  deniedTypes: SchoolTypeId[];
  /** A topic outside the sources; `evenIfHurt` when it is being hurt outside a stage (refused with where to go). */
  outOfScope?: { id: string; redirect: string; evenIfHurt?: boolean };
  safety: boolean;
  /** It names a stage (or its earlier turn did): the words the corpus lacks are then the asker's circumstances. */
  aboutStage: boolean;
  /** Articles, lids, sections and laws the question names itself. */
  named: NamedSources;
  /** Content words of the answer this question got, when read as an earlier turn. */
  answerWords: string[];
  query: QueryTerms;
}

type Phrases<T> = PhraseMatcher<T>;
let matchers:
  | {
      kinds: Phrases<QuestionKindId>;
      oos: Phrases<(typeof OUT_OF_SCOPE_TOPICS)[number]>;
      unless: Map<string, Phrases<true>>;
      opinion: Phrases<true>;
      place: Phrases<true>;
      judging: Phrases<true>;
      starts: Phrases<true>;
      refers: Phrases<true>;
      simpler: Phrases<true>;
      where: Phrases<true>;
      asks: Phrases<true>;
      stage: Phrases<true>;
      hurtElsewhere: Phrases<true>;
      hurtUnless: Phrases<true>;
    }
  | undefined;

function phrases() {
  const set = (list: readonly string[]) => new PhraseMatcher(list.map((phrase) => ({ phrase, value: true as const })));
  matchers ??= {
    kinds: new PhraseMatcher(Object.entries(QUESTION_KIND_PHRASES).flatMap(([k, list]) => list.map((phrase) => ({ phrase, value: k as QuestionKindId })))),
    oos: new PhraseMatcher(OUT_OF_SCOPE_TOPICS.flatMap((t) => t.say.map((phrase) => ({ phrase, value: t })))),
    unless: new Map(OUT_OF_SCOPE_TOPICS.map((t) => [t.id, set(t.unlessAlso)])),
    opinion: set(OPINION_PHRASES),
    place: set(NAMED_PLACE.before),
    judging: set(NAMED_PLACE.judging),
    starts: set(FOLLOW_UP_PHRASES.starts),
    refers: set(FOLLOW_UP_PHRASES.refers),
    simpler: set(FOLLOW_UP_PHRASES.simpler),
    where: set(FOLLOW_UP_PHRASES.where),
    asks: set(FOLLOW_UP_PHRASES.asks),
    stage: set(STAGE_WORDS),
    hurtElsewhere: set(HURT_ELSEWHERE.say),
    hurtUnless: set(HURT_ELSEWHERE.unlessAlso),
  };
  return matchers;
}

/**
 * The topic outside the sources a question names, if any. `context` is the earlier question of a follow-up: a stage
 * named there makes "krijg ik daar een cijfer voor?" about the stage.
 */
function outOfScope(text: string, q: QueryTerms, safety: boolean, context = ''): Reading['outOfScope'] {
  const m = phrases();
  const aboutStage = m.stage.test(text) || (context !== '' && m.stage.test(context));
  // Hurt outside a stage ("gepest in de klas"): not in the sources, and the pupil gets where to go instead.
  if (safety && !aboutStage && m.hurtElsewhere.test(text) && !m.hurtUnless.test(text)) {
    return { id: 'hurt_elsewhere', redirect: HURT_ELSEWHERE.redirect, evenIfHurt: true };
  }
  if (m.opinion.test(text)) return { id: 'opinion', redirect: OPINION_REDIRECT };
  for (const topic of m.oos.values(text)) {
    if (m.unless.get(topic.id)!.test(text) || (topic.unlessStage && aboutStage)) continue;
    return { id: topic.id, redirect: topic.redirect };
  }
  // One named company or place judged: a word nobody knows right after "de", "bij", …, in a question that judges.
  if (q.unknown.length && m.judging.test(text)) {
    const unknown = new Set(q.unknown);
    if (m.place.find(text).some((h) => firstWordAfter(text, h.end).some((w) => unknown.has(w)))) return { id: 'named_place', redirect: NAMED_PLACE.redirect };
  }
  return undefined;
}

/** The word right after a position, as terms (folded, lower case): none or one. */
function firstWordAfter(text: string, at: number): string[] {
  const next = /^\s+([\p{L}'-]+)/u.exec(text.slice(at, at + 60));
  return next ? terms(next[1]!).slice(0, 1) : [];
}

/** The question's own topic words: what it is about beyond how it asks and who asks. */
function topicWords(text: string, q: QueryTerms, index: CorpusIndex): string[] {
  const m = phrases();
  const cue = new Set(
    [...m.kinds.find(text), ...schoolTypeMatcher().find(text), ...m.refers.find(text), ...m.starts.find(text)].flatMap((hit) =>
      text
        .slice(hit.start, hit.end)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    ),
  );
  return q.words.filter((w) => !cue.has(w) && index.frequency(w) < 0.25);
}

/**
 * Does the question lean on an earlier turn: asked more simply, "waar staat dat", "en bij pro?", "wie tekent dat dan"?
 * With history, a short question without a topic of its own leans on it too.
 */
function isFollowUpShaped(text: string, topics: string[], q: QueryTerms, hasHistory: boolean): boolean {
  const m = phrases();
  if (m.simpler.test(text) || m.where.test(text)) return true;
  if (m.starts.find(text).some((h) => h.first === 0)) return true;
  const refers = m.refers.test(text);
  const topicless = q.concepts.length === 0 && (topics.length === 0 || (topics.length === 1 && refers && hasHistory));
  const short = text.split(/\s+/).filter(Boolean).length <= 6;
  return topicless && (refers || (hasHistory && short));
}

/** Reads a question with its history (oldest first, at most MAX_HISTORY turns). */
export function readQuestion(raw: string, persona: Persona, history: Turn[], index: CorpusIndex): Reading {
  const question = stripInstructions(normalizeText(raw));
  const own = index.query(readChat(question));
  // A school type named is searched by all its names ("lwt" → leerwerktraject, leer-werktraject): the same thing.
  for (const type of new Set(schoolTypeMatcher().values(question))) {
    for (const w of terms(`${type.label} ${type.phrases.filter((p) => /^[\p{L}-]+$/u.test(p)).join(' ')}`)) {
      const s = stem(w);
      own.stems.set(s, Math.max(own.stems.get(s) ?? 0, SCHOOL_TYPE_WEIGHT));
    }
  }
  const m = phrases();
  const kinds = new Set(m.kinds.values(question));
  // Words of how it asks ("hoeveel procent") are never unknown topic words, even when the corpus lacks them.
  const asking = new Set(m.kinds.find(question).flatMap((hit) => terms(question.slice(hit.start, hit.end))));
  own.unknown = own.unknown.filter((w) => !asking.has(w));
  const base: Reading = {
    question,
    resolved: question,
    followUp: 'none',
    persona,
    register: persona === 'student' ? 'plain' : 'formal',
    kinds,
    schoolTypes: schoolTypesIn(question),
    deniedTypes: schoolTypesDenied(question),
    safety: own.concepts.some((c) => c.safety),
    aboutStage: m.stage.test(question),
    named: namedSources(question),
    answerWords: [],
    query: own,
  };
  const outside = outOfScope(question, own, base.safety);
  if (outside) base.outOfScope = outside;
  // A name after "bij de", "naar het" (the pupil's stage company, "bij de appie") is no unknown topic word.
  if (own.unknown.length) {
    const named = new Set(m.place.find(question).flatMap((h) => firstWordAfter(question, h.end)));
    own.unknown = own.unknown.filter((w) => !named.has(w));
  }
  const topics = topicWords(question, own, index);
  const earlier = history.slice(-MAX_HISTORY).filter((t) => t.question.trim());
  if (!isFollowUpShaped(question, topics, own, earlier.length > 0)) return base;
  // Without history, a fragment ("en bij pro?", "waar staat dat?") that names no topic of its own cannot be placed:
  // ask for the whole question. A whole question that merely says "dat" is read as it stands.
  if (!earlier.length) {
    const fragment = m.simpler.test(question) || m.where.test(question) || m.starts.find(question).some((h) => h.first === 0);
    return { ...base, followUp: fragment && !topics.length && !own.concepts.length && !own.unknown.length ? 'unresolved' : 'none' };
  }
  const last = earlier.at(-1)!;
  const previous = readQuestion(last.question, persona, earlier.slice(0, -1), index);
  previous.answerWords = contentTerms((last.answer ?? '').slice(0, ANSWER_CHARS)).filter((w) => w.length >= 4 && index.known(w));
  return resolveFollowUp(base, previous);
}

/** A follow-up read with the previous turn: its topic, school type and kind carry over unless the follow-up changes them. */
function resolveFollowUp(own: Reading, previous: Reading): Reading {
  const m = phrases();
  const outside = outOfScope(own.question, own.query, own.safety, previous.resolved) ?? previous.outOfScope;
  const simpler = m.simpler.test(own.question);
  const where = m.where.test(own.question);
  // The earlier topic carries over; less when the follow-up brings its own ("en tussen wie wordt die overeenkomst gesloten?").
  const carry = own.query.words.length > 1 ? 0.6 : 0.9;
  const stems = new Map(previous.query.stems);
  for (const [s, w] of stems) stems.set(s, w * carry);
  // The earlier answer's words, a little: "en hoeveel max?" after "minstens 640 klokuren" is about klokuren.
  for (const w of previous.answerWords) {
    const s = stem(w);
    if (!stems.has(s)) stems.set(s, ANSWER_WEIGHT);
  }
  for (const [s, w] of own.query.stems) stems.set(s, Math.max(stems.get(s) ?? 0, w));
  const query: QueryTerms = {
    stems,
    words: [...new Set([...previous.query.words, ...own.query.words])],
    unknown: own.query.unknown,
    repaired: [...previous.query.repaired, ...own.query.repaired],
    compounds: [...previous.query.compounds, ...own.query.compounds],
    concepts: [...new Set([...previous.query.concepts, ...own.query.concepts])],
  };
  // The kind of answer carries over ("en bij pro?"), unless the follow-up asks its own question ("en tussen wie …?").
  const ownQuestion = !simpler && !where && m.asks.test(own.question);
  const kinds = new Set((own.kinds.size && !simpler) || ownQuestion ? own.kinds : previous.kinds);
  if (where && /\bwet/i.test(own.question)) kinds.add('law');
  const schoolTypes = own.schoolTypes.length ? own.schoolTypes : previous.schoolTypes;
  const deniedTypes = own.deniedTypes.length ? own.deniedTypes : previous.deniedTypes;
  const { outOfScope: _own, ...rest } = own;
  return {
    ...rest,
    resolved: resolvedText(own, previous, { simpler, where }),
    followUp: 'resolved',
    register: simpler ? 'plain' : own.register,
    kinds,
    schoolTypes,
    deniedTypes,
    safety: own.safety || previous.safety,
    aboutStage: own.aboutStage || previous.aboutStage,
    named:
      own.named.articles.length || own.named.sections.length
        ? own.named
        : { ...previous.named, laws: own.named.laws.length ? own.named.laws : previous.named.laws },
    query,
    ...(outside ? { outOfScope: outside } : {}),
  };
}

const label = (id: SchoolTypeId) => SCHOOL_TYPES.find((t) => t.id === id)!.label;

/** The follow-up as a whole question, for "Ik begreep je vraag als: …". */
function resolvedText(own: Reading, previous: Reading, how: { simpler: boolean; where: boolean }): string {
  const prev = previous.resolved.replace(/[?.!\s]+$/, '');
  if (how.simpler) return `${prev}? (in eenvoudige woorden)`;
  if (how.where) return `Waar staat in de bronnen: ${prev.charAt(0).toLowerCase()}${prev.slice(1)}?`;
  if (own.schoolTypes.length && !own.query.words.some((w) => !schoolTypesIn(w).length)) {
    const named = previous.schoolTypes[0];
    const swapped = named ? replaceSchoolType(prev, named, own.schoolTypes[0]!) : null;
    return `${swapped ?? `${prev} (${label(own.schoolTypes[0]!)})`}?`;
  }
  const extra = own.question.replace(/^(en|maar|dus|ook|oke|ok)\s+/i, '').replace(/[?.!\s]+$/, '');
  return `${prev}: ${extra}?`;
}

/** The previous question with its school type replaced by another, when the phrase that named it is found. */
function replaceSchoolType(text: string, from: SchoolTypeId, to: SchoolTypeId): string | null {
  const hit = schoolTypeMatcher()
    .find(text)
    .find((h) => h.value.id === from || h.value.within === from);
  return hit ? `${text.slice(0, hit.start)}${label(to)}${text.slice(hit.end)}` : null;
}

/** A reading from the question's words alone (for composing from passages without the corpus index). */
export function plainReading(question: string, persona: Persona): Reading {
  const words = contentTerms(question).filter((w) => !/^\d/.test(w));
  return {
    question,
    resolved: question,
    followUp: 'none',
    persona,
    register: persona === 'student' ? 'plain' : 'formal',
    kinds: new Set(phrases().kinds.values(question)),
    schoolTypes: schoolTypesIn(question),
    deniedTypes: schoolTypesDenied(question),
    safety: false,
    aboutStage: phrases().stage.test(question),
    named: namedSources(question),
    answerWords: [],
    query: { stems: new Map(words.map((w) => [stem(w), 1])), words, unknown: [], repaired: [], compounds: [], concepts: [] },
  };
}
