// Amounts and polarity as Dutch states them: numbers with what they count ("18 afdelingen", "640 klokuren",
// "twee dagen per week"), percentages, ratios ("drie van de zeven"), fractions ("een derde"), share words
// ("de meeste", "bijna alle", "een enkele", "weinig") with their hedges ("ruim", "ongeveer", "ten minste"), and the
// negations of a clause. Every amount is an interval with honest rounding, so two amounts are compared by overlap.
// The words live in lexicon/quantities.json. One pass over the tokens with bounded look-ahead: linear in the text.
import lexicon from './lexicon/quantities.json';
import { isStopword, MONTHS } from './lexicon.ts';
import { parseDigits, parseNumberWord } from './numbers.ts';
import { PhraseMatcher, type PhraseMatch } from './phrases.ts';
import { stem } from './stem.ts';
import { tokenize, type Token } from './tokens.ts';

export type Bound = 'exact' | 'about' | 'over' | 'under' | 'min' | 'max';
/** How an amount is written. */
export type AmountForm = 'percent' | 'ratio' | 'fraction' | 'word' | 'number' | 'range' | 'date';
/** 'stated': what the words literally allow (a claim); 'reported': what a source sentence means in context. */
export type Reading = 'stated' | 'reported';

export interface Amount {
  /** share: a part of a group (0..1); count: a number of `unit`; date: months since year 0 (year × 12 + month − 1). */
  kind: 'share' | 'count' | 'date';
  /** The interval the words allow, honest rounding included. */
  lo: number;
  hi: number;
  /** The stated value (a share 0..1, a count, a date); for a range its low end. */
  value: number;
  /** A range's high end ("twee tot drie weken"). */
  upTo?: number;
  /** "drie van de zeven": the count (3) and the whole (7); `value` is then the share. */
  count?: number;
  of?: number;
  /** count: what is counted ('uur', 'dag', 'bezoek', or the stem of the noun after the number: 'afdel'). */
  unit: string | null;
  /** A rate's period ("per week" → 'week'). */
  per?: string;
  bound: Bound;
  /** The hedge as written ("ruim", "ongeveer"). */
  hedge?: string;
  /** A share word's id from the lexicon ("de meeste", "alle", "geen"). */
  word?: string;
  form: AmountForm;
  text: string;
  start: number;
  end: number;
  /** The word right after the amount that says what it counts or quantifies ("afdelingen" in "de meeste afdelingen"). */
  noun?: { text: string; start: number; end: number };
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface QuantityReading {
  amounts: Amount[];
  /** Negations of the clause (not those inside a share word, a condition or "niet alleen"). */
  negations: Span[];
  /** School years named ("leerjaar 3", "het derde leerjaar", "vmbo 4"). */
  leerjaren: number[];
  /** Where they are named. */
  leerjaarSpans: Span[];
}

type Entry =
  | { kind: 'share'; id: string; stated: [number, number]; reported: [number, number]; universal: boolean; none: boolean; precise: boolean }
  | { kind: 'fraction'; value: number }
  | { kind: 'hedge'; bound: Bound }
  | { kind: 'negation' }
  | { kind: 'notNegation' }
  | { kind: 'condition' }
  | { kind: 'unit'; unit: string }
  | { kind: 'period'; period: string }
  | { kind: 'every'; value: 'every' | 'once' };

function entries(): Array<{ phrase: string; value: Entry }> {
  const out: Array<{ phrase: string; value: Entry }> = [];
  for (const s of lexicon.shares) {
    const value: Entry = {
      kind: 'share',
      id: s.id,
      stated: s.stated as [number, number],
      reported: s.reported as [number, number],
      universal: 'universal' in s && s.universal === true,
      none: 'none' in s && s.none === true,
      precise: 'precise' in s && s.precise === true,
    };
    for (const phrase of s.phrases) out.push({ phrase, value });
  }
  for (const f of lexicon.fractions) for (const phrase of f.phrases) out.push({ phrase, value: { kind: 'fraction', value: f.value } });
  for (const [bound, phrases] of Object.entries(lexicon.hedges))
    for (const phrase of phrases) out.push({ phrase, value: { kind: 'hedge', bound: bound as Bound } });
  for (const phrase of lexicon.negations) out.push({ phrase, value: { kind: 'negation' } });
  for (const phrase of lexicon.notNegations) out.push({ phrase, value: { kind: 'notNegation' } });
  for (const phrase of lexicon.conditions) out.push({ phrase, value: { kind: 'condition' } });
  for (const [unit, phrases] of Object.entries(lexicon.units)) for (const phrase of phrases) out.push({ phrase, value: { kind: 'unit', unit } });
  for (const [period, phrases] of Object.entries(lexicon.periods)) for (const phrase of phrases) out.push({ phrase, value: { kind: 'period', period } });
  for (const phrase of lexicon.frequencies.every) out.push({ phrase, value: { kind: 'every', value: 'every' } });
  for (const phrase of lexicon.frequencies.once) out.push({ phrase, value: { kind: 'every', value: 'once' } });
  return out;
}

const matcher = new PhraseMatcher<Entry>(entries());
const REFERENCES = new Set(lexicon.references);
const ADVERBS = new Set(lexicon.adverbs);
const LEERJAAR_WORDS = new Set(lexicon.leerjaren);
const SKIP = new Set(lexicon.skip);
const RANGE_WORDS = new Set(lexicon.ranges);
const ORDINALS = new Map(Object.entries(lexicon.ordinals));
const PER_YEAR = new Map(Object.entries(lexicon.frequencies.perYear));
const FREQUENCY_WORDS = new Map(Object.entries(lexicon.frequencies.adjectives));
const TOL = lexicon.tolerance;
const LOOK_AHEAD = 4;

/** The phrase matches of a text by category, each keyed by its first token. */
interface Index {
  toks: Token[];
  text: string;
  /** The longest lexicon match starting at each token, per category. */
  at: Map<number, PhraseMatch<Entry>[]>;
}

function index(text: string, tokens?: Token[]): Index {
  const toks = tokens ?? tokenize(text);
  const at = new Map<number, PhraseMatch<Entry>[]>();
  for (const m of matcher.find(toks)) {
    const list = at.get(m.first) ?? [];
    list.push(m);
    at.set(m.first, list);
  }
  return { toks, text, at };
}

function matchAt(ix: Index, i: number, kind: Entry['kind']): PhraseMatch<Entry> | undefined {
  return ix.at.get(i)?.find((m) => m.value.kind === kind);
}

/** A number token's value: digits or a number word ("één", "zeven"; the article "een" is no number). */
function numberAt(ix: Index, i: number): number | null {
  const t = ix.toks[i];
  if (!t) return null;
  if (t.kind === 'number') return parseDigits(t.text);
  return numberWord(t.text);
}

/** Number words seen, in a bounded map (emptied when full): a hot path, cheaper than an LRU. */
const numberWords = new Map<string, number | null>();
function numberWord(word: string): number | null {
  let v = numberWords.get(word);
  if (v === undefined) {
    v = parseNumberWord(word);
    if (numberWords.size >= 20_000) numberWords.clear();
    numberWords.set(word, v);
  }
  return v;
}

const between = (ix: Index, a: number, b: number): string => ix.text.slice(ix.toks[a]!.end, ix.toks[b]!.start);
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** The interval a share in points (0..100) allows, given how it is written and hedged. */
function shareInterval(points: number, precision: number, bound: Bound, reading: Reading): [number, number] {
  const p = points;
  let lo: number;
  let hi: number;
  switch (bound) {
    case 'exact':
      [lo, hi] = [p - precision, p + precision];
      break;
    case 'about':
      [lo, hi] = [p - Math.max(precision, TOL.about), p + Math.max(precision, TOL.about)];
      break;
    case 'over':
      [lo, hi] = [p - precision / 2, p + Math.max(precision, TOL.over)];
      break;
    case 'under':
      [lo, hi] = [p - Math.max(precision, TOL.under), p + precision / 2];
      break;
    case 'min':
      [lo, hi] = [p - precision, reading === 'stated' ? 100 : p + precision];
      break;
    case 'max':
      [lo, hi] = [reading === 'stated' ? 0 : p - precision, p + precision];
      break;
  }
  return [clamp01(lo / 100), clamp01(hi / 100)];
}

/** The interval a count allows ("ruim veertig" → 40..50, "ongeveer 1500" → 1350..1650). */
function countInterval(v: number, upTo: number, bound: Bound, reading: Reading): [number, number] {
  switch (bound) {
    case 'exact':
      return [v, upTo];
    case 'about':
      return [v - Math.max(1, v * TOL.countAbout), upTo + Math.max(1, upTo * TOL.countAbout)];
    case 'over':
      return [v, upTo + Math.max(1, upTo * TOL.countOver)];
    case 'under':
      return [v - Math.max(1, v * TOL.countOver), upTo];
    case 'min':
      return [v, reading === 'stated' ? Number.POSITIVE_INFINITY : upTo];
    case 'max':
      return [reading === 'stated' ? 0 : v, upTo];
  }
}

/** The hedge right before token `i` (up to three words back), if any. */
function hedgeBefore(ix: Index, i: number, taken: Set<number>): { bound: Bound; text: string; first: number } | null {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const m = matchAt(ix, j, 'hedge');
    if (m && m.last === i - 1 && !taken.has(j)) return { bound: (m.value as { bound: Bound }).bound, text: ix.text.slice(m.start, m.end), first: j };
  }
  // "de" between a hedge and a fraction ("ongeveer de helft") belongs to the fraction phrase already.
  return null;
}

