// Does a source statement say the same as a claim, or something incompatible? First whom: the same school type,
// scope and speaker. Then how much and which way: each amount of the claim is paired with the source's amount about
// the same thing (same unit, same clause words), and compared as intervals with honest rounding; a share is compared
// together with the polarity of its clause ("de meeste … niet" agrees with "weinig …"); opposite words, and what the
// law requires versus allows, are compared too.
import { overlaps, type Amount } from '../nl/quantities.ts';
import type { SchoolTypeId } from '../nl/populations.ts';
import type { Modality, Statement } from './reading.ts';
import type { SourceUnit } from './sources.ts';

export type Fit = 'same' | 'related' | 'otherType' | 'otherScope' | 'generalises' | 'otherSpeaker';

/** How many afdelingen the inspectorate researched per school type: a count of afdelingen is a share of these. */
const RESEARCHED: Partial<Record<SchoolTypeId, [number, number]>> = { vmbo: [10, 11], pro: [7, 7], lwt: [4, 4] };

/** Whom the unit speaks about, compared with the claim. */
export function populationFit(claim: Statement, unit: SourceUnit): Fit {
  // school type
  let fit: Fit = 'same';
  if (claim.schoolTypes.size > 0 && unit.types.size > 0) {
    const claimLwt = claim.schoolTypes.has('lwt');
    const unitLwt = unit.narrow.has('lwt');
    const broadShared = [...claim.broadTypes].some((t) => unit.types.has(t));
    if (!broadShared) return 'otherType';
    if (claimLwt && !unitLwt) fit = 'related';
    else if (!claimLwt && unitLwt && !unit.narrow.has('vmbo')) fit = 'related';
  }
  // scope
  // a claim about the survey is about what afdelingen answered, not about what the law says
  if (claim.scope === 'survey' && unit.scope === 'law') return 'otherScope';
  if (unit.scope !== 'law' && claim.scope) {
    if (claim.scope === 'survey' && unit.scope !== 'survey') return 'otherScope';
    if (claim.scope === 'researched' && unit.scope === 'survey') return 'otherScope';
    if (claim.scope === 'country' && unit.scope === 'researched') return unit.kind === 'finding' ? 'generalises' : 'otherScope';
    // what the report says about the country (its background) is not what it found at the afdelingen it visited
    if (claim.scope === 'researched' && unit.scope === 'country') return 'otherScope';
  }
  // speaker: what schoolleiders say is not what leerlingen say
  if (claim.speakers.size > 0 && unit.speakers.size > 0 && ![...claim.speakers].some((s) => unit.speakers.has(s))) return 'otherSpeaker';
  return fit;
}

export type Reason = 'amount' | 'bound' | 'share' | 'polarity' | 'opposite' | 'modality';

export interface AmountPair {
  claim: Amount;
  source: Amount | null;
  /** The intervals compared, in the claim's terms (a share 0..1 or a count). */
  claimed: { lo: number; hi: number };
  stated: { lo: number; hi: number };
}

export interface Outcome {
  kind: 'agree' | 'conflict' | 'silent';
  reason: Reason | null;
  /** The amounts that decided it, when amounts were compared. */
  pair?: AmountPair;
  /** An amount in the claim (a number) that the source does not state. */
  unpaired: boolean;
  /** The claim and the source have opposite polarity and agree through it ("de meeste … niet" and "weinig"). */
  flipped?: boolean;
  /** …through the generic reading of a sentence that states no share ("afdelingen bespreken …" read as nearly all). */
  generic?: boolean;
  /** Dutch: why, without the quotes (the explanation adds those). */
  note: string;
}

type Clause = number;
type A = Amount & { clause: Clause; group?: string | null; nounConcept?: string | null };

/** Generic statements ("De afdelingen bespreken de doelen") as shares: a claim says at least most; a report sentence, (nearly) all. */
const GENERIC_STATED = { lo: 0.5, hi: 1 };
const GENERIC_REPORTED = { lo: 0.8, hi: 1 };
/** The most a source's share may be for a claim of the other polarity without a share to agree with it. */
const GENERIC_FEW = 0.35;

const complement = (x: { lo: number; hi: number }) => ({ lo: 1 - x.hi, hi: 1 - x.lo });

