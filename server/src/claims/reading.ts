// A claim (or a source sentence) read as a proposition: whom it is about (school type, scope, the group that speaks),
// what it says (its measure: the content words, with synonyms and compound parts), how much (amounts) and which way
// (negations, opposite words, must/may). Claims are read 'stated' (literally), source sentences 'reported'.
import {
  CompoundSplitter,
  isDutchWord,
  isStopword,
  PhraseMatcher,
  stem,
  SYNONYM_GROUPS,
  tokenize,
  verbCandidates,
  type Token,
  type WordSet,
} from '../nl/index.ts';
import {
  broadSchoolType,
  groupOf,
  groupWord,
  readPopulation,
  schoolTypeOfWord,
  type GroupId,
  type OutsideId,
  type Scope,
  type SchoolTypeId,
} from '../nl/populations.ts';
import { readQuantities, type Amount, type Reading, type Span } from '../nl/quantities.ts';
import lexicon from './lexicon.json';

export type Modality = 'must' | 'may' | 'optional' | 'mustNot';

/** A content word of the statement (or a multi-word synonym phrase). */
export interface Term {
  /** The concept: the Snowball stem of the word's lemma (a synonym phrase: its first group's id). */
  canon: string;
  /** Every key the term matches by: its concept and the kit's synonym groups it is in ('syn:12'). */
  keys: string[];
  /** Concepts of a compound's parts ("stagedoelen" → stage, doel). */
  parts: string[];
  text: string;
  start: number;
  end: number;
  /** 'group': names people or afdelingen (weighs less); 'framing': words nearly every sentence has (stage, leerling). */
  kind: 'content' | 'group' | 'framing' | 'light';
  clause: number;
}

export interface OppositeMention {
  pair: number;
  side: 0 | 1;
  /** The concepts of its words ("erkende" is had by a sentence about "erkenning"). */
  keys: string[];
  text: string;
  start: number;
  end: number;
  clause: number;
}

export interface Statement {
  text: string;
  terms: Term[];
  /** Concepts of its whole words. */
  words: Set<string>;
  /** Its words as written (folded, function words out): how literally a sentence restates it. */
  surface: Set<string>;
  /** Every concept of the statement, whole words and compound parts. */
  concepts: Set<string>;
  amounts: Array<Amount & { clause: number; group: GroupId | null; nounConcept: string | null }>;
  /** Negations of the clause that modality did not take up ("is niet verplicht" is 'optional', not a negation). */
  negations: Span[];
  negated: boolean;
  leerjaren: number[];
  /** School types as mentioned (tracks included: vmbo-bb, lwt). */
  schoolTypes: Set<SchoolTypeId>;
  /** Broad types: vmbo (incl. its tracks and lwt), pro, havo/vwo. */
  broadTypes: Set<SchoolTypeId>;
  scope: Scope | null;
  groups: Set<GroupId>;
  /** Who says it ("volgens leerlingen", "de schoolleiding geeft aan"); the inspectorate itself is not a speaker. */
  speakers: Set<GroupId>;
  outside: Set<OutsideId>;
  modality: Modality | null;
  opposites: OppositeMention[];
  /** "alleen", "uitsluitend": the claim excludes everything else. */
  exclusive: boolean;
  /** "proberen", "streven", "overwegen": it is tried or intended, not (yet) so. */
  attempt: boolean;
  /** "misschien", "wellicht": it may be so. */
  hedged: boolean;
  /** The statement is about what the law requires or allows. */
  legal: boolean;
  /** It names the law itself ("wettelijk", "volgens de wet", "recht op"). */
  namesLaw: boolean;
}

type Marker =
  | { kind: 'synonym'; groups: string[] }
  | { kind: 'opposite'; pair: number; side: 0 | 1 }
  | { kind: 'modality'; value: 'obligation' | 'permission' | 'optional' | 'prohibition' }
  | { kind: 'legal' }
  | { kind: 'lawNamed' }
  | { kind: 'exclusive' }
  | { kind: 'attempt' }
  | { kind: 'hedge' }
  | { kind: 'glue' }
  | { kind: 'framing' }
  | { kind: 'light' };

