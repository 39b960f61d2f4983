// Which source statements say something about what a claim says: the weighted share of the claim's content words
// (its measure) that a sentence has, as words, synonyms or compound parts, and at a discount in its context (the
// heading above it, the lead-in of its list, the sentence before). Rare words weigh more than common ones.
import { comparableAmounts } from './compare.ts';
import type { Statement, Term } from './reading.ts';
import type { SourceIndex, SourceUnit } from './sources.ts';

export interface Alignment {
  unit: SourceUnit;
  /** 0..1: the claim's measure found in the sentence, or at half weight in its context. */
  coverage: number;
  /** 0..1: found in the sentence itself. */
  own: number;
  /** 0..1: the claim's words (not its school type, year or amounts) found in the sentence itself. */
  words: number;
  /** Claim terms the sentence and its context lack. */
  missing: Term[];
  /** The share of the claim's words the sentence has as written: a near-verbatim restatement scores high. */
  literal: number;
  /** Each missing term's share of the claim's weight. */
  missingTerms: Map<Term, number>;
  /** The share of the claim's weight that is missing. */
  missingWeight: number;
  /** Claim terms the sentence itself lacks (its context may have them), with their share of the claim's weight. */
  ownMissingTerms: Map<Term, number>;
  /** The kernpunt restatement the sentence was found through (its words bridged the claim's). */
  via?: SourceUnit;
}

const KIND_WEIGHT: Record<Term['kind'], number> = { content: 1, group: 0.5, framing: 0.3, light: 0.4 };
/** Words the sources never use weigh like rare words, a little less (they may be the claim's own phrasing). */
const UNKNOWN = 0.8;
/** Opposite words ("loopt terug") must meet their pair in the sentence ("stijgen"), or the sentence is about something else. */
const OPPOSITE_WEIGHT = 1;
/** A school type or an amount the claim names, as a share of the largest word weight. */
const TYPE_WEIGHT = 0.35;
const AMOUNT_WEIGHT = 0.45;

export interface WeightedTerm {
  term: Term | null;
  /** The concept to find; 'opp:3' for an opposite pair, 'type:pro' for a school type, 'amount:0' for the claim's first amount. */
  canon: string;
  /** The keys a sentence may have it by: the concept and its synonym groups. */
  keys: string[];
  parts: string[];
  weight: number;
  label: string;
}

export function weighTerms(index: SourceIndex, claim: Statement): WeightedTerm[] {
  // (claim amounts are matched by `amountMatch`, given to alignUnit)
  const n = index.units.length;
  const max = Math.log(n + 1);
  const out: WeightedTerm[] = [];
  const seen = new Set<string>();
  for (const t of claim.terms) {
    if (seen.has(t.canon)) continue;
    seen.add(t.canon);
    // a word is as common as the commonest way a sentence can have it (a synonym group of everyday words is common)
    const df = Math.max(...t.keys.map((k) => index.df.get(k) ?? 0));
    const partDf = t.parts.length > 0 ? Math.min(...t.parts.map((p) => index.df.get(p) ?? 0)) : 0;
    const idf = df > 0 ? Math.log((n + 1) / (df + 0.5)) : partDf > 0 ? Math.log((n + 1) / (partDf + 0.5)) : max * UNKNOWN;
    out.push({ term: t, canon: t.canon, keys: t.keys, parts: t.parts, weight: Math.max(0.2, idf) * KIND_WEIGHT[t.kind], label: t.text });
  }
  // The school type, when the claim names one: a sentence about that type says more about the claim.
  for (const t of claim.schoolTypes) {
    const canon = `type:${t}`;
    if (seen.has(canon)) continue;
    seen.add(canon);
    out.push({ term: null, canon, keys: [canon], parts: [], weight: max * TYPE_WEIGHT, label: t });
  }
  // The school year: a sentence about the same leerjaar.
  if (claim.leerjaren.length > 0)
    out.push({ term: null, canon: 'leerjaar', keys: ['leerjaar'], parts: [], weight: max * TYPE_WEIGHT, label: `leerjaar ${claim.leerjaren.join(', ')}` });
  // Each amount: a sentence that states an amount of the same kind is about the same measure.
  claim.amounts.forEach((a, i) => {
    if (a.form === 'word') return;
    out.push({ term: null, canon: `amount:${i}`, keys: [`amount:${i}`], parts: [], weight: max * AMOUNT_WEIGHT, label: a.text });
  });
  for (const o of claim.opposites) {
    const canon = `opp:${o.pair}`;
    if (seen.has(canon)) continue;
    seen.add(canon);
    out.push({ term: null, canon, keys: [canon, ...o.keys], parts: [], weight: max * 0.5 * OPPOSITE_WEIGHT, label: o.text });
  }
  return out;
}

function hasOpposite(unit: SourceUnit, canon: string): boolean {
  const pair = Number(canon.slice(4));
  return unit.statement.opposites.some((o) => o.pair === pair);
}