function clauseConcepts(s: Statement, clause: Clause): Set<string> {
  const out = new Set<string>();
  for (const t of s.terms)
    if (t.clause === clause) {
      for (const k of t.keys) out.add(k);
      for (const p of t.parts) out.add(p);
    }
  return out;
}

/** The group share of the source's clause that shares most words with the claim, if it has one. */
function bestClauseShare(claim: Statement, s: Statement): A | null {
  const shares = (s.amounts as A[]).filter((b) => isGroupShare(b));
  if (shares.length <= 1) return shares[0] ?? null;
  const score = (b: A) => [...clauseConcepts(s, b.clause)].filter((c) => claim.concepts.has(c)).length;
  return shares.sort((x, y) => score(y) - score(x))[0]!;
}

/** Is the source negated in the clause(s) that share most words with the claim ("komt … één keer langs (… als dit niet lukt …)")? */
function negatedWhereItSays(claim: Statement, s: Statement): boolean {
  if (s.negations.length === 0) return false;
  const clauses = new Map<Clause, number>();
  for (const t of s.terms)
    if (t.keys.some((k) => claim.concepts.has(k)) || t.parts.some((p) => claim.concepts.has(p))) clauses.set(t.clause, (clauses.get(t.clause) ?? 0) + 1);
  if (clauses.size === 0) return s.negated;
  const most = Math.max(...clauses.values());
  const best = [...clauses].filter(([, n]) => n === most).map(([c]) => c);
  return best.some((c) => clauseNegated(s, c));
}

function clauseNegated(s: Statement, clause: Clause | null): boolean {
  if (clause === null) return s.negated;
  // the negations of the clause; two right next to each other cancel ("niet zonder"), two apart do not
  const at = s.negations.filter((neg) => clauseOfOffset(s, neg.start) === clause).map((n) => n.start);
  if (at.length === 0) return false;
  // (two coordinated negations do not: "… niet kennen en hier niet in geïnteresseerd zijn")
  if (at.length === 2 && at[1]! - at[0]! <= 20 && !/\b(en|of|maar|noch)\b/.test(s.text.slice(at[0]!, at[1]!))) return false;
  return true;
}

function clauseOfOffset(s: Statement, offset: number): Clause {
  let best: Clause = 0;
  for (const t of s.terms) if (t.start <= offset) best = t.clause;
  for (const a of s.amounts) if (a.start <= offset && a.clause >= best) best = a.clause;
  return best;
}

const NUMERIC = new Set(['percent', 'ratio', 'fraction', 'number', 'range', 'date']);

/** Can a source amount be compared with a claim amount, and how (as intervals in the claim's terms)? */
function comparable(a: A, b: A, unit: SourceUnit, claim?: Statement): { claimed: { lo: number; hi: number }; stated: { lo: number; hi: number } } | null {
  const n = researchedSize(unit);
  const afdelingen = (x: A) => x.group === 'afdelingen' || x.unit === 'afdelingen';
  if (a.kind === 'date' || b.kind === 'date') {
    if (a.kind !== 'date' || b.kind !== 'date') return null;
    return { claimed: a, stated: b };
  }
  if (a.kind === 'share' && b.kind === 'share') return sameNoun(a, b) ? { claimed: a, stated: b } : null;
  if (a.kind === 'count' && b.kind === 'share' && afdelingen(a) && (!b.group || b.group === 'afdelingen')) {
    if (b.count !== undefined) return { claimed: a, stated: { lo: b.count, hi: b.upTo !== undefined && b.of ? Math.round(b.upTo * b.of) : b.count } };
    if (n && a.hi <= n[1]) return { claimed: { lo: a.lo / n[1], hi: a.hi / n[0] }, stated: b };
    return null;
  }
  if (a.kind === 'share' && b.kind === 'count' && afdelingen(b) && n && b.hi <= n[1] && (!a.group || a.group === 'afdelingen')) {
    if (a.count !== undefined) return { claimed: { lo: a.count, hi: a.upTo !== undefined && a.of ? Math.round(a.upTo * a.of) : a.count }, stated: b };
    return { claimed: a, stated: { lo: b.lo / n[1], hi: b.hi / n[0] } };
  }
  if (a.kind === 'count' && b.kind === 'count') {
    if (a.unit === null && !a.per) return overlaps(a, b) ? { claimed: a, stated: b } : null; // "toen het er 1209 waren"
    if (a.unit === null && a.per && a.per === b.per) return { claimed: a, stated: b }; // "drie tot vier per afdeling"
    if (!sameUnit(a, b, unit, claim)) return null;
    return { claimed: a, stated: b };
  }
  return null;
}

