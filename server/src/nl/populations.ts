// Whom a statement is about: school types and tracks (school-types.json), the scope (the afdelingen the inspectorate
// researched, the country, the survey), the groups it counts or lets speak (afdelingen, leerlingen, stagebieders,
// schoolleiders, …) and sectors outside the sources (mbo, hoger onderwijs). Words in lexicon/populations.json.
// One phrase pass over the tokens: linear in the text.
import lexicon from './lexicon/populations.json';
import schoolTypes from './lexicon/school-types.json';
import { memoize } from './memo.ts';
import { PhraseMatcher } from './phrases.ts';
import { tokenize, type Token } from './tokens.ts';

export type SchoolTypeId = keyof typeof schoolTypes.types;
export type Scope = 'researched' | 'country' | 'survey';
export type GroupId = keyof typeof lexicon.groups;
export type OutsideId = keyof typeof lexicon.outsideSources;

export interface Mention<T> {
  id: T;
  text: string;
  start: number;
  end: number;
  /** token indexes */
  first: number;
  last: number;
}

export interface PopulationReading {
  schoolTypes: Mention<SchoolTypeId>[];
  scopes: Mention<Scope>[];
  groups: Array<Mention<GroupId> & { speaker: boolean }>;
  outside: Mention<OutsideId>[];
}

type Entry =
  | { kind: 'type'; id: SchoolTypeId }
  | { kind: 'notType' }
  | { kind: 'scope'; id: Scope }
  | { kind: 'group'; id: GroupId }
  | { kind: 'outside'; id: OutsideId }
  | { kind: 'speechBefore' }
  | { kind: 'speechAfter' }
  | { kind: 'notSpeech' };

function entries(): Array<{ phrase: string; value: Entry }> {
  const out: Array<{ phrase: string; value: Entry }> = [];
  for (const [id, t] of Object.entries(schoolTypes.types))
    for (const phrase of t.phrases) out.push({ phrase, value: { kind: 'type', id: id as SchoolTypeId } });
  for (const phrase of lexicon.notSchoolTypes) out.push({ phrase, value: { kind: 'notType' } });
  for (const [id, phrases] of Object.entries(lexicon.scopes)) for (const phrase of phrases) out.push({ phrase, value: { kind: 'scope', id: id as Scope } });
  for (const [id, g] of Object.entries(lexicon.groups)) for (const phrase of g.phrases) out.push({ phrase, value: { kind: 'group', id: id as GroupId } });
  for (const [id, g] of Object.entries(lexicon.outsideSources))
    for (const phrase of g.phrases) out.push({ phrase, value: { kind: 'outside', id: id as OutsideId } });
  for (const phrase of lexicon.speech.before) out.push({ phrase, value: { kind: 'speechBefore' } });
  for (const phrase of lexicon.speech.after) out.push({ phrase, value: { kind: 'speechAfter' } });
  for (const phrase of lexicon.speech.notSpeech) out.push({ phrase, value: { kind: 'notSpeech' } });
  return out;
}

const matcher = new PhraseMatcher<Entry>(entries());
/** School types named by one plain word ("lwt", "vmbo", "pro"), for compounds: "lwt-afdelingen". */
const TYPE_WORDS = new Map<string, SchoolTypeId>(
  Object.entries(schoolTypes.types).flatMap(([id, t]) =>
    t.phrases.filter((p) => /^[a-z/]+$/.test(p) && p.length >= 2).map((p) => [p, id as SchoolTypeId] as [string, SchoolTypeId]),
  ),
);
/** How far (in tokens) a speech word reaches for its speaker: "Op twee afdelingen geven leerlingen aan". */
const SPEAKER_REACH = 4;

/** The broad school type a track belongs to: vmbo-bb → vmbo, lwt → vmbo. */
export function broadSchoolType(id: SchoolTypeId): SchoolTypeId {
  return (schoolTypes.types[id].within as SchoolTypeId | null) ?? id;
}

export function schoolTypeLabel(id: SchoolTypeId): string {
  return schoolTypes.types[id].label;
}

/** The one word that names a group ("leerling", "stagebieder"). */
export function groupWord(id: GroupId): string {
  return lexicon.groups[id].word;
}

export function groupLabel(id: GroupId): string {
  return lexicon.groups[id].label;
}