function markers(): Array<{ phrase: string; value: Marker }> {
  const out: Array<{ phrase: string; value: Marker }> = [];
  // the kit's synonym groups: multi-word phrases are found as phrases (one word is looked up by its concept)
  const phraseGroups = new Map<string, string[]>();
  SYNONYM_GROUPS.forEach((group, i) => {
    for (const phrase of group) if (phrase.includes(' ')) phraseGroups.set(phrase, [...(phraseGroups.get(phrase) ?? []), `syn:${i}`]);
  });
  for (const [phrase, groups] of phraseGroups) out.push({ phrase, value: { kind: 'synonym', groups } });
  lexicon.opposites.forEach((pair, i) => {
    pair.forEach((side, s) => {
      for (const phrase of side) out.push({ phrase, value: { kind: 'opposite', pair: i, side: s as 0 | 1 } });
    });
  });
  for (const value of ['obligation', 'permission', 'optional', 'prohibition'] as const) {
    for (const phrase of lexicon[value]) out.push({ phrase, value: { kind: 'modality', value } });
  }
  for (const phrase of lexicon.legal) out.push({ phrase, value: { kind: 'legal' } });
  for (const phrase of lexicon.lawNamed) out.push({ phrase, value: { kind: 'lawNamed' } });
  for (const phrase of lexicon.exclusive) out.push({ phrase, value: { kind: 'exclusive' } });
  for (const phrase of lexicon.attempt) out.push({ phrase, value: { kind: 'attempt' } });
  for (const phrase of lexicon.hedge) out.push({ phrase, value: { kind: 'hedge' } });
  for (const phrase of lexicon.glue) out.push({ phrase, value: { kind: 'glue' } });
  for (const phrase of lexicon.framing) out.push({ phrase, value: { kind: 'framing' } });
  for (const phrase of lexicon.light) out.push({ phrase, value: { kind: 'light' } });
  return out;
}

/** A bounded cache for the reader's hot path (cheaper than an LRU: it is emptied when full). */
function cached<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const map = new Map<string, T>();
  return (s: string) => {
    let v = map.get(s);
    if (v === undefined && !map.has(s)) {
      v = fn(s);
      if (map.size >= max) map.clear();
      map.set(s, v);
    }
    return v as T;
  };
}

/** A word as the lexicon lists it: lower case, no diacritics, apostrophes and hyphens out. */
const plain = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’-]/g, '');
/** The Snowball stem of a plain word (function words only: content words go through the reader's lemma first). */
const canonOf: (word: string) => string = cached((word) => stem(plain(word)));
const groupOfWord = cached(groupOf);
const typeOfWord = cached(schoolTypeOfWord);

const undouble = (w: string) => w.replace(/([bdfgklmnprst])\1$/, '$1');
const VOWEL_CONSONANT = /([^aeiou])([aeou])([^aeiou])$/;

/**
 * The base form of an inflected word, found in the sources' vocabulary: plurals ("bedrijven" → bedrijf, "stages" →
 * stage, "huizen" → huis), a verb's third person ("loopt" → lopen, "telt" → tellen, "geldt" → gelden) and its
 * participle or past tense (the kit's `verbCandidates`: "gecontroleerd" → controleren, "uitgeprobeerd" → uitproberen).
 * Snowball (the kit's stemmer) then makes the rest alike. Only forms the sources have, or for a word they lack a
 * listed Dutch word, are used, so no word is invented.
 */