/** The source's amounts a claim amount can be compared with. */
export function comparableAmounts(a: A, unit: SourceUnit): Amount[] {
  return (unit.statement.amounts as A[]).filter((b) => comparable(a, b, unit) !== null);
}

/**
 * Two shares quantify the same thing: the same group, the same noun, or an adverb ("meestal") against an adverb or a
 * share of a group ("de meeste afdelingen"); never an adverb against a share of something else ("veel maatwerk",
 * "verschillende onderwerpen").
 */
function sameNoun(a: A, b: A): boolean {
  if (!a.noun && !b.noun) return true;
  if (!a.noun) return a.form !== 'word' || !!b.group;
  if (!b.noun) return b.form !== 'word' || !!a.group;
  if (a.group && b.group) return a.group === b.group || a.group === 'afdelingen' || b.group === 'afdelingen';
  if (a.group || b.group) return false;
  return a.nounConcept === b.nounConcept;
}

/** A share that counts a group (afdelingen, leerlingen) or is an adverb ("meestal"): not "elke maand", "alle lijsten". */
export function isGroupShare(a: A): boolean {
  return a.kind === 'share' && (!a.noun || (a.group !== null && a.group !== undefined));
}

function researchedSize(unit: SourceUnit): [number, number] | null {
  if (unit.scope !== 'researched') return null;
  for (const t of ['lwt', 'pro', 'vmbo'] as const) if (unit.narrow.has(t) || unit.types.has(t)) return RESEARCHED[t] ?? null;
  return null;
}

function sameUnit(a: A & { group?: string | null }, b: A & { group?: string | null }, unit: SourceUnit, claim?: Statement): boolean {
  if (a.per && b.per && a.per !== b.per) return false;
  // "twee keer … bezoek" counts what "drie tot tien bezoeken" counts
  if (claim && a.unit === 'keer' && b.unit && b.unit !== 'keer' && [...claim.concepts].some((c) => c === b.unit || c.startsWith(b.unit!))) return true;
  if (a.group && b.group) return a.group === b.group;
  if (a.unit && b.unit) return a.unit === b.unit || (a.group !== null && a.group === b.unit) || (b.group !== null && b.group === a.unit);
  // "van 5 tot 30" in a sentence about competenties: the claim's unit is the sentence's word
  if (a.unit && !b.unit) return unit.statement.concepts.has(a.unit) || [...unit.statement.surface].some((w) => w.startsWith(a.unit!));
  return false;
}

function pairScore(claim: Statement, a: A, unit: SourceUnit, b: A, cmp: { claimed: { lo: number; hi: number }; stated: { lo: number; hi: number } }): number {
  let score = 0;
  // the words of their clauses decide first: "een kwart … o/v/g" pairs with "de meeste … o/v/g"
  const ca = clauseConcepts(claim, a.clause);
  const cb = clauseConcepts(unit.statement, b.clause);
  for (const c of ca) if (cb.has(c)) score += 3;
  if (a.kind === b.kind && a.unit && a.unit === b.unit) score += 3;
  if (a.word && b.word && a.word === b.word) score += 1;
  const dir = (x: Amount) => (x.bound === 'min' || x.bound === 'over' ? 1 : x.bound === 'max' || x.bound === 'under' ? -1 : 0);
  if (dir(a) !== 0 && dir(a) === dir(b)) score += 2;
  // the same number ("1209" and "1209 leerlingen", "hooguit 50%" and "ten hoogste 50%") belongs together; share words
  // pair by their clause words, not by their values
  if (a.form !== 'word' && b.form !== 'word' && Math.abs(a.value - b.value) < 1e-9 && (a.upTo ?? a.value) === (b.upTo ?? b.value)) score += 8;
  else if (overlaps(cmp.claimed, cmp.stated)) score += 1;
  return score;
}

function boundConflict(a: Amount, b: Amount): boolean {
  const dir = (x: Amount) => (x.bound === 'min' ? 1 : x.bound === 'max' ? -1 : 0);
  if (dir(a) !== 0 && dir(b) !== 0) {
    if (dir(a) !== dir(b)) return overlaps({ lo: a.value, hi: a.upTo ?? a.value }, { lo: b.value, hi: b.upTo ?? b.value });
    return a.value !== b.value; // "minimaal 40 uur" against "ten minste 30 uur"
  }
  return false;
}

