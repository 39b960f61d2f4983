// Numbers, percentages, fractions in words and quantifiers in Dutch sentences, as comparable intervals.

import { canonical, fold, stem } from './text.ts';

/** A share of a population, 0..1. */
export interface Interval {
  lo: number;
  hi: number;
}

export type Bound = 'exact' | 'about' | 'min' | 'max' | 'over' | 'under';

/** An absolute number with the noun it counts ("18 afdelingen", "640 uur", year 2024). */
export interface NumberMention {
  value: number;
  hi?: number; // for ranges "twee á drie"
  bound: Bound;
  noun: string | null; // canonical stem of the counted noun, 'year', 'leerjaar', or null
  text: string; // surface text (lower case)
  index: number; // position in the lower-cased text
  denom?: number; // "x van de y"
}

export interface ShareMention {
  share: Interval;
  text: string; // surface phrase
  kind: 'percent' | 'fraction' | 'ratio' | 'quantifier';
  index: number;
  hedge: string | null;
  /** percent: the stated number, for explanations */
  value?: number;
  population: boolean; // quantifies a population noun (afdelingen, leerlingen) rather than an adverb
}

export interface Quantities {
  numbers: NumberMention[];
  shares: ShareMention[];
  /** Predicate negations (niet, geen, nauwelijks ...) not part of a quantifier phrase. */
  negations: string[];
}

/** A global, unicode-aware regex where \b also works around letters like é. */
function U(re: RegExp | string): RegExp {
  const src = typeof re === 'string' ? re : re.source;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && src[i + 1] === 'b') {
      const next = src[i + 2] ?? '';
      out += /[\p{L}(\[\\]/u.test(next) ? '(?<![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}])';
      i++;
    } else if (src[i] === '\\') {
      out += src[i]! + (src[i + 1] ?? '');
      i++;
    } else {
      out += src[i];
    }
  }
  return new RegExp(out, 'gu');
}

const NUMBER_WORDS: Record<string, number> = {
  één: 1, eén: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18,
  negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80,
  negentig: 90, honderd: 100, duizend: 1000,
};
const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6 };
const MONTHS = /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/;