export function lemmaOf(w: string, known: WordSet): string {
  if (w.length < 4) return w;
  if (w.endsWith('en') && w.length > 4) {
    const base = w.slice(0, -2);
    for (const c of [base.replace(/v$/, 'f'), base.replace(/z$/, 's'), undouble(base), base.replace(VOWEL_CONSONANT, '$1$2$2$3'), base]) {
      if (c !== w && c.length >= 3 && known.has(c)) return c;
    }
  }
  if (w.endsWith('s') && !w.endsWith('ss') && known.has(w.slice(0, -1)) && w.length > 4) return w.slice(0, -1);
  if (w.endsWith('t') && w.length > 4) {
    const base = w.slice(0, -1);
    const single = base.replace(/([aeou])\1([^aeiou])$/, '$1$2');
    const infinitives = [
      `${base}en`,
      `${single}en`,
      `${base + base.slice(-1)}en`,
      `${base}n`,
      base.replace(/s$/, 'zen'),
      base.replace(/f$/, 'ven'),
      single.replace(/s$/, 'zen'),
      single.replace(/f$/, 'ven'),
    ];
    for (const inf of infinitives) if (known.has(inf)) return lemmaOf(inf, known);
    // "duurt" → duren where the sources only have "duurt": a listed Dutch verb (not a noun in -heid or -teit)
    if (!/(heid|teit|ment|icht)$/.test(w)) for (const inf of infinitives) if (inf !== w && isDutchWord(inf) && inf.length >= 5) return inf;
  }
  // participles and past tenses ("gecontroleerd", "benaderd", "werkte"); never a noun in -heid ("gelegenheid")
  const prefixed = /^(be|ver|ont|her|er)[a-z]{3,}[dt]$/.test(w) && !w.endsWith('heid');
  if (w.length >= 6 && !w.endsWith('heid') && (prefixed || /(^|[a-z])ge[a-z]{2,}(d|t|en)$|(de|te|den|ten)$/.test(w))) {
    // a participle without ge- ("benaderd", "verzorgd") inflects like the third person ("benadert")
    const candidates = verbCandidates(prefixed && w.endsWith('d') ? `${w.slice(0, -1)}t` : w)
      .slice(1)
      .filter((c) => c.length >= 4);
    const inSources = candidates.find((c) => known.has(c));
    if (inSources) return inSources;
    if (!known.has(w)) {
      const listed = candidates.find((c) => isDutchWord(c));
      if (listed) return listed;
    }
  }
  return w;
}
const matcher = new PhraseMatcher<Marker>(markers());
/** Words with a modality word's stem that are no modality ("diens" is not "dient"). */
const NOT_MODALITY = new Set(lexicon.notModality.map(plain));
const GLUE = new Set(lexicon.glue.filter((w) => !w.includes(' ')).map(canonOf));
const CLAUSE_WORDS = new Set(['maar', 'terwijl', 'waarbij', 'want', 'omdat', 'doordat', 'zodat', 'hoewel', 'waardoor']);
/** After a comma these start a clause of their own. */
const CLAUSE_STARTS = new Set(['die', 'dat', 'wat', 'waar', 'als', 'wanneer', 'indien', 'en', 'of', 'dan', 'toen']);
/** Particles of separable verbs ("door" of doornemen), and how far back their verb may stand. */
const PARTICLES = new Set(['door', 'op', 'aan', 'af', 'mee', 'uit', 'toe', 'terug', 'langs', 'bij', 'na', 'weg', 'samen', 'voor', 'over', 'in']);
const SEPARABLE_REACH = 10;
const AFTER_PARTICLE = new Set(['met', 'bij', 'naar', 'van', 'over', 'voor', 'tot', 'tegen', 'aan']);
const RELATIVES = new Set(['die', 'waarin', 'waarbij', 'waarop', 'welke']);
const SUBORDINATORS = new Set(['dat', 'die', 'als', 'wanneer', 'omdat', 'waardoor', 'zodat', 'indien']);
const PRONOUNS = new Set(['hen', 'zij', 'ze', 'hun']);
const MIN_PART = 3;

export interface ReaderOptions {
  /** Words known to the sources (folded): compounds are split into them. */
  vocabulary?: WordSet;
}