/** Compares what a claim says with what a source statement says (its neighbours may confirm the claim's other amounts). */
export function compareStatements(claim: Statement, unit: SourceUnit, neighbours: SourceUnit[] = []): Outcome {
  const s = unit.statement;
  let claimNeg = claim.negated;
  let unitNeg = negatedWhereItSays(claim, s);
  // Opposite words: "loopt terug" against "stijgen"; "niet formeel" agrees with "informeel".
  let oppositeShared = false;
  // opposite words that differ ("meer" against "minder"): their predicates are not each other's complement
  let oppositeDiffers = false;
  for (const o of claim.opposites) {
    const sides = new Set(s.opposites.filter((x) => x.pair === o.pair).map((x) => x.side));
    if (sides.size !== 1) continue;
    const side = [...sides][0]!;
    oppositeShared = true;
    if (side !== o.side) oppositeDiffers = true;
    claimNeg = claimNeg !== (o.side === 1);
    unitNeg = unitNeg !== (side === 1);
  }

  // Must, may, need not, must not.
  const modal = modalityConflict(claim.modality, s.modality);
  if (modal) return { kind: 'conflict', reason: 'modality', unpaired: false, note: modal };

  // Amounts, one to one: each claim amount with the source amount about the same thing (same clause words, same unit,
  // the same value first: "1209" in the claim is the source's "1209 leerlingen").
  const claimAmounts = claim.amounts.filter((a) => !(a.kind === 'count' && a.unit === null && a.form === 'number' && a.value < 2)) as A[];
  const sourceAmounts = s.amounts as A[];
  const options: Array<{ a: A; b: A; score: number; cmp: NonNullable<ReturnType<typeof comparable>> }> = [];
  for (const a of claimAmounts) {
    for (const b of sourceAmounts) {
      const cmp = comparable(a, b, unit, claim);
      if (cmp) options.push({ a, b, score: pairScore(claim, a, unit, b, cmp), cmp });
    }
  }
  options.sort((x, y) => y.score - x.score);
  const pairedA = new Map<A, (typeof options)[number]>();
  const usedB = new Set<A>();
  for (const o of options) {
    if (pairedA.has(o.a) || usedB.has(o.b)) continue;
    pairedA.set(o.a, o);
    usedB.add(o.b);
  }

  // A claim about another time ("in 2020") is not refuted by today's amounts: without the claim's date in the
  // sentence (or beside it), its other amounts are not compared.
  const dated = claimAmounts.some((a) => a.kind === 'date') && !sourceAmounts.some((b) => b.kind === 'date');
  if (dated) for (const a of [...pairedA.keys()]) if (a.kind !== 'date') pairedA.delete(a);

  let decided: Outcome | null = null;
  let unpaired = false;
  for (const a of claimAmounts) {
    const best = pairedA.get(a);
    if (!best) {
      const n = researchedSize(unit);
      if (a.kind === 'share' && a.form === 'word' && isGroupShare(a) && unit.scope === 'researched') {
        decided = worst(decided, compareShares(a, null, claimNeg, unitNeg, GENERIC_REPORTED, a));
      } else if (a.kind === 'count' && a.group === 'afdelingen' && n && a.hi <= n[1] && !confirmedNearby(a, neighbours)) {
        // "maar één pro-afdeling noemt maatwerk" against "bij pro-afdelingen komt maatwerk het meest naar voren"
        const asShare = { ...a, kind: 'share' as const, lo: a.lo / n[1], hi: a.hi / n[0] };
        const src = bestClauseShare(claim, s);
        decided = worst(
          decided,
          compareShares(
            asShare,
            src,
            claimNeg,
            oppositeShared ? unitNeg : src ? clauseNegated(s, src.clause) : unitNeg,
            src ?? GENERIC_REPORTED,
            a,
            oppositeDiffers,
          ),
        );
      } else if (NUMERIC.has(a.form) && !confirmedNearby(a, neighbours)) {
        unpaired = true;
      }
      continue;
    }
    const { b, cmp } = best;
    let out: Outcome;
    if (boundConflict(a, b)) {
      out = {
        kind: 'conflict',
        reason: 'bound',
        pair: { claim: a, source: b, claimed: cmp.claimed, stated: cmp.stated },
        unpaired: false,
        note: boundNote(a, b),
      };
    } else if (a.kind === 'share' && b.kind === 'share' && cmp.claimed === a && cmp.stated === b) {
      out = compareShares(a, b, claimNeg, oppositeShared ? unitNeg : clauseNegated(s, b.clause), b, a, oppositeDiffers);
      // "Meerdere afdelingen noemen X": the share counts who mentions X, not where X happens
      if (out.kind === 'conflict' && claim.speakers.size === 0 && b.group && unit.speakers.has(b.group as never))
        out = { ...out, kind: 'silent', reason: null };
    } else {
      const ok = amountsAgree(a, b, cmp, unit);
      // a claimed spread ("twee tot drie weken") is not what one number within it says ("drie weken")
      const spreadOnPoint =
        ok &&
        a.kind === 'count' &&
        b.kind === 'count' &&
        a.upTo !== undefined &&
        a.upTo !== a.value &&
        (b.upTo === undefined || b.upTo === b.value) &&
        a.bound !== 'about';
      // a minimum or maximum ("ten minste 30 uur") does not say how much it usually is ("gemiddeld 30 uur")
      const boundOnly = ok && (b.bound === 'min' || b.bound === 'max') && a.bound !== 'min' && a.bound !== 'max';
      if (spreadOnPoint || boundOnly) out = { kind: 'silent', reason: null, unpaired: false, note: '' };
      else
        out = {
          kind: ok ? 'agree' : 'conflict',
          reason: ok ? null : 'amount',
          pair: { claim: a, source: b, claimed: cmp.claimed, stated: cmp.stated },
          unpaired: false,
          note: '',
        };
    }
    decided = worst(decided, out);
  }
  if (decided?.kind === 'conflict') return { ...decided, unpaired };
  if (claimAmounts.length === 0 || !decided) {
    // No amounts compared: polarity, with the sentence's shares (or its generic reading).
    const src = unit.scope === 'researched' || unit.scope === 'survey' ? bestClauseShare(claim, s) : null;
    if (src || claimNeg !== unitNeg) {
      const out = compareShares(
        null,
        src,
        claimNeg,
        oppositeShared ? unitNeg : src ? clauseNegated(s, src.clause) : unitNeg,
        src ?? GENERIC_REPORTED,
        null,
        oppositeDiffers,
      );
      if (out.kind === 'conflict') return { ...out, reason: oppositeShared && out.reason === 'polarity' ? 'opposite' : out.reason, unpaired };
      if (!decided) decided = out;
    }
  }
  return decided ? { ...decided, unpaired } : { kind: 'agree', reason: null, unpaired, note: '' };
}