/** The noun after token `i` that an amount counts, skipping adjectives and school types ("11 vmbo-afdelingen"). */
function nounAfter(ix: Index, i: number): number {
  // "weinig van de bezochte scholen": the noun after a partitive "van (de)"
  let from = i + 1;
  if (ix.toks[from]?.norm === 'van' && ix.toks[from + 1] && /^(de|alle|hun|deze|die)$/.test(ix.toks[from + 1]!.norm)) from += 2;
  for (let j = from; j <= Math.min(ix.toks.length - 1, from + LOOK_AHEAD - 1); j++) {
    const t = ix.toks[j]!;
    if (t.kind === 'number' || /[.,;:!?]/.test(between(ix, j - 1, j))) return -1;
    if (SKIP.has(t.norm)) continue;
    return isStopword(t.norm) || parseNumberWord(t.norm) !== null ? -1 : j;
  }
  return -1;
}

function unitOf(ix: Index, j: number): { unit: string; last: number } {
  const m = matchAt(ix, j, 'unit');
  if (m) return { unit: (m.value as { unit: string }).unit, last: m.last };
  const t = ix.toks[j]!;
  const head = t.norm.split('-').pop()!.replace(/'/g, '');
  return { unit: stem(head), last: j };
}

/** The index of a number at `k`, or after a hedge at `k` ("… tot maximaal tien"); -1 if none. */
function numberAfterHedge(ix: Index, k: number): number {
  if (numberAt(ix, k) !== null) return k;
  const h = matchAt(ix, k, 'hedge');
  return h && numberAt(ix, h.last + 1) !== null ? h.last + 1 : -1;
}

function periodAfter(ix: Index, j: number): { period: string; last: number } | null {
  const m = matchAt(ix, j, 'period');
  return m ? { period: (m.value as { period: string }).period, last: m.last } : null;
}

/**
 * Reads the amounts, negations and school years of a text. `reading` decides how share words are taken: a claim's
 * 'de meeste' may include all ('stated'), a report's 'de meeste' means not all ('reported').
 */
export function readQuantities(text: string, reading: Reading = 'stated', tokens?: Token[]): QuantityReading {
  const ix = index(text, tokens);
  const { toks } = ix;
  const amounts: Amount[] = [];
  const negations: Span[] = [];
  const leerjaren: number[] = [];
  /** Tokens inside "niet alleen", "niet meer dan", …: their negation turns nothing around. */
  const notNegated = new Set<number>();
  for (const [, list] of ix.at) for (const m of list) if (m.value.kind === 'notNegation') for (let k = m.first; k <= m.last; k++) notNegated.add(k);
  /** Tokens that belong to an amount or a phrase already read. */
  const taken = new Set<number>();
  const take = (a: number, b: number) => {
    for (let k = a; k <= b; k++) taken.add(k);
  };
  const leerjaarSpans: Span[] = [];
  const year = (a: number, b: number) => leerjaarSpans.push({ text: text.slice(toks[a]!.start, toks[b]!.end), start: toks[a]!.start, end: toks[b]!.end });
  const push = (a: Omit<Amount, 'text'>, first: number, last: number, nounAt?: number) => {
    const noun = nounAt ?? (a.kind === 'share' ? nounAfter(ix, last) : -1);
    const full: Amount = { ...a, text: text.slice(a.start, a.end) };
    if (noun >= 0 && full.noun === undefined) full.noun = { text: toks[noun]!.text, start: toks[noun]!.start, end: toks[noun]!.end };
    amounts.push(full);
    take(first, last);
  };

  // How often: "elke maand", "eens in de drie maanden", "wekelijks" → times per year (unit 'keer per jaar').
  const every = new Map<number, { last: number; value: 'every' | 'once' }>();
  for (const [first, list] of ix.at) {
    const m = list.find((x) => x.value.kind === 'every');
    if (m) every.set(first, { last: m.last, value: (m.value as { value: 'every' | 'once' }).value });
  }
  const periodOf = (j: number): string | null => {
    const m = matchAt(ix, j, 'unit');
    const u = m ? (m.value as { unit: string }).unit : null;
    return u && PER_YEAR.has(u) ? u : null;
  };
  const frequency = (first: number, last: number, perYear: number) => {
    push(
      {
        kind: 'count',
        lo: perYear,
        hi: perYear,
        value: perYear,
        unit: 'keer per jaar',
        bound: 'exact',
        form: 'number',
        start: toks[first]!.start,
        end: toks[last]!.end,
      },
      first,
      last,
      -1,
    );
  };

  for (let i = 0; i < toks.length; i++) {
    if (taken.has(i)) continue;
    const t = toks[i]!;

    const ev = every.get(i);
    if (ev) {
      const j = ev.last + 1;
      const n = numberAt(ix, j);
      const p = n !== null ? periodOf(j + 1) : periodOf(j);
      if (p && (ev.value === 'every' || n !== null)) {
        const per = PER_YEAR.get(p)!;
        frequency(i, n !== null ? j + 1 : j, ev.value === 'once' || n !== null ? per / (n ?? 1) : per);
        i = n !== null ? j + 1 : j;
        continue;
      }
    }
    const adj = FREQUENCY_WORDS.get(t.norm);
    if (adj && PER_YEAR.has(adj)) {
      frequency(i, i, PER_YEAR.get(adj)!);
      continue;
    }

    // Ordinal school years: "het derde leerjaar", "de vierde klas".
    const ord = ORDINALS.get(t.norm);
    if (ord !== undefined && toks[i + 1] && LEERJAAR_WORDS.has(toks[i + 1]!.norm)) {
      leerjaren.push(ord);
      take(i, i + 1);
      year(i, i + 1);
      continue;
    }

    // Share words and fractions ("ruim de helft", "een kwart", "de meeste", "geen van de").
    const share = matchAt(ix, i, 'share');
    const fraction = matchAt(ix, i, 'fraction');
    const best = share && (!fraction || share.last >= fraction.last) ? share : fraction;
    if (best) {
      // "een derde leerjaar": an ordinal, not a fraction
      const after = toks[best.last + 1];
      if (best === fraction && after && LEERJAAR_WORDS.has(after.norm)) {
        leerjaren.push(3);
        take(i, best.last + 1);
        year(i, best.last + 1);
        continue;
      }
      const hedge = hedgeBefore(ix, i, taken);
      const start = hedge ? toks[hedge.first]!.start : best.start;
      const first = hedge ? hedge.first : i;
      if (best.value.kind === 'share') {
        const e = best.value;
        // "de helft van alle afdelingen": "alle" names the whole, it is no share of its own
        if (
          e.universal &&
          toks[i - 1]?.norm === 'van' &&
          !hedge &&
          amounts.length > 0 &&
          amounts[amounts.length - 1]!.kind === 'share' &&
          text.slice(amounts[amounts.length - 1]!.end, toks[i - 1]!.start).trim() === ''
        ) {
          i = best.last;
          continue;
        }
        const [lo, hi] = reading === 'stated' ? e.stated : e.reported;
        // "altijd", "meestal": how often, not of whom; they quantify no noun
        const adverb = ADVERBS.has(best.phrase);
        push(
          {
            kind: 'share',
            lo,
            hi,
            value: (lo + hi) / 2,
            unit: null,
            bound: 'exact',
            word: e.id,
            form: e.precise ? 'fraction' : 'word',
            start,
            end: best.end,
            ...(hedge ? { hedge: hedge.text } : {}),
          },
          first,
          best.last,
          adverb ? -1 : undefined,
        );
        i = best.last;
        continue;
      }
      const v = (best.value as { value: number }).value;
      const bound = hedge?.bound ?? 'exact';
      const [lo, hi] = shareInterval(v * 100, TOL.fraction, bound, reading);
      push(
        { kind: 'share', lo, hi, value: v, unit: null, bound, form: 'fraction', start, end: best.end, ...(hedge ? { hedge: hedge.text } : {}) },
        first,
        best.last,
      );
      i = best.last;
      continue;
    }

    const v = numberAt(ix, i);
    if (v === null) {
      const neg = matchAt(ix, i, 'negation');
      if (neg && !notNegated.has(i)) negations.push({ text: text.slice(neg.start, neg.end), start: neg.start, end: neg.end });
      continue;
    }

    // Numbers that are no amount: list markers ("1. Wat is …"), references ("artikel 2.36", "mbo 1") and school
    // years ("leerjaar 3").
    const prev = toks[i - 1];
    if (i === 0 && /^\s*[.)]/.test(text.slice(t.end, t.end + 2))) continue;
    if (prev && REFERENCES.has(prev.norm)) continue;
    if (prev && LEERJAAR_WORDS.has(prev.norm) && v >= 1 && v <= 6 && Number.isInteger(v)) {
      leerjaren.push(v);
      take(i - 1, i);
      year(i - 1, i);
      // "leerjaar 3 en 4"
      let k = i + 1;
      while (
        toks[k] &&
        (toks[k]!.norm === 'en' || toks[k]!.norm === 'of' || toks[k]!.norm === 't/m') &&
        numberAt(ix, k + 1) !== null &&
        numberAt(ix, k + 1)! <= 6
      ) {
        leerjaren.push(numberAt(ix, k + 1)!);
        take(k, k + 1);
        year(k, k + 1);
        k += 2;
      }
      i = k - 1;
      continue;
    }
    if (t.kind === 'number' && /^\d+\.\d+\.\d+/.test(t.text + text.slice(t.end, t.end + 3))) continue; // "10.2.1"
    if (t.kind === 'number' && /^\d{1,2}\.\d{1,3}$/.test(t.text) && toks.slice(Math.max(0, i - 8), i).some((x) => REFERENCES.has(x.norm))) continue; // "artikel 2.26, lid 3, 2.27"

    const hedgeRaw = hedgeBefore(ix, i, taken);
    const plusMinus = /±\s*$|\+\/-\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
    const hedge = hedgeRaw ?? (plusMinus ? { bound: 'about' as Bound, text: '±', first: i } : null);
    const bound: Bound = hedge?.bound ?? 'exact';
    const first = hedgeRaw ? hedgeRaw.first : i;
    const start = hedgeRaw
      ? toks[hedgeRaw.first]!.start
      : plusMinus
        ? text.lastIndexOf('±', t.start) >= 0
          ? text.lastIndexOf('±', t.start)
          : t.start
        : t.start;
    const hedgeField = hedge ? { hedge: hedge.text } : {};

    // Dates: "februari 2024", "in 2020", "11 tot 30 mei 2024" (days are no amount).
    const next = toks[i + 1];
    if (next && MONTHS.has(next.norm)) {
      const year = numberAt(ix, i + 2);
      if (year !== null && year >= 1900 && year <= 2100) {
        const m = MONTHS.get(next.norm)!;
        push(
          {
            kind: 'date',
            lo: year * 12 + m - 1,
            hi: year * 12 + m - 1,
            value: year * 12 + m - 1,
            unit: 'datum',
            bound: 'exact',
            form: 'date',
            start: t.start,
            end: toks[i + 2]!.end,
          },
          i,
          i + 2,
        );
        i += 2;
      } else take(i, i + 1);
      continue;
    }
    if (prev && MONTHS.has(prev.norm) && v >= 1900 && v <= 2100) {
      const m = MONTHS.get(prev.norm)!;
      const d = v * 12 + m - 1;
      push({ kind: 'date', lo: d, hi: d, value: d, unit: 'datum', bound: 'exact', form: 'date', start: prev.start, end: t.end }, i - 1, i);
      continue;
    }
    if (t.kind === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 && /^\d{4}$/.test(t.text)) {
      const n = nounAfter(ix, i);
      const counted = n >= 0 && matchAt(ix, n, 'unit') !== undefined;
      if (!counted) {
        const [lo, hi] =
          bound === 'min' || bound === 'over'
            ? [v * 12, Number.POSITIVE_INFINITY]
            : bound === 'max' || bound === 'under'
              ? [0, v * 12 + 11]
              : [v * 12, v * 12 + 11];
        push({ kind: 'date', lo, hi, value: v * 12, unit: 'jaartal', bound, form: 'date', start, end: t.end, ...hedgeField }, first, i);
        continue;
      }
    }

    // Percentages: "92%", "45,7 procent".
    const pctSign = /^\s*%/.test(text.slice(t.end, t.end + 3));
    const pctWord = next && (next.norm === 'procent' || next.norm === 'percent');
    if (pctSign || pctWord) {
      const decimals = t.kind === 'number' && /,(\d+)$/.test(t.text) ? /,(\d+)$/.exec(t.text)![1]!.length : 0;
      const precision = decimals > 0 ? 0.5 * 10 ** -decimals + 0.05 : TOL.percentInteger;
      const [lo, hi] = shareInterval(v, precision, bound, reading);
      const last = pctWord ? i + 1 : i;
      const end = pctWord ? next!.end : text.indexOf('%', t.end) + 1;
      push({ kind: 'share', lo, hi, value: v / 100, unit: null, bound, form: 'percent', start, end, ...hedgeField }, first, last);
      i = last;
      continue;
    }

    // Ratios: "drie van de zeven", "één op de vier", "9 van de 10"; with a range: "twee á drie van de tien".
    let j = i + 1;
    let upTo = v;
    const r1 = toks[j];
    const rangeEnd =
      r1 && RANGE_WORDS.has(r1.norm) && (r1.norm !== 'en' || prev?.norm === 'tussen' || toks[i - 2]?.norm === 'tussen') ? numberAfterHedge(ix, j + 1) : -1;
    if (rangeEnd >= 0 && numberAt(ix, rangeEnd)! >= v) {
      upTo = numberAt(ix, rangeEnd)!; // "twee tot drie weken", "minimaal drie tot maximaal tien", "tussen de 5 en 30"
      j = rangeEnd + 1;
    } else if (r1 && /^\s*-\s*$/.test(between(ix, i, j)) && r1.kind === 'number' && numberAt(ix, j)! >= v) {
      upTo = numberAt(ix, j)!; // "4-6 weken", "3-4 weken"
      j += 1;
    }
    const ratio = (() => {
      const a = toks[j];
      if (!a) return null;
      if ((a.norm === 'van' || a.norm === 'op' || a.norm === 'uit') && toks[j + 1]) {
        const b = toks[j + 1]!;
        const k = b.norm === 'de' || b.norm === 'alle' ? j + 2 : j + 1;
        const d = numberAt(ix, k);
        if (d !== null && d > 0 && d >= upTo && !(toks[k + 1] && MONTHS.has(toks[k + 1]!.norm))) return { d, last: k };
      }
      return null;
    })();
    if (ratio) {
      const precision = 0.05;
      const [lo0] = shareInterval((v / ratio.d) * 100, precision, bound, reading);
      const [, hi0] = shareInterval((upTo / ratio.d) * 100, precision, bound, reading);
      push(
        {
          kind: 'share',
          lo: lo0,
          hi: hi0,
          value: v / ratio.d,
          count: v,
          of: ratio.d,
          ...(upTo !== v ? { upTo: upTo / ratio.d } : {}),
          unit: null,
          bound,
          form: 'ratio',
          start,
          end: toks[ratio.last]!.end,
          ...hedgeField,
        },
        first,
        ratio.last,
      );
      i = ratio.last;
      continue;
    }

    // A count with what it counts: "18 afdelingen", "twee tot drie weken", "één dag per week", "3-4 leerlingen per afdeling".
    let last = j - 1;
    let unit: string | null = null;
    let n = nounAfter(ix, last);
    if (n >= 0 && MONTHS.has(toks[n]!.norm)) {
      take(i, n); // "11 tot 30 mei": days of a date
      i = n;
      continue;
    }
    if (n >= 0) {
      const u = unitOf(ix, n);
      unit = u.unit;
      last = u.last;
    } else {
      // "138 vmbo en 99 havo/vwo-afdelingen", "640 en maximaal 1280 uur": the first number counts what the second counts.
      let k = i + 1;
      while (toks[k] && SKIP.has(toks[k]!.norm) && k < i + 3) k++;
      const second = toks[k] && (toks[k]!.norm === 'en' || toks[k]!.norm === 'of') ? numberAfterHedge(ix, k + 1) : -1;
      if (second >= 0) {
        const n2 = nounAfter(ix, second);
        if (n2 >= 0) {
          unit = unitOf(ix, n2).unit;
          n = n2;
        }
        last = Math.max(i, k - 1);
      }
    }
    const per = last + 1 < toks.length ? periodAfter(ix, last + 1) : null;
    if (unit === 'keer' && per && PER_YEAR.has(per.period) && bound === 'exact' && upTo === v) {
      frequency(first, per.last, v * PER_YEAR.get(per.period)!);
      i = per.last;
      continue;
    }
    const [lo, hi] = countInterval(v, upTo, bound, reading);
    const end = per ? toks[per.last]!.end : toks[last]!.end;
    push(
      {
        kind: 'count',
        lo,
        hi,
        value: v,
        ...(upTo !== v ? { upTo } : {}),
        unit,
        ...(per ? { per: per.period } : {}),
        bound,
        form: upTo !== v ? 'range' : 'number',
        start,
        end,
        ...hedgeField,
      },
      first,
      per ? per.last : last,
      n,
    );
    i = per ? per.last : last;
  }

  return { amounts, negations: clauseNegations(ix, negations), leerjaren, leerjaarSpans };
}