const NUM = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)`;

export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/** Lower case, keep diacritics (één vs een), normalise quotes/dashes/spaces. */
function lower(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
}

export const HEDGE_RE = /(ongeveer|circa|ca\.|rond|rondom|zo'n|ruim|bijna|nagenoeg|vrijwel|krap|meer dan|minder dan|ten minste|tenminste|minimaal|minstens|op zijn minst|maximaal|hooguit|hoogstens|op zijn hoogst|ten hoogste|maximum van|minimum van|niet meer dan|niet minder dan|±|\+\/-|afgerond|slechts|maar liefst|net geen|net iets meer dan|iets meer dan|iets minder dan|bijkans|grofweg|pakweg)\s*$/;

function hedgeBefore(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 28), index);
  const m = HEDGE_RE.exec(before);
  return m ? m[1]! : null;
}

function boundOf(hedge: string | null): Bound {
  switch (hedge) {
    case null:
    case 'slechts':
    case 'maar liefst':
      return 'exact';
    case 'ten minste':
    case 'tenminste':
    case 'minimaal':
    case 'minstens':
    case 'minimum van':
    case 'niet minder dan':
    case 'op zijn minst':
      return 'min';
    case 'maximaal':
    case 'hooguit':
    case 'ten hoogste':
    case 'hoogstens':
    case 'op zijn hoogst':
    case 'maximum van':
    case 'niet meer dan':
      return 'max';
    case 'meer dan':
    case 'ruim':
    case 'net iets meer dan':
    case 'iets meer dan':
      return 'over';
    case 'minder dan':
    case 'bijna':
    case 'krap':
    case 'net geen':
    case 'iets minder dan':
    case 'bijkans':
      return 'under';
    default:
      return 'about';
  }
}

/** Share interval for a stated value v (0..1) given its hedge and its own precision. */
function hedgedShare(v: number, hedge: string | null, precision: number): Interval {
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  switch (boundOf(hedge)) {
    case 'exact':
      return { lo: clamp(v - precision), hi: clamp(v + precision) };
    case 'about':
      return { lo: clamp(v - Math.max(precision, 0.05)), hi: clamp(v + Math.max(precision, 0.05)) };
    case 'over':
      return hedge === 'ruim' ? { lo: clamp(v - precision), hi: clamp(v + 0.08) } : { lo: clamp(v + 0.0001), hi: 1 };
    case 'under':
      return hedge === 'bijna' || hedge === 'krap' || hedge === 'net geen' ? { lo: clamp(v - 0.08), hi: clamp(v + precision) } : { lo: 0, hi: clamp(v - 0.0001) };
    case 'min':
      return { lo: clamp(v - precision), hi: 1 };
    case 'max':
      return { lo: 0, hi: clamp(v + precision) };
  }
}

/** Nouns that name a population a quantifier can range over. */
const POPULATION_NOUN =
  /^(?:[a-z/-]*afdeling(?:en)?|[a-z/-]*scholen|school|[a-z/-]*leerlingen|leerling|scholieren|jongeren|stagiair(?:e)?s?|[a-z]*bedrijven|[a-z]*bedrijf|[a-z]*aanbieders?|[a-z]*bieders?|[a-z]*begeleiders?|[a-z]*coördinatoren|[a-z]*coordinatoren|coördinator|schoolleiders?|schoolleidingen|directeuren|docenten|mentoren|vakdocenten|ouders|stages|stageplekken|stageplaatsen|gevallen|respondenten|stageovereenkomsten|stageplannen|overeenkomsten|contracten|werkgevers|organisaties|instellingen|vestigingen|locaties|pro-scholen|vmbo-scholen|onderzochte|bezochte|van)$/;

interface QuantDef {
  re: RegExp;
  share: Interval;
  /** always counts, even when no population noun follows (adverbs like altijd, nooit) */
  adverb?: boolean;
  negative?: boolean; // expresses "none/hardly any"
}

// Longest phrases first; matched on lower-cased text with diacritics.
const QUANTIFIERS: QuantDef[] = [
  { re: /\bniet (?:alle|iedere|elke|overal|altijd|allemaal)\b/, share: { lo: 0, hi: 0.95 }, adverb: true },
  { re: /\b(?:op |bij |in )?geen van (?:de|alle|hen|deze)\b/, share: { lo: 0, hi: 0 }, adverb: true, negative: true },
  { re: /\bgeen enkele?\b/, share: { lo: 0, hi: 0 }, adverb: true, negative: true },
  { re: /\b(?:niemand|nergens|nooit|in geen enkel geval)\b/, share: { lo: 0, hi: 0 }, adverb: true, negative: true },
  { re: /\b(?:bijna|vrijwel|nagenoeg|haast|zo goed als) (?:geen|niemand|nooit|nergens)\b/, share: { lo: 0, hi: 0.15 }, adverb: true, negative: true },
  { re: /\b(?:bijna|vrijwel|nagenoeg|haast|zo goed als|praktisch) (?:alle|iedere|elke|allemaal|altijd|overal)\b/, share: { lo: 0.8, hi: 1 }, adverb: true },
  { re: /\b(?:veruit de meeste|het overgrote deel|overgrote deel|de overgrote meerderheid|overgrote meerderheid|de grote meerderheid|grote meerderheid)\b/, share: { lo: 0.7, hi: 1 }, adverb: true },
  { re: /\b(?:een minderheid|minderheid|minder dan de helft)\b/, share: { lo: 0, hi: 0.49 }, adverb: true },
  { re: /\b(?:meer dan de helft|ruim de helft|de meerderheid|meerderheid|het merendeel|merendeel|de meeste|meeste|het grootste deel|grootste deel|het gros|meestal|doorgaans|overwegend|grotendeels|over het algemeen|in de regel)\b/, share: { lo: 0.55, hi: 1 }, adverb: true },
  { re: /\b(?:alle|iedere|ieder|elke|allemaal|overal|altijd|stuk voor stuk|zonder uitzondering|steeds)\b/, share: { lo: 0.97, hi: 1 } },
  { re: /\b(?:een enkele|een enkel|slechts één|slechts een|maar één|één enkele|slechts twee|een handvol)\b/, share: { lo: 0.01, hi: 0.22 }, adverb: true },
  { re: /\b(?:maar weinig|slechts weinig|weinig|nauwelijks|zelden|amper|mondjesmaat|sporadisch)\b/, share: { lo: 0, hi: 0.25 }, negative: true },
  { re: /\b(?:een paar)\b/, share: { lo: 0.02, hi: 0.35 } },
  { re: /\b(?:een groot deel|groot deel|een groot aantal|groot aantal|vele|veel|vaak|regelmatig|geregeld|dikwijls)\b/, share: { lo: 0.3, hi: 1 } },
  { re: /\b(?:een aantal|meerdere|verschillende|sommige|enkele|soms|een deel van de|diverse|bepaalde|af en toe)\b/, share: { lo: 0.05, hi: 0.7 } },
];

const FRACTION_WORDS: Array<[RegExp, number]> = [
  [/\b(?:de )?helft\b/, 0.5],
  [/\b(?:drie ?kwart|driekwart)\b/, 0.75],
  [/\b(?:een|één) kwart\b/, 0.25],
  [/\b(?:twee ?derde|tweederde)\b/, 2 / 3],
  [/\b(?:een|één) derde\b(?! (?:leerjaar|jaar|klas|stage|keer|periode|dag|week))/, 1 / 3],
  [/\b(?:een|één) vijfde\b(?! (?:leerjaar|jaar|klas))/, 0.2],
  [/\b(?:een|één) tiende\b/, 0.1],
];

function overlapsAny(ranges: Array<[number, number]>, a: number, b: number): boolean {
  return ranges.some(([s, e]) => a < e && b > s);
}

/** The noun right after a number, skipping adjectives like "onderzochte". */
function nounAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + 60);
  if (MONTHS.test(rest.trim())) return 'date';
  // "138 vmbo en 99 havo/vwo-afdelingen": the first number counts the same noun as the second.
  const coordinated = /^\s+(?:vmbo|havo\/vwo|havo|vwo|pro|mavo)\s+(?:en|of)\s+\d+(?=\s)/i.exec(rest);
  if (coordinated) return nounAfter(text, end + coordinated[0].length);
  const words = rest.split(/[^\p{L}\p{N}\-/]+/u).filter(Boolean);
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const w = fold(words[i]!);
    if (/^(onderzochte|bezochte|verschillende|andere|vo|externe|interne|procent|%)$/.test(w)) {
      if (w === 'procent') return 'percent';
      continue;
    }
    if (/^\d/.test(w)) return null;
    if (w.length < 2) return null;
    const parts = w.split(/[-/]/);
    return canonical(stem(parts[parts.length - 1]!));
  }
  return null;
}

export const RE_PERCENT = U(String.raw`(${NUM})\s*(?:%|procent\b)`);
export const RE_RATIO = U(String.raw`\b(${NUM}|een)(?:\s*(?:á|à|a|tot|of|-)\s*(${NUM}))?\s+(?:van de|van|op de|op|uit|van alle)\s+(${NUM})\b`);
export const RE_FRACTIONS: Array<[RegExp, number]> = FRACTION_WORDS.map(([re, v]) => [U(re), v]);
export const RE_QUANTIFIERS: Array<[RegExp, QuantDef]> = QUANTIFIERS.map((q) => [U(q.re), q]);
export const RE_NUMBER = U(String.raw`(?:±\s*|\+\/-\s*)?\b(${NUM})\b`);
const RE_ORDINAL = U(/\b(eerste|tweede|derde|vierde|vijfde|zesde)\s+(leerjaar|klas|jaar)\b/);
export const RE_NEGATION = U(/\b(niet|geen|zonder|nooit|nauwelijks|ontbreekt|ontbreken|ontbrak)\b/);
const HAS_DIGIT_OR_WORD = /\d|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig\b|honderd|duizend|procent|helft|kwart|derde|vijfde|tiende/;

/** All matches of a global regex without cloning it (matchAll clones, which is slow for unicode regexes). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function extractQuantities(input: string): Quantities {
  const text = lower(input);
  const numbers: NumberMention[] = [];
  const shares: ShareMention[] = [];
  const used: Array<[number, number]> = [];

  // 1. Percentages: "92%", "45,7 procent".
  for (const m of (HAS_DIGIT_OR_WORD.test(text) ? allMatches(RE_PERCENT, text) : [])) {
    const v = parseNumber(m[1]!);
    if (v === null || v > 100) continue;
    const hedge = hedgeBefore(text, m.index!);
    const decimals = m[1]!.includes(',') ? m[1]!.split(',')[1]!.length : 0;
    const precision = decimals > 0 ? 0.5 * 10 ** -decimals / 100 + 0.0005 : 0.005;
    shares.push({ share: hedgedShare(v / 100, hedge, precision), text: m[0], kind: 'percent', index: m.index!, hedge, value: v, population: true });
    used.push([m.index!, m.index! + m[0].length]);
  }

  // 2. Ratios: "zes van de zeven", "3 van de 11", "één op de vier", "twee á drie van de tien".
  for (const m of HAS_DIGIT_OR_WORD.test(text) ? allMatches(RE_RATIO, text) : []) {
    const a = m[1] === 'een' ? 1 : parseNumber(m[1]!);
    const b = m[2] ? parseNumber(m[2]) : null;
    const d = parseNumber(m[3]!);
    if (a === null || d === null || d === 0 || a > d) continue;
    const hedge = hedgeBefore(text, m.index!);
    const lo = a / d;
    const hi = (b ?? a) / d;
    const base = hedgedShare(lo, hedge, 0.001);
    const share = { lo: base.lo, hi: Math.max(base.hi, hedgedShare(hi, hedge, 0.001).hi) };
    shares.push({ share, text: m[0], kind: 'ratio', index: m.index!, hedge, population: true });
    const noun = nounAfter(text, m.index! + m[0].length);
    numbers.push({ value: a, hi: b ?? undefined, bound: boundOf(hedge), noun, text: m[0], index: m.index!, denom: d });
    used.push([m.index!, m.index! + m[0].length]);
  }

  // 3. Fractions in words: "ongeveer de helft", "een kwart", "twee derde".
  for (const [g, v] of RE_FRACTIONS) {
    for (const m of allMatches(g, text)) {
      if (overlapsAny(used, m.index!, m.index! + m[0].length)) continue;
      const hedge = hedgeBefore(text, m.index!);
      shares.push({ share: hedgedShare(v, hedge, 0.04), text: m[0], kind: 'fraction', index: m.index!, hedge, population: true });
      used.push([m.index!, m.index! + m[0].length]);
    }
  }

  // 4. Quantifier words.
  for (const [g, q] of RE_QUANTIFIERS) {
    for (const m of allMatches(g, text)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (overlapsAny(used, s, e)) continue;
      const next = text.slice(e).trim().split(/\s+/).slice(0, 3).map((w) => w.replace(/[^\p{L}\-/]/gu, ''));
      const popNoun = next.some((w) => POPULATION_NOUN.test(w));
      const population = popNoun || (q.adverb ?? false);
      shares.push({ share: q.share, text: m[0], kind: 'quantifier', index: s, hedge: null, population });
      used.push([s, e]);
    }
  }

  // 5. Absolute numbers with their noun, years, leerjaar.
  for (const m of (HAS_DIGIT_OR_WORD.test(text) ? allMatches(RE_NUMBER, text) : [])) {
    const s = m.index!;
    const e = s + m[0].length;
    if (overlapsAny(used, s, e)) continue;
    const v = parseNumber(m[1]!);
    if (v === null) continue;
    const before = text.slice(Math.max(0, s - 14), s);
    if (/(?:artikel|art\.|lid|tabel|paragraaf|hoofdstuk|§|pagina|bijlage|onderdeel)\s*$/.test(before)) continue;
    if (/\d[.,]$/.test(before) || /^[.,]\d/.test(text.slice(e, e + 2))) continue; // part of 2.36 or 11.1
    let noun: string | null;
    if (/\b(?:leerjaar|klas|jaar)\s*$/.test(before) && v <= 6) noun = 'leerjaar';
    else if (v >= 1900 && v <= 2100 && !/^\s*(?:uur|leerlingen|afdelingen|scholen)/.test(text.slice(e))) noun = 'year';
    else noun = nounAfter(text, e);
    if (noun === 'date' || noun === 'percent') continue;
    const hedge = m[0].startsWith('±') || m[0].startsWith('+/-') ? 'ongeveer' : hedgeBefore(text, s);
    numbers.push({ value: v, bound: boundOf(hedge), noun, text: m[0], index: s });
  }
  for (const m of allMatches(RE_ORDINAL, text)) {
    numbers.push({ value: ORDINALS[m[1]!]!, bound: 'exact', noun: 'leerjaar', text: m[0], index: m.index! });
  }
  // Numbers for one unit: "één afdeling", "op één afdeling".
  // (covered by the generic pass above via NUMBER_WORDS)

  // 6. Predicate negations outside quantifier phrases.
  const negations: string[] = [];
  for (const m of allMatches(RE_NEGATION, text)) {
    if (overlapsAny(used, m.index!, m.index! + m[0].length)) continue;
    // "niet alleen" / "niet zelden" are not negations of the predicate.
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (m[1] === 'niet' && /^\s+(?:alleen|zelden|meer dan|minder dan|onbelangrijk)/.test(after)) continue;
    // "het ontbreken van X" names a topic, it does not negate the predicate.
    if (m[1]!.startsWith('ontbr') && /\bhet\s+$/.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    // A negation in a condition ("Indien er geen externe stagebieder is, …") does not negate the main clause.
    if (/(?:^|[,;:]\s*)(?:indien|als|wanneer|tenzij|mits|zolang)\b[^,;:]*$/.test(text.slice(0, m.index!))) continue;
    negations.push(m[1]!);
  }
  // Quantifier-words that also negate the predicate ("weinig", "nauwelijks") when a population quantifier precedes them.
  return { numbers, shares, negations };
}

const UNIT_AFDELING = canonical(stem('afdeling'));

export interface Stance {
  /** The share of the population for which the (positive) predicate holds. */
  share: Interval;
  source: ShareMention | null;
  negated: boolean;
}

/**
 * Combine the main quantifier and predicate negation into the share of the population for which
 * the positive predicate holds. Without a quantifier the statement is generic ("scholen evalueren
 * niet" ~ most do not).
 */
export function stanceOf(q: Quantities, defaultDenominator = 10): Stance {
  const popShares = q.shares.filter((s) => s.population).sort((a, b) => a.index - b.index);
  let main: ShareMention | null = popShares[0] ?? null;
  // Counts of units ("op drie afdelingen") act as shares of the researched population.
  if (!main) {
    const count = q.numbers.find((n) => n.noun === UNIT_AFDELING && n.denom === undefined && n.value <= defaultDenominator);
    if (count) {
      const lo = count.value / defaultDenominator;
      const hi = (count.hi ?? count.value) / defaultDenominator;
      main = { share: { lo, hi }, text: count.text, kind: 'ratio', index: count.index, hedge: 'count', population: true };
    }
  }
  let neg = q.negations.length;
  // A second, negative quantifier ("de meeste afdelingen doen nauwelijks ...") negates the predicate;
  // a contrasting few ("…, een enkele drie keer") does not.
  for (const s of q.shares) {
    if (s === main || s.kind !== 'quantifier' || s.share.hi > 0.25 || s.share.lo > 0) continue;
    if (main && s.index > main.index) neg++;
    else if (!main && !s.population) neg++; // "scholen screenen zelden" ~ generic negation
  }
  const negated = neg % 2 === 1;
  if (!main) {
    const generic: Interval = { lo: 0.6, hi: 1 };
    return { share: negated ? { lo: 0, hi: 0.4 } : generic, source: null, negated };
  }
  const share = negated ? { lo: 1 - main.share.hi, hi: 1 - main.share.lo } : main.share;
  return { share, source: main, negated };
}

export function intervalsOverlap(a: Interval, b: Interval, eps = 0.0005): boolean {
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

export function intervalGap(a: Interval, b: Interval): number {
  if (intervalsOverlap(a, b, 0)) return 0;
  return a.hi < b.lo ? b.lo - a.hi : a.lo - b.hi;
}

/** Does a passage number satisfy the claim number? true / false / null (not comparable). */
export function numbersAgree(claim: NumberMention, passage: NumberMention): boolean {
  const v = passage.value;
  const c = claim.value;
  const pAbout = passage.bound === 'about';
  const tolAbout = Math.max(1, Math.abs(c) * 0.1);
  const within = (x: number, y: number, tol: number) => Math.abs(x - y) <= tol;
  if (claim.hi !== undefined || passage.hi !== undefined) {
    const plo = v;
    const phi = passage.hi ?? v;
    const clo = c;
    const chi = claim.hi ?? c;
    return clo <= phi && plo <= chi;
  }
  switch (claim.bound) {
    case 'exact':
      if (passage.bound === 'min' || passage.bound === 'max') return c === v;
      return within(c, v, pAbout ? Math.max(1, Math.abs(v) * 0.05) : 0);
    case 'about':
      return within(c, v, tolAbout);
    case 'over':
      return v > c && v <= c * 1.25 + 1;
    case 'under':
      return v < c && v >= c * 0.75 - 1;
    case 'min':
      if (passage.bound === 'max') return false;
      if (passage.bound === 'min') return c === v;
      return v >= c;
    case 'max':
      if (passage.bound === 'min') return false;
      if (passage.bound === 'max') return c === v;
      return v <= c;
  }
}

/** Nouns are the same unit (afdeling ~ school, uur ~ klokuur). */
export function nounsAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.length >= 3 && b.endsWith(a)) return true;
  if (b.length >= 3 && a.endsWith(b)) return true;
  return false;
}

export function formatPct(v: number): string {
  return v.toFixed(1).replace('.', ',') + '%';
}