/**
 * Two amounts agree: their intervals overlap. Two ranges are spreads ("van 5 tot 30", "twee á drie van de tien"): their
 * ends must agree. A bound the law sets ("ten minste 640") is compared as the number it names.
 */
function amountsAgree(a: Amount, b: Amount, cmp: { claimed: { lo: number; hi: number }; stated: { lo: number; hi: number } }, unit: SourceUnit): boolean {
  const range = (x: Amount) => x.upTo !== undefined && x.upTo !== x.value;
  if (range(a) && range(b) && a.kind === b.kind) {
    const loose = a.bound === 'about' || b.bound === 'about';
    const near = (x: number, y: number) => (loose ? Math.abs(x - y) <= Math.max(1, Math.abs(y) * 0.1) + 1e-9 : Math.abs(x - y) < 1e-6);
    return near(a.value, b.value) && near(a.upTo!, b.upTo!);
  }
  if (unit.source === 'law' && (a.bound === 'min' || a.bound === 'max') && a.kind === 'count') {
    return overlaps({ lo: a.value, hi: a.upTo ?? a.value }, cmp.stated);
  }
  return overlaps(cmp.claimed, cmp.stated);
}

/** A neighbouring sentence states an amount that agrees with this claim amount. */
function confirmedNearby(a: A, neighbours: SourceUnit[]): boolean {
  for (const n of neighbours) {
    for (const b of n.statement.amounts as A[]) {
      const cmp = comparable(a, b, n);
      if (cmp && overlaps(cmp.claimed, cmp.stated)) return true;
    }
  }
  return false;
}

