// Claim checking by alignment. A claim is read as a proposition (whom, what, how much, which way) and judged against
// the statements of the sources that say something about the same thing for the same population:
// - supported: a sentence (or survey row) states the same for the same population: its words cover the claim's
//   measure, every amount agrees within honest rounding, the polarity is the same;
// - contradicted: a sentence (or row) about the same population and measure states something incompatible: another
//   amount, the opposite polarity, an opposite word, a counter-example to "alle/altijd/nooit", must versus need not;
// - not_in_sources: otherwise. No unrelated evidence is attached: only a sentence that says it about another group,
//   or the report's own warning when a finding about the researched afdelingen is stated for the whole country.
// For a claim about what the law requires the law is cited first; for a claim about findings, the report.
import type { Citation, LawArticle, Report, ScoredChunk } from '../domain.ts';
import type { KernpuntJson } from '../knowledge/kernpunten.ts';
import { normalizeText, splitSentences } from '../nl/index.ts';
import { outsideLabel, schoolTypeLabel } from '../nl/populations.ts';
import { alignClaim, alignUnit, weighTerms, type Alignment } from './align.ts';
import { compareStatements, populationFit, type Fit, type Outcome } from './compare.ts';
import {
  amountOut,
  capital,
  citation,
  describeMeasure,
  describePopulation,
  interval,
  quoted,
  quoteOf,
  roundingRule,
  where,
  type ClaimMatch,
  type ClaimReading,
} from './explain.ts';
import type { Statement } from './reading.ts';
import { buildSourceIndex, type SourceIndex, type SourceUnit } from './sources.ts';
import { judgeSurveyClaim } from './survey.ts';

export type Verdict = 'supported' | 'contradicted' | 'not_in_sources';

export interface ClaimResult {
  verdict: Verdict;
  confidence: number;
  /** Dutch: the verdict, the deciding passage quoted with section and page, the amounts side by side. */
  explanation: string;
  evidence: Citation[];
  /** What decided the verdict: the fact row or sentence, whom and what it is about, the two amounts. */
  match?: ClaimMatch;
  /** How the claim was read. */
  reading: ClaimReading;
}

export interface JudgeContext {
  report: Report;
  articles: LawArticle[];
  /** The kernpunten: restatements that bridge a claim's words and the report's. */
  kernpunten?: KernpuntJson[];
  /** Ignored: the judge aligns the claim with every statement of the sources itself. */
  passages?: ScoredChunk[];
}

/**
 * Thresholds on alignment (the weighted share of the claim's measure a sentence has), chosen on the tune split of the
 * evals. support: coverage with context, in the sentence itself, the claim's own words, the share of the claim that
 * may be missing, and the most one rare word may weigh; conflict: the coverage each kind of contradiction needs.
 */
export interface Thresholds {
  support: { coverage: number; own: number; words: number; missing: number; singleMissing: number; literal: number };
  conflict: Record<NonNullable<Outcome['reason']>, number>;
  conflictOwn: number;
  conflictWords: number;
  /** The most of the claim's content words a refuting sentence may lack itself. */
  conflictMissing: number;
  /** A sentence about another group must align this well to be named in a not_in_sources explanation. */
  otherGroup: number;
}

export const THRESHOLDS: Thresholds = {
  support: { coverage: 0.75, own: 0.5, words: 0.55, missing: 0.2, singleMissing: 0.2, literal: 0.6 },
  conflict: { amount: 0.55, bound: 0.55, share: 0.5, polarity: 0.6, opposite: 0.62, modality: 0.7 },
  conflictOwn: 0.5,
  conflictWords: 0.5,
  conflictMissing: 0.5,
  otherGroup: 0.7,
};
/** Groups nearly every sentence is about: their absence says little. */
const GENERIC_GROUPS = new Set(['afdel', 'leerling', 'school', 'stag']);

export interface Candidate {
  a: Alignment;
  fit: Fit;
  outcome: Outcome;
}