/** Reads statements; with the sources' vocabulary it also splits compounds ("stagedoelen" → stage, doelen). */
export class StatementReader {
  private readonly splitter: CompoundSplitter | null;
  /** The kit's synonym groups each concept is in. */
  private readonly synonymOf = new Map<string, string[]>();
  private readonly framing: Set<string>;
  private readonly known: WordSet;
  /** A word's concept: the Snowball stem of its lemma. */
  readonly concept: (word: string) => string;

  constructor(opts: ReaderOptions = {}) {
    const known = opts.vocabulary ?? { has: () => false };
    this.known = known;
    this.splitter = opts.vocabulary ? new CompoundSplitter(opts.vocabulary, 20_000) : null;
    this.concept = cached((word: string) => stem(lemmaOf(plain(word), known)));
    SYNONYM_GROUPS.forEach((group, i) => {
      for (const w of group) {
        if (w.includes(' ')) continue;
        const k = this.concept(w);
        const list = this.synonymOf.get(k) ?? [];
        if (!list.includes(`syn:${i}`)) list.push(`syn:${i}`);
        this.synonymOf.set(k, list);
      }
    });
    this.framing = new Set(lexicon.framing.filter((w) => !w.includes(' ')).map((w) => this.concept(w)));
  }

  /** A concept with the synonym groups it is in. */
  keysOf(concept: string): string[] {
    const groups = this.synonymOf.get(concept);
    return groups ? [concept, ...groups] : [concept];
  }