/**
 * A share of a group with the polarity of its clause against another. Same polarity: the intervals must overlap.
 * Opposite polarity: the claim must fit the complement ("de meeste … niet" against "weinig …"), and the same share
 * word with opposite polarity ("een groot aantal … niet" against "een groot aantal …") never agrees.
 */
function compareShares(
  a: Amount | null,
  b: Amount | null,
  claimNeg: boolean,
  unitNeg: boolean,
  stated: { lo: number; hi: number },
  claimAmount: Amount | null,
  opposite = false,
): Outcome {
  const claimed = a ?? GENERIC_STATED;
  const pair = { claim: claimAmount ?? ({} as Amount), source: b, claimed: { lo: claimed.lo, hi: claimed.hi }, stated: { lo: stated.lo, hi: stated.hi } };
  const withPair = claimAmount ? { pair } : {};
  if (claimNeg === unitNeg) {
    // two spreads ("twee á drie van de tien", "drie à vier van de tien") agree only when their ends do
    const spread = (x: Amount | null) => x !== null && x.upTo !== undefined && x.upTo !== x.value;
    if (a && b && spread(a) && spread(b)) {
      const ok = Math.abs(a.lo - b.lo) < 0.02 && Math.abs(a.hi - b.hi) < 0.02;
      return { kind: ok ? 'agree' : 'conflict', reason: ok ? null : 'share', ...withPair, unpaired: false, note: '' };
    }
    const ok = overlaps(claimed, stated);
    // a claim without a share says it holds generally: "sommige" or "niet alle" afdelingen do not say that
    if (ok && !a && b && stated.lo < GENERIC_STATED.lo) return { kind: 'silent', reason: null, unpaired: false, note: '' };
    return { kind: ok ? 'agree' : 'conflict', reason: ok ? null : a ? 'share' : 'polarity', ...withPair, unpaired: false, note: '' };
  }
  if (a && b && a.word && a.word === b.word) return { kind: 'conflict', reason: 'polarity', ...withPair, unpaired: false, note: '' };
  if (!a && !b) return { kind: 'conflict', reason: 'polarity', unpaired: false, note: '' };
  // opposite words are not each other's complement ("minder dagen" is not "niet meer dagen")
  if (opposite) return { kind: 'conflict', reason: 'opposite', ...withPair, unpaired: false, note: '' };
  // a claim without a share ("Afdelingen geven geen eindbeoordeling") agrees with the other polarity only when the
  // source's share is small ("op weinig afdelingen wel"), not with "soms"
  const ok = a ? overlaps(claimed, complement(stated)) : stated.hi <= GENERIC_FEW;
  return {
    kind: ok ? 'agree' : 'conflict',
    reason: ok ? null : 'polarity',
    ...withPair,
    unpaired: false,
    note: '',
    ...(ok ? { flipped: true, ...(b ? {} : { generic: true }) } : {}),
  };
}

/** Conflict outranks silence, silence outranks agreement: one amount the source leaves open leaves the claim open. */
function worst(a: Outcome | null, b: Outcome): Outcome {
  if (!a) return b;
  if (b.kind === 'conflict' && a.kind !== 'conflict') return b;
  if (b.kind === 'silent' && a.kind === 'agree') return b;
  return a;
}

function modalityConflict(claim: Modality | null, source: Modality | null): string | null {
  if (!claim || !source || claim === source) return null;
  const clash: Record<Modality, Modality[]> = {
    must: ['optional', 'mustNot'],
    may: ['mustNot'],
    optional: ['must', 'mustNot'],
    mustNot: ['must', 'may', 'optional'],
  };
  if (!clash[claim].includes(source)) return null;
  const say: Record<Modality, string> = { must: 'verplicht', may: 'toegestaan', optional: 'niet verplicht', mustNot: 'niet toegestaan' };
  return `de bewering zegt dat het ${say[claim]} is, de bron dat het ${say[source]} is`;
}

function boundNote(a: Amount, b: Amount): string {
  const kind = (x: Amount) => (x.bound === 'min' ? 'een minimum' : 'een maximum');
  if (a.bound !== b.bound) return `de bron noemt ${b.text.replace(/^\D*/, '')} als ${kind(b)}, de bewering als ${kind(a)}`;
  return `de bron noemt ${kind(b)} van ${b.text.replace(/^\D*/, '')}, niet van ${a.text.replace(/^\D*/, '')}`;
}