function readingOf(s: Statement): ClaimReading {
  const amount = s.amounts.find((a) => a.kind !== 'date');
  return {
    population: describePopulation(s),
    measure: describeMeasure(s),
    ...(amount ? { amount: amountOut(amount) } : {}),
    negated: s.negated,
    about: s.legal ? 'law' : 'findings',
  };
}

function notInSources(reading: ClaimReading, explanation: string, confidence: number, evidence: Citation[] = []): ClaimResult {
  return { verdict: 'not_in_sources', confidence: round(confidence), explanation: `Niet in de bronnen. ${explanation}`, evidence, reading };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/** The claim's comparison in Dutch: the amounts side by side with the rule, or the polarity. */
function comparisonText(c: Candidate, verdict: 'supported' | 'contradicted'): string {
  const o = c.outcome;
  if (o.note) return `${capital(o.note)}.`;
  const p = o.pair;
  if (p?.claim.text) {
    const share = p.claim.kind === 'share' && (p.source === null || p.source.kind === 'share');
    const claimRule = roundingRule(p.claim);
    const stated = p.source
      ? `“${p.source.text}”${p.source.kind === 'share' && p.source.form === 'word' ? ` (${interval(p.stated, true)})` : ''}`
      : 'dit zonder beperking, dus (vrijwel) overal';
    const claimed = `“${p.claim.text}”${claimRule ? ` (${claimRule.replace(/^“[^”]*” /, '')})` : share ? ` (${interval(p.claimed, true)})` : ''}`;
    const polarity = o.reason === 'polarity' ? ' en de ontkenning draait het om' : '';
    const flipped =
      o.flipped && share
        ? ` met een ontkenning: dan geldt het wel voor hoogstens ${interval({ lo: 1 - p.claimed.lo, hi: 1 - p.claimed.lo }, true).replace(/,0%$/, '%')}`
        : '';
    return verdict === 'supported'
      ? `De bewering zegt ${claimed}${flipped}; de bron zegt ${stated}. Dat past bij elkaar.`
      : `De bewering zegt ${claimed}; de bron zegt ${stated}${polarity}. Dat past niet bij elkaar.`;
  }
  if (verdict === 'contradicted') {
    if (o.reason === 'opposite') return 'De bron zegt het tegenovergestelde.';
    return 'De bron zegt het omgekeerde: de ontkenning verschilt.';
  }
  return '';
}

function supportable(c: Candidate, claim: Statement, t: Thresholds): boolean {
  return whyNotSupported(c, claim, t) === null;
}

/** Why a candidate does not support the claim (null: it does). Each reason is a class of doubt. */
export function whyNotSupported(c: Candidate, claim: Statement, t: Thresholds): string | null {
  const { a, outcome } = c;
  const u = a.unit;
  if (outcome.kind !== 'agree') return `outcome ${outcome.kind}`;
  if (outcome.unpaired) return 'amount unpaired';
  // what must, need not or must not be needs a source that says so
  if (claim.modality && claim.modality !== 'may' && !u.statement.modality) return 'no modality';
  // what may be is not what must be: "mag" is not supported by a source that requires it (unless it bounds an amount,
  // "mag hooguit de helft", or restricts who may: "alleen erkende bedrijven mogen")
  if (
    claim.modality === 'may' &&
    (u.statement.modality === 'must' || u.statement.modality === 'mustNot') &&
    !claim.amounts.some((x) => x.bound === 'max') &&
    !claim.exclusive
  )
    return 'may for must';
  if (a.coverage < t.support.coverage || a.own < t.support.own || a.missingWeight > t.support.missing || a.words < t.support.words) return 'coverage';
  // who does or says it must be there: a claim about the gemeente is not supported by a sentence about the inspectie
  if (a.missing.some((m) => m.kind === 'group' && !GENERIC_GROUPS.has(m.canon))) return 'group missing';
  // nor may a rare word of the claim be missing ("zomervakantie", "VOG")
  if (a.missing.some((m) => m.kind === 'content' && a.missingTerms.get(m)! >= t.support.singleMissing)) return 'rare word missing';
  // what the law requires, allows or entitles is settled by the law, or by a report sentence that states the rule
  if (claim.legal && claim.modality && claim.modality !== 'may' && u.source === 'report' && !(u.statement.legal && u.statement.modality))
    return 'law claim, report sentence';
  // a claim that names the law ("wettelijk recht op") is settled by the law, or by a report sentence that names it
  if (claim.namesLaw && u.source === 'report' && !u.statement.namesLaw) return 'names law';
  // who does it: a role the claim names must be in the sentence itself, and one the sentence names instead is another claim
  if (roleSwapped(claim, a)) return 'role';
  // what had to happen is not what happened: a report sentence stating a rule does not support a finding
  if (!claim.modality && !claim.legal && u.source === 'report' && (u.statement.modality === 'must' || u.statement.modality === 'mustNot'))
    return 'rule for finding';
  // "(vrijwel) alle", "altijd", "geen", "nooit", "weinig": a strong share needs a sentence that states a share
  if (claim.amounts.some((x) => x.kind === 'share' && x.form === 'word' && (x.lo >= 0.75 || x.hi <= 0.3)) && !outcome.pair?.source)
    return 'strong share unstated';
  // what is tried or intended is not what is so: "besturen proberen alle afdelingen … te laten werken"
  if (u.statement.attempt && !claim.attempt) return 'attempt';
  // what may be so ("is er mogelijk gekozen", "wellicht") is not what is so
  if (u.statement.hedged && !claim.hedged) return 'hedged';
  // a claim that only names who ("de mentor is ook de stagebegeleider") is not said by a sentence that lists them:
  // without a content word to align, the sentence must restate the claim
  if (!claim.terms.some((x) => x.kind === 'content') && claim.amounts.every((x) => x.form === 'word') && a.literal < t.support.literal) return 'names only';
  // "soms niet" is compatible with a sentence that states no share, but not said by it: the other polarity needs a share
  if (outcome.flipped && outcome.generic) return 'flipped generic';
  // a vague share supports only a claim it says: "sommige" is not "de meeste", "soms" not "nauwelijks"
  if (vaguer(outcome)) return 'share vaguer';
  // the claim's content words must be in the sentence itself, not only in the heading or the sentence before it
  if (ownMissing(a) > t.support.missing) return 'own missing';
  // a claim about a precise amount needs a sentence that states one
  if (claim.amounts.some((x) => x.form !== 'word' && x.kind !== 'date') && !outcome.pair) return 'amount unstated';
  // "ongeveer vijf procent" is not confirmed by "niet vaak": a precise amount needs a stated one
  if (outcome.pair && outcome.pair.claim.form !== 'word' && outcome.pair.claim.kind !== 'date' && (!outcome.pair.source || outcome.pair.source.form === 'word'))
    return 'amount vague';
  return null;
}

/** The most of a source's vague share that may fall outside the claim's share for the source to say the claim. */
const VAGUE_OUTSIDE = 0.5;
const VAGUE_OUTSIDE_FLIPPED = 0.2;

/**
 * A share word of the source ("sommige", "veel") overlaps the claim's share but mostly lies outside it: the two are
 * compatible, but the source does not say what the claim says ("sommige" against "de meeste" or "nauwelijks").
 */
function vaguer(o: Outcome): boolean {
  const p = o.pair;
  if (!p?.source || p.claim.kind !== 'share' || p.source.kind !== 'share' || p.source.form !== 'word') return false;
  const stated = o.flipped ? { lo: 1 - p.stated.hi, hi: 1 - p.stated.lo } : p.stated;
  const width = stated.hi - stated.lo;
  if (width <= 1e-9) return false;
  const inside = Math.max(0, Math.min(stated.hi, p.claimed.hi) - Math.max(stated.lo, p.claimed.lo));
  // the other polarity's complement of a vague share is vaguer still ("een deel … niet" says little about "meestal"):
  // it must lie nearly within the claim's share
  return inside / width < 1 - (o.flipped ? VAGUE_OUTSIDE_FLIPPED : VAGUE_OUTSIDE);
}

/** Roles that frame nearly every finding (the afdelingen) or who reports it (the inspectie). */
const FRAME_ROLES = new Set(['afdelingen', 'inspectie']);

/**
 * The claim names someone (a role: stagebieder, ouders, bevoegd gezag, …) that the sentence itself does not, while
 * the sentence names someone the claim does not: the claim has another party ("het leerbedrijf moet zorgen voor"
 * against "het bevoegd gezag draagt zorg voor"). A role the claim names that is missing altogether counts too.
 */
function roleSwapped(claim: Statement, a: Alignment): boolean {
  const u = a.unit.statement;
  const speakers = claim.speakers;
  const mine = [...claim.groups].filter((g) => !FRAME_ROLES.has(g) && !speakers.has(g));
  const theirs = [...u.groups].filter((g) => !FRAME_ROLES.has(g) && !u.speakers.has(g));
  const lacking = mine.filter((g) => !u.groups.has(g));
  const extra = theirs.filter((g) => !claim.groups.has(g));
  if (lacking.length > 0 && extra.length > 0) return true;
  // a specific role of the claim (not the pupils) that the sentence lacks altogether
  for (const [term] of a.ownMissingTerms) if (term.kind === 'group' && !GENERIC_GROUPS.has(term.canon)) return true;
  return false;
}

/** The share of the claim's content words (not who or the framing) that the sentence itself lacks. */
function ownMissing(a: Alignment): number {
  let missing = 0;
  for (const [term, share] of a.ownMissingTerms) if (term.kind === 'content') missing += share;
  return missing;
}

function conflicting(c: Candidate, t: Thresholds, claim?: Statement): boolean {
  const { a, outcome } = c;
  if (outcome.kind !== 'conflict' || !outcome.reason) return false;
  // an exception at one afdeling does not refute what the claim says holds usually ("doorgaans drie of vier dagen")
  if (claim && outcome.reason === 'amount' && isUsually(claim) && aboutFew(c.a.unit.statement)) return false;
  if (a.coverage < t.conflict[outcome.reason] || a.own < t.conflictOwn || a.words < t.conflictWords) return false;
  // what had to happen does not refute what happened: a report sentence stating a rule against a finding
  if (
    claim &&
    !claim.modality &&
    !claim.legal &&
    a.unit.source === 'report' &&
    (a.unit.statement.modality === 'must' || a.unit.statement.modality === 'mustNot')
  )
    return false;
  // what the law requires ("de wet verplicht …") is not refuted by what happens at afdelingen: only by the law or a
  // report sentence that states the rule
  if (claim?.namesLaw && claim.modality && a.unit.source === 'report' && !a.unit.statement.legal) return false;
  // a sentence about someone else, or one that lacks much of what the claim says, refutes nothing the claim says
  if (claim && ownMissing(a) > t.conflictMissing) return false;
  return true;
}

/** The claim says something holds usually, not always ("doorgaans", "meestal", "de meeste"). */
function isUsually(claim: Statement): boolean {
  return claim.amounts.some((x) => x.kind === 'share' && x.form === 'word' && x.lo > 0.5 && x.lo < 1 && x.hi >= 1);
}

/** The sentence is about one or a few afdelingen ("bij één afdeling", "een enkele afdeling"). */
function aboutFew(s: Statement): boolean {
  return s.amounts.some(
    (x) => (x.kind === 'count' && x.group === 'afdelingen' && x.value <= 2) || (x.kind === 'share' && x.form === 'word' && x.hi <= 0.25 && x.lo > 0),
  );
}

/** Prefer the law for claims about the law, the report for claims about findings, at nearly equal alignment. */
function preference(c: Candidate, claim: Statement): number {
  const law = c.a.unit.source === 'law';
  const bonus = claim.legal ? (law ? 0.06 : 0) : law ? 0 : 0.04;
  const exact = c.fit === 'same' ? 0.03 : 0;
  // an amount compared with an amount the source states outranks a comparison with a generic sentence
  const amounts = c.outcome.pair?.source ? 0.05 : c.outcome.pair && c.outcome.kind === 'conflict' ? -0.05 : 0;
  return c.a.coverage + bonus + exact + amounts + 0.1 * c.a.literal;
}

export function judgeWith(index: SourceIndex, text: string, t: Thresholds = THRESHOLDS): ClaimResult {
  const claimText = normalizeText(text).trim();
  const claim = index.reader.read(claimText, 'stated');
  const reading = readingOf(claim);
  if (claim.terms.length === 0 && claim.amounts.length === 0 && claim.schoolTypes.size === 0) {
    return notInSources(reading, 'De tekst bevat te weinig inhoud om als bewering te controleren.', 0.9);
  }

  // Sectors the sources do not cover (mbo, hoger onderwijs).
  if (claim.outside.size > 0 && claim.broadTypes.size === 0) {
    const labels = [...claim.outside].map(outsideLabel).join(' en ');
    return notInSources(
      reading,
      `De bewering gaat over ${labels}; het rapport en de wetsartikelen gaan over stages in het voortgezet onderwijs (vmbo, praktijkonderwijs, leer-werktrajecten).`,
      0.85,
    );
  }

  // The survey of chapter 11.
  const survey = judgeSurveyClaim(claimText, claim, index.report);
  if (survey) return { ...survey, reading };

  // A claim of several statements ("…; bij één afdeling …") holds when each holds, and fails when one fails.
  const parts = claimParts(claimText)
    .map((p) => withPopulation(index.reader.read(p, 'stated'), claim))
    .filter((p) => p.terms.some((t) => t.kind !== 'framing') || p.amounts.length > 0);
  if (parts.length <= 1) return judgeStatement(index, claim, reading, t);
  const results = parts.map((p) => judgeStatement(index, p, reading, t));
  const contradicted = results.find((r) => r.verdict === 'contradicted');
  if (contradicted) return contradicted;
  const missing = results.find((r) => r.verdict !== 'supported');
  if (missing) return missing;
  return combine(results);
}

/** The statements of a claim: its sentences, and the halves of a sentence joined by a semicolon. */
function claimParts(text: string): string[] {
  return splitSentences(text, { lineBreaks: 'paragraph' })
    .flatMap((s) => s.text.split(/;\s*/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A part of a claim is about whom the whole claim is about, unless it says otherwise. */
function withPopulation(part: Statement, whole: Statement): Statement {
  return {
    ...part,
    schoolTypes: part.schoolTypes.size > 0 ? part.schoolTypes : whole.schoolTypes,
    broadTypes: part.broadTypes.size > 0 ? part.broadTypes : whole.broadTypes,
    scope: part.scope ?? whole.scope,
    speakers: part.speakers.size > 0 ? part.speakers : whole.speakers,
    legal: part.legal || whole.legal,
  };
}

function combine(results: ClaimResult[]): ClaimResult {
  const evidence: Citation[] = [];
  for (const r of results) for (const e of r.evidence) if (!evidence.some((x) => x.quote === e.quote)) evidence.push({ ...e, id: String(evidence.length + 1) });
  const explanation = `Ondersteund. ${results.map((r) => r.explanation.replace(/^Ondersteund\. /, '')).join(' Verder: ')}`;
  const confidence = Math.min(...results.map((r) => r.confidence));
  return { ...results[0]!, explanation, evidence, confidence };
}

/** The sentences a claim is compared with, best aligned first, each with its population fit and comparison. */
export function candidatesOf(index: SourceIndex, claim: Statement): Candidate[] {
  const aligned = throughRestatements(index, claim, alignClaim(index, claim));
  return aligned.map((a) => ({ a, fit: populationFit(claim, a.unit), outcome: compareStatements(claim, a.unit, neighboursOf(index, a.unit)) }));
}

function judgeStatement(index: SourceIndex, claim: Statement, reading: ClaimReading, t: Thresholds): ClaimResult {
  const cands = candidatesOf(index, claim);
  // A statement about the claim's own school type outranks one about a related type (lwt within vmbo).
  const exactExists = cands.some((c) => c.fit === 'same' && c.a.coverage >= t.support.coverage - 0.1);
  // a sentence about the report itself ("In dit hoofdstuk wordt ingegaan op …") states no finding
  const usable = cands.filter((c) => !c.a.unit.meta && (c.fit === 'same' || (c.fit === 'related' && !exactExists)));

  const supports = usable.filter((c) => supportable(c, claim, t)).sort((x, y) => preference(y, claim) - preference(x, claim));
  const conflicts = usable.filter((c) => conflicting(c, t, claim)).sort((x, y) => preference(y, claim) - preference(x, claim));
  const support = supports[0];
  const conflict = conflicts[0];

  const universal = claim.amounts.some((x) => x.kind === 'share' && x.form === 'word' && (x.lo >= 1 || x.hi <= 0));
  const counterExample = universal && conflict?.outcome.pair?.source && support && !support.outcome.pair?.source && conflict.a.words >= 0.6;
  // what the law requires settles a claim about what it requires: a law's must against "hoeft niet" wins a tie
  const lawSettles = conflict?.outcome.reason === 'modality' && conflict.a.unit.source === 'law';
  if (
    conflict &&
    (!support ||
      counterExample ||
      preference(conflict, claim) > preference(support, claim) ||
      (lawSettles && preference(conflict, claim) >= preference(support, claim) - 0.02))
  ) {
    return decided('contradicted', conflict, claim, reading, conflicts);
  }
  if (support) return decided('supported', support, claim, reading, supports);

  // A national claim that the researched afdelingen already refute ("alle scholen …" while some do not).
  const general = cands.filter((c) => c.fit === 'generalises');
  const refuting = general.find((c) => conflicting(c, t) && claim.amounts.some((x) => x.kind === 'share' && (x.hi >= 1 || x.lo <= 0) && x.form === 'word'));
  if (refuting) return decided('contradicted', refuting, claim, reading, [refuting]);

  // The same statement, but about another group, another scope or another speaker.
  const best = cands[0];
  const other = cands.find((c) => c.fit !== 'same' && c.fit !== 'related' && c.a.coverage >= t.otherGroup && c.a.own >= 0.5);
  if (other && (!best || other.a.coverage >= best.a.coverage - 0.1)) return otherPopulation(index, other, claim, reading);

  const why =
    best && best.a.coverage >= 0.6
      ? best.outcome.unpaired
        ? 'De passages over dit onderwerp noemen het getal of percentage uit de bewering niet.'
        : `De passages over dit onderwerp zeggen niet wat de bewering stelt${
            best.a.missing.length > 0
              ? ` (niets over ${best.a.missing
                  .slice(0, 3)
                  .map((t) => `“${t.text}”`)
                  .join(', ')})`
              : ''
          }.`
      : 'Het rapport en de wetsartikelen bevatten geen passage die dit onderwerp behandelt.';
  return notInSources(reading, why, best ? 0.55 + 0.3 * (1 - best.a.coverage) : 0.9);
}

/** How much of a claim a restated sentence must say itself to be compared with it. */
const RESTATED_OWN = 0.3;

/**
 * A kernpunt bridges words: a claim aligned with its restatement is aligned with the sentence it restates that says
 * most of the claim, and is compared with that sentence (its population, amounts and polarity), never with the
 * restatement. Each sentence keeps its best alignment.
 */
function throughRestatements(index: SourceIndex, claim: Statement, aligned: Alignment[]): Alignment[] {
  const best = new Map<SourceUnit, Alignment>();
  const terms = weighTerms(index, claim);
  for (const a of aligned) {
    const unit = quotable(index, claim, a.unit);
    let mine = a;
    if (a.unit !== unit) {
      // the restated sentence must itself be about the claim: it is what the claim is compared with
      const own = alignUnit(terms, unit, claim);
      if (own.coverage < RESTATED_OWN) continue;
      // a word the restatement has from another sentence it restates is not this sentence's: it stays missing
      const siblings = a.unit.restates!.filter((r) => r !== unit);
      const carried = [...own.ownMissingTerms].filter(([term]) => siblings.some((r) => term.keys.some((k) => r.statement.words.has(k))));
      const carriedWeight = carried.reduce((n, [, w]) => n + w, 0);
      mine = {
        ...a,
        unit,
        literal: own.literal,
        via: a.unit,
        coverage: a.coverage - carriedWeight,
        own: a.own - carriedWeight,
        missingWeight: a.missingWeight + carriedWeight,
        missing: [...a.missing, ...carried.map(([term]) => term)],
        ownMissingTerms: new Map([...a.ownMissingTerms, ...carried]),
      };
    }
    const had = best.get(unit);
    if (!had || mine.coverage > had.coverage) best.set(unit, mine);
  }
  return [...best.values()].sort((a, b) => b.coverage + 0.1 * b.literal - (a.coverage + 0.1 * a.literal) || b.own - a.own || a.unit.idx - b.unit.idx);
}

/** The sentence to quote for a unit: itself, or for a kernpunt's restatement the sentence it restates that says most of the claim. */
function quotable(index: SourceIndex, claim: Statement, u: SourceUnit): SourceUnit {
  if (!u.restates) return u;
  const terms = weighTerms(index, claim);
  let best = u.restates[0]!;
  let score = -1;
  for (const r of u.restates) {
    const a = alignUnit(terms, r, claim);
    if (a.own > score) {
      score = a.own;
      best = r;
    }
  }
  return best;
}

function decided(verdict: 'supported' | 'contradicted', c: Candidate, claim: Statement, reading: ClaimReading, same: Candidate[]): ClaimResult {
  const u = c.a.unit;
  const quote = quoteOf(u.text);
  const evidence: Citation[] = [citation(u, 1, c.a.coverage, quote)];
  // One more passage that says the same for the same population, the law or the report as the claim is about.
  const second = same.find((x) => x.a.unit.source !== u.source && x.fit === 'same');
  if (second) evidence.push(citation(second.a.unit, 2, second.a.coverage));
  if (claim.legal) evidence.sort((x, y) => (x.source === 'law' ? 0 : 1) - (y.source === 'law' ? 0 : 1));
  else evidence.sort((x, y) => (x.source === 'report' ? 0 : 1) - (y.source === 'report' ? 0 : 1));
  evidence.forEach((e, i) => {
    e.id = String(i + 1);
  });
  const p = c.outcome.pair;
  const match: ClaimMatch = {
    kind: 'sentence',
    evidenceId: evidence.find((e) => e.quote === quote)?.id ?? '1',
    text: quote,
    population: describePopulation(claim, u),
    measure: describeMeasure(claim),
    ...(p?.claim.text ? { claimed: amountOut(p.claim) } : {}),
    ...(p?.source ? { stated: amountOut(p.source) } : {}),
  };
  const about = `Het gaat om ${describePopulation(claim, u)}.`;
  const explanation =
    `${verdict === 'supported' ? 'Ondersteund.' : 'Tegengesproken.'} Volgens ${where(u)}: ${quoted(quote)} ${about} ${comparisonText(c, verdict)}`.trim();
  const confidence = verdict === 'supported' ? 0.45 + 0.45 * c.a.coverage + (p ? 0.05 : 0) : 0.4 + 0.45 * c.a.coverage + (p ? 0.08 : 0);
  return { verdict, confidence: round(Math.min(0.95, confidence)), explanation, evidence, match, reading };
}

function otherPopulation(index: SourceIndex, c: Candidate, claim: Statement, reading: ClaimReading): ClaimResult {
  const u = c.a.unit;
  const quote = quoteOf(u.text);
  const evidence = [citation(u, 1, c.a.coverage, quote)];
  let why: string;
  switch (c.fit) {
    case 'otherType': {
      const theirs = [...u.narrow].map(schoolTypeLabel).join(' en ');
      const ours = [...claim.schoolTypes].map(schoolTypeLabel).join(' en ');
      why = `Het rapport zegt dit over ${theirs}, niet over ${ours}: volgens ${where(u)}: ${quoted(quote)} Een bevinding over de ene groep geldt niet vanzelf voor de andere.`;
      break;
    }
    case 'generalises': {
      const warn = index.units.find((x) => /generaliserende uitspraken/.test(x.text));
      if (warn) evidence.push(citation(warn, 2, 1));
      why = `Het rapport stelt dit alleen vast voor de onderzochte afdelingen (18 afdelingen in een verkennend, kwalitatief onderzoek): volgens ${where(u)}: ${quoted(quote)}${
        warn ? ` Het rapport waarschuwt zelf (${where(warn)}): “${quoteOf(warn.text)}”` : ''
      } Een uitspraak over alle scholen in Nederland volgt daar niet uit.`;
      break;
    }
    case 'otherScope':
      why =
        claim.scope === 'survey'
          ? `De vragenlijst (hoofdstuk 11) vroeg alleen naar de typen stages, de leerjaren en het PTA. Dit komt uit het onderzoek bij de bezochte afdelingen: volgens ${where(u)}: ${quoted(quote)}`
          : `Het rapport zegt dit over een andere groep afdelingen: volgens ${where(u)}: ${quoted(quote)}`;
      break;
    case 'otherSpeaker': {
      why = `Het rapport zegt dit over wat een andere groep aangeeft: volgens ${where(u)}: ${quoted(quote)}`;
      break;
    }
    default:
      why = `Volgens ${where(u)}: ${quoted(quote)}`;
  }
  return notInSources(reading, why, 0.7, evidence);
}

/** The sentences around a unit in its paragraph (two either side), or the other sentences of its lid. */
function neighboursOf(index: SourceIndex, u: SourceUnit): SourceUnit[] {
  const out: SourceUnit[] = [];
  for (let i = Math.max(0, u.idx - 2); i <= Math.min(index.units.length - 1, u.idx + 2); i++) {
    const n = index.units[i]!;
    if (n === u || n.source !== u.source) continue;
    if (u.source === 'report' ? n.section === u.section && n.paragraph === u.paragraph : n.article === u.article && n.lid === u.lid) out.push(n);
  }
  return out;
}

/** A judge over one corpus: the source statements are read once, each claim is then judged in milliseconds. */
export function createClaimJudge(
  corpus: { report: Report; articles: LawArticle[]; kernpunten?: KernpuntJson[] },
  opts: { thresholds?: Thresholds } = {},
): (claim: string) => ClaimResult {
  const index = buildSourceIndex(corpus.report, corpus.articles, corpus.kernpunten);
  return (claim: string) => judgeWith(index, claim, opts.thresholds ?? THRESHOLDS);
}

/** Judges a claim against the report and the law. Pure: the corpus is the only input. */
export function judgeClaim(claim: string, ctx: JudgeContext): ClaimResult {
  return judgeWith(buildSourceIndex(ctx.report, ctx.articles, ctx.kernpunten), claim);
}