/** Negations that turn the main statement around: not those in a condition ("indien er geen stagebieder is, …"). */
function clauseNegations(ix: Index, negations: Span[]): Span[] {
  if (negations.length === 0) return negations;
  const conditions: number[] = [];
  for (const [, list] of ix.at) for (const m of list) if (m.value.kind === 'condition') conditions.push(m.start);
  if (conditions.length === 0) return negations;
  return negations.filter((n) => {
    const c = conditions.filter((s) => s < n.start).pop();
    if (c === undefined) return true;
    // the condition runs to the next comma or semicolon
    return /[,;:]/.test(ix.text.slice(c, n.start));
  });
}

/** Two intervals overlap (with a small tolerance for rounding). */
const MEASURES = new Set(lexicon.measures.units);

/** Is `unit` a measure of time, money or visits (a duration, a sum, a frequency) rather than a number of things? */
export function isMeasure(unit: string | null): boolean {
  return unit !== null && MEASURES.has(unit);
}

export function overlaps(a: { lo: number; hi: number }, b: { lo: number; hi: number }, eps = 1e-6): boolean {
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/** A share as Dutch writes it: "45,7%". */
export function formatPercent(share: number, decimals = 1): string {
  return `${(share * 100).toFixed(decimals).replace('.', ',')}%`;
}

/** The Dutch rule an amount was read with, for explanations: "“ruim de helft” lezen we als 51–62%". */
export function describeAmount(a: Amount): string {
  if (a.kind === 'share') {
    const lo = Math.round(a.lo * 1000) / 10;
    const hi = Math.round(a.hi * 1000) / 10;
    const f = (x: number) => String(x).replace('.', ',');
    return lo === hi ? `${f(lo)}%` : `${f(lo)}–${f(hi)}%`;
  }
  if (a.kind === 'date') return a.text;
  const f = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 10) / 10).replace('.', ',') : '…');
  if (a.lo === a.hi) return f(a.lo);
  if (!Number.isFinite(a.hi)) return `${f(a.lo)} of meer`;
  if (a.lo <= 0) return `hoogstens ${f(a.hi)}`;
  return `${f(a.lo)}–${f(a.hi)}`;
}