/** How well a unit has one claim term: 1 the word, 0.85 as a compound part or all its parts, 0.5 in context. */
export function termMatch(t: WeightedTerm, unit: SourceUnit, claim?: Statement): { own: number; any: number } {
  if (t.canon.startsWith('type:')) {
    const type = t.canon.slice(5);
    const m = unit.statement.schoolTypes.has(type as never) ? 1 : unit.narrow.has(type as never) ? 0.8 : 0;
    return { own: m, any: m };
  }
  if (t.canon === 'leerjaar') {
    const m = claim && unit.statement.leerjaren.some((y) => claim.leerjaren.includes(y)) ? 1 : 0;
    return { own: m, any: m };
  }
  if (t.canon.startsWith('amount:')) {
    const a = claim?.amounts[Number(t.canon.slice(7))];
    const m = a && hasComparable(a, unit) ? 1 : 0;
    return { own: m, any: m };
  }
  if (t.canon.startsWith('opp:')) {
    // the pair, or the claim's own side in other words (a sentence about "erkenning" for "erkende")
    const m = hasOpposite(unit, t.canon) || t.keys.slice(1).some((k) => unit.statement.words.has(k)) ? 1 : 0;
    return { own: m, any: m };
  }
  const s = unit.statement;
  let own = 0;
  if (t.keys.some((k) => s.words.has(k))) own = 1;
  // within a compound of the sentence: the word itself, or a synonym of a simple word ("vergoeding" in
  // "reiskostenvergoeding"); a compound of the claim is not had through a synonym of another compound's part
  // ("stagevergoeding" is not "reiskostenvergoeding")
  else if (s.concepts.has(t.canon) || (t.parts.length < 2 && t.keys.some((k) => s.concepts.has(k)))) own = 0.85;
  else if (t.parts.length >= 2 && t.parts.every((p) => s.concepts.has(p))) own = 0.85;
  // the compound's head as a word of its own ("doelen" for "stagedoelen"), not as the head of another compound
  // ("reiskostenvergoeding" is no "stagevergoeding")
  else if (t.parts.length >= 2 && s.words.has(t.parts[t.parts.length - 1]!)) own = 0.5;
  // an item of a list says what its lead-in says ("De stageovereenkomst omvat: … d. de wijze waarop …")
  if (own < 0.9 && t.keys.some((k) => unit.leadIn.has(k))) own = 0.9;
  let ctx = 0;
  if (own < 1) {
    if (t.keys.some((k) => unit.context.has(k))) ctx = 0.5;
    else if (t.parts.length >= 2 && t.parts.every((p) => unit.context.has(p) || s.concepts.has(p))) ctx = 0.45;
  }
  return { own, any: Math.max(own, ctx) };
}

export function alignUnit(terms: WeightedTerm[], unit: SourceUnit, claim?: Statement): Alignment {
  let total = 0;
  let got = 0;
  let gotOwn = 0;
  let missingWeight = 0;
  let wordTotal = 0;
  let wordOwn = 0;
  const missing: Term[] = [];
  const missingTerms = new Map<Term, number>();
  const ownMissing = new Map<Term, number>();
  for (const t of terms) {
    total += t.weight;
    const m = termMatch(t, unit, claim);
    if (t.term && m.own < 0.5) ownMissing.set(t.term, t.weight);
    got += t.weight * m.any;
    gotOwn += t.weight * m.own;
    if (t.term) {
      wordTotal += t.weight;
      wordOwn += t.weight * m.own;
    }
    if (m.any < 0.5) {
      missingWeight += t.weight;
      if (t.term) {
        missing.push(t.term);
        missingTerms.set(t.term, t.weight);
      }
    }
  }
  let same = 0;
  if (claim) for (const w of claim.surface) if (unit.statement.surface.has(w)) same++;
  return {
    unit,
    literal: claim && claim.surface.size > 0 ? same / claim.surface.size : 0,
    coverage: total > 0 ? got / total : 0,
    own: total > 0 ? gotOwn / total : 0,
    words: wordTotal > 0 ? wordOwn / wordTotal : 1,
    missing,
    missingTerms: new Map([...missingTerms].map(([k, w]) => [k, total > 0 ? w / total : 1])),
    missingWeight: total > 0 ? missingWeight / total : 1,
    ownMissingTerms: new Map([...ownMissing].map(([k, w]) => [k, total > 0 ? w / total : 1])),
  };
}

/** The units best aligned with a claim, best first; only units that share a concept with it are scored. */
export function alignClaim(index: SourceIndex, claim: Statement, limit = 24, floor = 0.3): Alignment[] {
  const terms = weighTerms(index, claim);
  const ids = new Set<number>();
  for (const t of terms) {
    for (const c of [...t.keys, ...t.parts]) for (const id of index.byConcept.get(c) ?? []) ids.add(id);
  }
  // a claim of few words ("zo'n 15.000 vmbo'ers in een leer-werktraject") is also looked for by its school type
  if (claim.terms.filter((t) => t.kind === 'content').length < 2)
    for (const type of claim.schoolTypes) for (const id of index.byType.get(type) ?? []) ids.add(id);
  const out: Alignment[] = [];
  for (const id of ids) {
    const a = alignUnit(terms, index.units[id]!, claim);
    if (a.coverage >= floor) out.push(a);
  }
  // ties in coverage (claims of few words) go to the sentence that restates the claim most literally
  return out.sort((a, b) => b.coverage + 0.1 * b.literal - (a.coverage + 0.1 * a.literal) || b.own - a.own || a.unit.idx - b.unit.idx).slice(0, limit);
}

function hasComparable(a: Statement['amounts'][number], unit: SourceUnit): boolean {
  return comparableAmounts(a, unit).length > 0;
}