  read(text: string, reading: Reading): Statement {
    const toks = tokenize(text);
    const quantities = readQuantities(text, reading, toks);
    const population = readPopulation(toks);
    const found = matcher.find(toks);

    // Clause of each token: a new clause after ; : ( ) and at "maar", "terwijl", …; after a comma only when a clause
    // or an amount follows ("…, een aantal afdelingen met cijfers"), not in a list ("geen systematische, formele …").
    const amountStarts = new Set(quantities.amounts.map((a) => a.start));
    const clause = new Array<number>(toks.length).fill(0);
    let c = 0;
    for (let i = 0; i < toks.length; i++) {
      if (i > 0) {
        const gap = text.slice(toks[i - 1]!.end, toks[i]!.start);
        const t = toks[i]!;
        // "… verloopt en dat ze niets missen": a conjunction before a subordinator starts a clause without a comma
        const joined = (toks[i - 1]!.norm === 'en' || toks[i - 1]!.norm === 'of') && SUBORDINATORS.has(t.norm);
        // a relative clause after a noun ("… vrijwilligersactiviteiten die geen stage zijn") says something of its own
        const relative = RELATIVES.has(t.norm) && toks[i - 1]!.kind === 'word' && !isStopword(toks[i - 1]!.norm) && toks[i - 1]!.norm.length > 3;
        if (
          /[;:()]/.test(gap) ||
          CLAUSE_WORDS.has(t.norm) ||
          joined ||
          relative ||
          (gap.includes(',') && (CLAUSE_STARTS.has(t.norm) || amountStarts.has(t.start)))
        )
          c++;
      }
      clause[i] = c;
    }
    const tokenAt = (offset: number) => {
      let lo = 0;
      let hi = toks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (toks[mid]!.start <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };

    // Tokens that are no content: amounts, negations, school types, scopes, modality, glue.
    const skip = new Set<number>();
    const cover = (start: number, end: number) => {
      for (let i = tokenAt(start); i < toks.length && toks[i]!.start < end; i++) if (toks[i]!.start >= start && toks[i]!.end <= end) skip.add(i);
    };
    // an amount's words, but not the noun it counts ("1500 leerlingen": leerlingen is content)
    for (const a of quantities.amounts) cover(a.start, a.noun && a.noun.start > a.start ? a.noun.start : a.end);
    for (const n of quantities.negations) cover(n.start, n.end);
    for (const y of quantities.leerjaarSpans) cover(y.start, y.end);
    for (const m of population.schoolTypes) for (let k = m.first; k <= m.last; k++) skip.add(k);
    for (const m of population.scopes) for (let k = m.first; k <= m.last; k++) skip.add(k);
    // sectors outside the sources are content the sources lack ("een samenwerkingsovereenkomst met een hogeschool")
    const outsideTerms: Term[] = population.outside.map((m) => ({
      canon: `outside:${m.id}`,
      keys: [`outside:${m.id}`],
      parts: [],
      text: m.text,
      start: m.start,
      end: m.end,
      kind: 'content' as const,
      clause: 0,
    }));
    for (const m of population.outside) for (let k = m.first; k <= m.last; k++) skip.add(k);

    const opposites: OppositeMention[] = [];
    const synonymSpans: Array<{ first: number; last: number; groups: string[] }> = [];
    const modalities: Array<{ value: 'obligation' | 'permission' | 'optional' | 'prohibition'; first: number; last: number }> = [];
    let legal = false;
    let namesLaw = false;
    let exclusive = false;
    let attempt = false;
    let hedged = false;
    const framingAt = new Set<number>();
    const lightAt = new Set<number>();
    let oppositeTo = -1;
    for (const m of found) {
      const v = m.value;
      switch (v.kind) {
        case 'opposite':
          if (m.first <= oppositeTo) break;
          opposites.push({
            pair: v.pair,
            side: v.side,
            keys: m.first === m.last ? this.keysOf(this.concept(toks[m.first]!.norm)) : [],
            text: text.slice(m.start, m.end),
            start: m.start,
            end: m.end,
            clause: clause[m.first]!,
          });
          for (let k = m.first; k <= m.last; k++) skip.add(k);
          oppositeTo = m.last;
          break;
        case 'modality':
          if (m.first === m.last && NOT_MODALITY.has(plain(toks[m.first]!.norm))) break;
          modalities.push({ value: v.value, first: m.first, last: m.last });
          break;
        case 'legal':
          legal = true;
          break;
        case 'lawNamed':
          namesLaw = true;
          break;
        case 'exclusive':
          exclusive = true;
          break;
        case 'attempt':
          attempt = true;
          break;
        case 'hedge':
          hedged = true;
          break;
        case 'glue':
          if (m.last > m.first) for (let k = m.first; k <= m.last; k++) skip.add(k);
          break;
        case 'framing':
          for (let k = m.first; k <= m.last; k++) framingAt.add(k);
          break;
        case 'light':
          for (let k = m.first; k <= m.last; k++) lightAt.add(k);
          break;
        case 'synonym':
          if (m.last > m.first) synonymSpans.push({ first: m.first, last: m.last, groups: v.groups });
          break;
      }
    }

    // Modality: the longest phrase wins; a negation it contains, or one that negates "verplicht", is taken up by it.
    let modality: Modality | null = null;
    const negTaken = new Set<number>();
    const bestModality = modalities.sort((a, b) => b.last - b.first - (a.last - a.first))[0];
    if (bestModality) {
      const base: Record<typeof bestModality.value, Modality> = { obligation: 'must', permission: 'may', optional: 'optional', prohibition: 'mustNot' };
      modality = base[bestModality.value];
      for (const m of modalities) for (let k = m.first; k <= m.last; k++) skip.add(k);
      for (const n of quantities.negations) {
        const at = tokenAt(n.start);
        const inside = at >= bestModality.first && at <= bestModality.last;
        const sameClause = clause[at] === clause[bestModality.first] && Math.abs(at - bestModality.first) <= 4;
        if (inside) negTaken.add(n.start);
        else if (sameClause && (modality === 'must' || modality === 'may')) {
          modality = modality === 'must' ? 'optional' : 'mustNot';
          negTaken.add(n.start);
        }
      }
    }
    const negations = quantities.negations.filter((n) => !negTaken.has(n.start));

    // Separable verbs: a particle that ends its clause belongs to a verb before it ("nemen de doelen … door" is
    // doornemen, "neemt contact op" is opnemen), when the two make a word the sources or the dictionary know.
    const separable = new Map<number, string>();
    for (let i = 1; i < toks.length; i++) {
      const p = toks[i]!;
      if (!PARTICLES.has(p.norm) || skip.has(i)) continue;
      const next = toks[i + 1];
      // the particle ends its clause, or only a prepositional phrase follows it ("neemt geen contact op met het bedrijf")
      if (next && clause[i + 1] === clause[i] && !/[.,;:!?]/.test(text.slice(p.end, next.start)) && !AFTER_PARTICLE.has(next.norm)) continue;
      // the finite verb stands early in its clause: look from the clause's start (within reach of the particle)
      let from = i - 1;
      while (from > Math.max(0, i - SEPARABLE_REACH) && clause[from - 1] === clause[i]) from--;
      for (let j = from; j < i; j++) {
        const v = toks[j]!;
        if (v.kind !== 'word' || skip.has(j) || isStopword(v.norm) || v.norm.length > 20 || groupOfWord(v.norm)) continue;
        const combined = verbCandidates(v.norm)
          .map((inf) => p.norm + inf)
          .find((c) => this.known.has(c) || isDutchWord(c));
        if (combined) {
          separable.set(j, combined);
          skip.add(i);
          break;
        }
      }
    }

    // Content terms.
    const terms: Term[] = [];
    const inSynonym = new Map<number, { first: number; last: number; groups: string[] }>();
    for (const s of synonymSpans) for (let k = s.first; k <= s.last; k++) if (!inSynonym.has(k)) inSynonym.set(k, s);
    for (let i = 0; i < toks.length; i++) {
      if (skip.has(i)) continue;
      const t = toks[i]!;
      if (t.kind !== 'word' || t.norm.length > 40) continue;
      const span = inSynonym.get(i);
      if (span && span.first === i) {
        const end = toks[span.last]!.end;
        // the phrase's own content words count too ("buitenschoolse" of "buitenschoolse praktijkgedeelte")
        const own: string[] = [];
        for (let k = span.first; k <= span.last; k++) {
          const w = toks[k]!;
          if (w.kind === 'word' && !isStopword(w.norm) && !skip.has(k)) own.push(this.concept(w.norm));
        }
        terms.push({
          canon: span.groups[0]!,
          keys: [...new Set([...span.groups, ...own])],
          parts: [],
          text: text.slice(t.start, end),
          start: t.start,
          end,
          kind: 'content',
          clause: clause[i]!,
        });
        i = span.last;
        continue;
      }
      const norm = separable.get(i) ?? t.norm.replace(/'/g, '');
      const pieces = norm.includes('-') ? norm.split('-').filter((p) => p.length >= 2) : [norm];
      const joined = norm.replace(/-/g, '');
      // "vmbo-afdelingen": the school type is read as a population, the rest is the word; "leer-werktraject" stays whole.
      const words = pieces.length > 1 && !this.synonymOf.has(this.concept(joined)) ? pieces.filter((p) => typeOfWord(p) === null) : [joined];
      for (const w of words) {
        if (w.length < 2 || isStopword(w) || /^\d/.test(w)) continue;
        if (GLUE.has(canonOf(w))) continue;
        const canon = this.concept(w);
        const group = groupOfWord(w);
        const parts = this.parts(w);
        const kind: Term['kind'] =
          this.framing.has(canon) || framingAt.has(i) ? 'framing' : lightAt.has(i) && !separable.has(i) ? 'light' : group ? 'group' : 'content';
        terms.push({ canon, keys: this.keysOf(canon), parts, text: t.text, start: t.start, end: t.end, kind, clause: clause[i]! });
      }
    }

    terms.push(...outsideTerms);
    // a group named only inside a school-type word ("vmbo'ers") is still whom the claim counts
    for (const g of population.groups) {
      if (g.id === 'afdelingen' || terms.some((t) => t.start <= g.start && t.end >= g.end)) continue;
      if (g.id === 'inspectie') continue;
      const canon = this.concept(groupWord(g.id));
      terms.push({
        canon,
        keys: this.keysOf(canon),
        parts: [],
        text: g.text,
        start: g.start,
        end: g.end,
        kind: this.framing.has(canon) ? 'framing' : 'group',
        clause: clause[g.first]!,
      });
    }
    // an opposite word is also a word the statement has ("verschillen" is had by "lopen uiteen")
    const words = new Set([...terms.flatMap((t) => t.keys), ...opposites.flatMap((o) => o.keys)]);
    const concepts = new Set<string>(words);
    for (const t of terms) for (const p of t.parts) for (const k of this.keysOf(p)) concepts.add(k);

    const schoolTypes = new Set(population.schoolTypes.map((m) => m.id));
    const speakers = new Set(population.groups.filter((g) => g.speaker && g.id !== 'inspectie').map((g) => g.id));
    // "volgens hen", "zij geven aan": a pronoun speaker, resolved by the caller from the sentence before.
    const scopes = population.scopes.map((s) => s.id);
    const scope: Scope | null = scopes.includes('survey')
      ? 'survey'
      : scopes.includes('country')
        ? 'country'
        : scopes.includes('researched')
          ? 'researched'
          : null;
    return {
      text,
      terms,
      words,
      surface: new Set(toks.filter((t) => t.kind === 'word' && !isStopword(t.norm)).map((t) => t.norm)),
      concepts,
      amounts: quantities.amounts.map((a) => ({
        ...a,
        clause: clause[tokenAt(a.start)]!,
        group: a.noun ? groupOfWord(a.noun.text) : null,
        nounConcept: a.noun ? this.concept(a.noun.text) : null,
      })),
      negations,
      negated: isNegated(
        negations,
        (o) => clause[tokenAt(o)]!,
        (o) => tokenAt(o),
      ),
      leerjaren: quantities.leerjaren,
      schoolTypes,
      broadTypes: new Set([...schoolTypes].map(broadSchoolType)),
      scope,
      groups: new Set(population.groups.map((g) => g.id)),
      speakers,
      outside: new Set(population.outside.map((o) => o.id)),
      modality,
      opposites,
      exclusive,
      attempt,
      hedged,
      legal,
      namesLaw,
    };
  }

  /** Concepts of a compound's parts, each at least three letters ("reiskostenvergoeding" → reiskost, reis, kost, vergoed). */
  private parts(word: string): string[] {
    if (!this.splitter || word.length < 2 * MIN_PART + 1) return [];
    return [
      ...new Set(
        this.splitter
          .parts(word)
          .filter((p) => p.length >= MIN_PART)
          .map((p) => this.concept(p)),
      ),
    ];
  }
}

/** Does the sentence refer to its speaker by a pronoun ("volgens hen", "zij geven aan")? */
export function speaksByPronoun(text: string): boolean {
  return tokenize(text).some((t: Token) => PRONOUNS.has(t.norm));
}

/**
 * Whether a statement is negated: a negation in any clause ("vooraf niet getest en ook niet aangepast" is negated),
 * but two negations close together in one clause cancel ("niet zonder …").
 */
function isNegated(negations: Span[], clauseOf: (offset: number) => number, tokenOf: (offset: number) => number): boolean {
  if (negations.length === 0) return false;
  const byClause = new Map<number, number[]>();
  for (const n of negations) {
    const c = clauseOf(n.start);
    byClause.set(c, [...(byClause.get(c) ?? []), tokenOf(n.start)]);
  }
  for (const toks of byClause.values()) {
    if (toks.length % 2 === 1) return true;
    if (toks.length === 2 && toks[1]! - toks[0]! > 3) return true;
  }
  return false;
}