export function outsideLabel(id: OutsideId): string {
  return lexicon.outsideSources[id].label;
}

/** Reads whom a text is about. Overlapping matches keep the longest ("stagebegeleider van de afdeling"). */
export function readPopulation(text: string | Token[]): PopulationReading {
  const toks = typeof text === 'string' ? tokenize(text) : text;
  const src = typeof text === 'string' ? text : null;
  const found = matcher.find(toks);
  const out: PopulationReading = { schoolTypes: [], scopes: [], groups: [], outside: [] };
  const speechBefore: number[] = [];
  const speechAfter: Array<[number, number]> = [];
  const blocked = new Set<number>();
  const notSpeech = new Set<number>();
  for (const m of found) {
    if (m.value.kind === 'notType') for (let k = m.first; k <= m.last; k++) blocked.add(k);
    if (m.value.kind === 'notSpeech') for (let k = m.first; k <= m.last; k++) notSpeech.add(k);
  }
  let coveredTo = -1;
  let groupTo = -1;
  let outsideTo = -1;
  for (const m of found) {
    const mention = {
      text: src
        ? src.slice(m.start, m.end)
        : toks
            .slice(m.first, m.last + 1)
            .map((t) => t.text)
            .join(' '),
      start: m.start,
      end: m.end,
      first: m.first,
      last: m.last,
    };
    switch (m.value.kind) {
      case 'type':
        if (blocked.has(m.first) || m.first <= coveredTo) break;
        out.schoolTypes.push({ ...mention, id: m.value.id });
        coveredTo = m.last;
        break;
      case 'scope':
        out.scopes.push({ ...mention, id: m.value.id });
        break;
      case 'group':
        if (m.first <= groupTo) break;
        out.groups.push({ ...mention, id: m.value.id, speaker: false });
        groupTo = m.last;
        break;
      case 'outside':
        if (m.first <= outsideTo) break;
        out.outside.push({ ...mention, id: m.value.id });
        outsideTo = m.last;
        break;
      case 'speechBefore':
        speechBefore.push(m.last);
        break;
      case 'speechAfter':
        if (!notSpeech.has(m.first)) speechAfter.push([m.first, m.last]);
        break;
      case 'notType':
      case 'notSpeech':
        break;
    }
  }
  // A school type as the first part of a compound the lexicon does not list ("lwt-afdelingen", "pro-leerling").
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.norm.includes('-') || out.schoolTypes.some((m) => m.first <= i && m.last >= i) || blocked.has(i)) continue;
    const head = TYPE_WORDS.get(t.norm.split('-')[0]!);
    if (head) out.schoolTypes.push({ id: head, text: t.text, start: t.start, end: t.end, first: i, last: i });
  }
  out.schoolTypes.sort((a, b) => a.start - b.start);
  // Speakers: the group right after "volgens", or the nearest group around a speech verb (not the afdelingen
  // where it was said, when another group is there: "Op twee afdelingen geven leerlingen aan").
  for (const at of speechBefore) {
    const g = out.groups.find((x) => x.first > at && x.first <= at + 3);
    if (g) g.speaker = true;
  }
  for (const [first, last] of speechAfter) {
    const near = out.groups.filter((g) => g.last >= first - SPEAKER_REACH && g.first <= last + SPEAKER_REACH);
    const people = near.filter((g) => g.id !== 'afdelingen');
    const pick = (people.length > 0 ? people : near).sort((a, b) => distance(a, first, last) - distance(b, first, last))[0];
    if (pick) pick.speaker = true;
  }
  return out;
}

function distance(g: { first: number; last: number }, first: number, last: number): number {
  if (g.last < first) return first - g.last;
  if (g.first > last) return g.first - last;
  return 0;
}

/** The group a noun names ("vmbo-afdelingen" → afdelingen, "stagiairs" → leerlingen), or null. Memoised. */
export const groupOf: (noun: string) => GroupId | null = memoize((noun) => readPopulation(noun).groups[0]?.id ?? null, 20_000);

/** The school type a single word names ("vmbo", "pro", "bb"), or null. Memoised. */
export const schoolTypeOfWord: (word: string) => SchoolTypeId | null = memoize((word) => readPopulation(word).schoolTypes[0]?.id ?? null, 20_000);
