// Rule-based claim checking against the inspectorate report and the law.
//
// Decision rules (documented for users of the verdicts):
// - `supported` only when a retrieved passage states the claim: high term overlap AND every number,
//   percentage, share word ("de meeste", "een kwart") or negation in the claim agrees with it.
// - `contradicted` when a passage about the same thing (same topic, same school type) states a
//   different number/share, the opposite polarity or an opposite word (stijgen/dalen).
// - `not_in_sources` when nothing relevant is found, when the report only says it about another
//   group (pro instead of vmbo, mbo/hbo, maatschappelijke stage), or when the claim turns a finding
//   about the researched afdelingen into a national fact: the report warns it cannot generalise.
//   A national claim that the sample itself already refutes ("alle scholen ...", while most of the
//   researched afdelingen do not) is `contradicted`.
// - Tolerances: a stated integer percentage matches within ±0,5 point, a stated decimal within its
//   last digit; "ongeveer/circa/rond/zo'n" widen to ±5 points, "bijna" means up to 8 points below,
//   "ruim" up to 8 above; "een kwart/de helft/een derde" match within ±4 points.

import type { Citation, LawArticle, Report, ReportTable, ReportTableRow, ScoredChunk } from '../domain.ts';
import { buildIndex, coverage, queryTerms, unitsForChunk, wordOverlap, type EvidenceIndex, type QueryTerm, type Unit } from './evidence.ts';
import {
  extractQuantities,
  formatPct,
  intervalGap,
  intervalsOverlap,
  nounsAgree,
  numbersAgree,
  stanceOf,
  type Quantities,
  type Stance,
} from './quantity.ts';
import {
  POPULATION_LABEL,
  actorsIn,
  isLegalClaim,
  isNationalClaim,
  populationsIn,
  speakerIn,
  stageTypesIn,
  type Actor,
  type Population,
  type StageType,
} from './scope.ts';
import { contentTerms, fold } from './text.ts';

export type Verdict = 'supported' | 'contradicted' | 'not_in_sources';

export interface ClaimResult {
  verdict: Verdict;
  confidence: number;
  explanation: string; // Dutch, quotes the deciding passage with section and page
  evidence: Citation[];
}

export interface JudgeContext {
  passages: ScoredChunk[];
  report: Report;
  articles: LawArticle[];
}

// Thresholds on weighted term coverage (0..1).
const RELEVANT = 0.45; // below: not about the same thing
const CONFLICT_MIN = 0.55; // a contradiction needs at least this overlap
const SUPPORT_MIN = 0.66; // support needs at least this overlap
const OWN_CONFLICT_MIN = 0.45; // a different figure or an opposite word must be in a sentence about the claim's topic
const OWN_POLARITY_MIN = 0.6; // a bare negation even more so
const RESTATES = 0.6; // share of the claim's words a sentence repeats to count as restating it

interface ClaimInfo {
  text: string;
  terms: QueryTerm[];
  quantities: Quantities;
  stance: Stance;
  populations: Set<Population>;
  speakers: Set<Actor>;
  stageTypes: Set<StageType>;
  national: boolean;
  legal: boolean;
  /** the claim states a precise quantity (percentage, ratio, fraction, count, year) */
  precise: boolean;
}

interface Candidate {
  unit: Unit;
  rel: number;
  /** coverage by the sentence alone, without its paragraph and section context */
  own: number;
  /** share of the claim's words the sentence repeats: a high share means it restates the claim */
  overlap: number;
  missing: string[];
}

interface Outcome {
  agree: boolean; // every stated quantity/polarity agrees
  conflict: boolean;
  /** what conflicts: a number/share (strong) or only polarity/opposite words (weaker) */
  conflictKind: 'quantity' | 'polarity' | 'antonym' | null;
  explicit: boolean; // a number or share was actually compared
  reason: string; // Dutch
}

const DEFAULT_DENOMINATOR: Record<string, number> = { vmbo: 10, pro: 7, lwt: 4 };

function analyse(index: EvidenceIndex, claim: string): ClaimInfo {
  const quantities = extractQuantities(claim);
  const populations = populationsIn(claim);
  const denom = populations.has('pro') ? 7 : populations.has('lwt') ? 4 : 10;
  const stance = stanceOf(quantities, denom);
  let speakers = speakerIn(claim);
  if (speakers.size === 0) {
    const head = fold(claim).split(/\s+/).slice(0, 4).join(' ');
    speakers = actorsIn(head);
  }
  const precise =
    quantities.shares.some((s) => s.kind !== 'quantifier') ||
    quantities.numbers.some((n) => n.noun !== null && n.denom === undefined);
  return {
    text: claim,
    terms: queryTerms(index, claim),
    quantities,
    stance,
    populations,
    speakers,
    stageTypes: stageTypesIn(claim),
    national: isNationalClaim(claim),
    legal: isLegalClaim(claim),
    precise,
  };
}

// ---------------------------------------------------------------- citations and explanations

function where(u: Unit): string {
  if (u.source === 'law') return `artikel ${u.article}${u.lid ? ` lid ${u.lid}` : ''} ${u.law}`;
  return `§${u.ref}${u.footnote !== undefined ? `, voetnoot ${u.footnote}` : ''}${u.page ? ` (p. ${u.page})` : ''}`;
}

/** A verbatim piece of the unit text of at most `max` characters around `focus`. */
function quoteOf(text: string, focus = 0, max = 400): string {
  if (text.length <= max) return text;
  let start = Math.max(0, Math.min(focus - 120, text.length - max));
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    if (sp > 0 && sp < start + 30) start = sp + 1;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > start + max / 2) end = sp;
  }
  return text.slice(start, end).trim();
}

function citation(u: Unit, score: number, i: number, quote?: string): Citation {
  const c: Citation = { id: String(i + 1), source: u.source, title: u.title, quote: quote ?? quoteOf(u.text), score: round(score) };
  if (u.source === 'report') {
    c.section = u.ref;
    if (u.page) c.page = u.page;
    if (u.footnote !== undefined) c.footnote = u.footnote;
  } else {
    c.law = u.law;
    c.article = u.article;
    if (u.lid) c.lid = u.lid;
    c.url = u.url;
  }
  return c;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function says(u: Unit, quote: string): string {
  return u.source === 'law' ? `Volgens ${where(u)}: “${quote}”` : `Volgens ${where(u)}: “${quote}”`;
}

// ---------------------------------------------------------------- tables (chapter 11)

const TABLE_INTENT = /(?:aan)?bied|aangeboden|aanbod|konden leerlingen|kunnen leerlingen|\bpta\b|programma van toetsing|examendossier|onderdeel van (?:het )?(?:examen|pta)|stage(?:s)? (?:hebben|heeft|kennen|kent)|\bheeft een\b|\bhebben een\b/;

function rowMatcher(claimFold: string, types: Set<StageType>): RegExp | null {
  if (/\bander(?:e)? type/.test(claimFold)) return /ander type/i;
  if (/\bgeen (?:enkele )?(?:van (?:deze|bovenstaande|de genoemde|die) )?(?:type )?(?:stages?|stagevormen)\b|\bgeen van bovenstaande/.test(claimFold)) return /geen van/i;
  if (types.has('mas')) return /maatschappelijk/i;
  if (types.has('lwt')) return /buitenschools|leerwerk/i;
  if (types.has('beroepsorienterend')) return /beroepsori/i;
  return null;
}

function tableQuote(report: Report, table: ReportTable, row: ReportTableRow): string | null {
  const sec = report.sections.find((s) => s.number === table.id.split('.')[0]);
  if (!sec) return null;
  const from = Math.max(0, sec.text.indexOf(`Tabel ${table.id}`));
  const pct = row.yes.pct.toFixed(1).replace('.', ',');
  const lines = sec.text.slice(from).split('\n');
  for (const line of lines) {
    if (!line.includes(`ja ${row.yes.n} (${pct}%)`)) continue;
    if (row.leerjaar !== null && !line.includes(`leerjaar ${row.leerjaar}`)) continue;
    if (!line.includes(`totaal ${row.total}`)) continue;
    return line.trim();
  }
  return null;
}

function judgeTables(info: ClaimInfo, report: Report): ClaimResult | null {
  const f = fold(info.text);
  if (!TABLE_INTENT.test(f)) return null;
  const re = rowMatcher(f, info.stageTypes);
  if (!re) return null;
  const pta = /\bpta\b|programma van toetsing|examen/.test(f);
  const leerjaar = info.quantities.numbers.find((n) => n.noun === 'leerjaar')?.value ?? null;
  const pops: Array<'vmbo' | 'havo/vwo'> = [];
  if (info.populations.has('vmbo') || info.populations.has('lwt')) pops.push('vmbo');
  if (info.populations.has('havovwo')) pops.push('havo/vwo');
  if (info.populations.has('pro') || info.populations.has('mbo') || info.populations.has('ho')) return null;
  if (pops.length === 0) pops.push('vmbo', 'havo/vwo');
  // What the claim says: a share (percentage, fraction, quantifier) or a count of afdelingen.
  const shareMention = info.stance.source;
  const count = info.quantities.numbers.find((n) => n.denom === undefined && n.noun !== 'leerjaar' && n.noun !== 'year' && n.value > 0);
  if (!shareMention && !count) return null;

  const results: Array<{ ok: boolean; table: ReportTable; row: ReportTableRow; detail: string }> = [];
  for (const pop of pops) {
    const table = report.tables.find(
      (t) =>
        t.population === pop &&
        (pta ? /toetsing/i.test(t.title) : leerjaar !== null ? /leerjaar/i.test(t.title) : !/toetsing|leerjaar/i.test(t.title)),
    );
    if (!table) continue;
    const row = table.rows.find((r) => re.test(r.type) && (leerjaar === null || r.leerjaar === leerjaar));
    if (!row) continue;
    const p = row.yes.pct / 100;
    const src = `${formatPct(row.yes.pct)} (${row.yes.n} van de ${row.total} ${pop}-afdelingen${table.id === '11.3' || table.id === '11.4' || table.id === '11.5' || table.id === '11.6' ? ' die deze stage aanbieden' : ''})`;
    if (shareMention) {
      // for the row "Geen van bovenstaande" the "geen" belongs to the row, not to the claim's polarity
      const claimShare = /geen van/i.test(row.type) ? shareMention.share : info.stance.share;
      const ok = intervalsOverlap(claimShare, { lo: p, hi: p });
      let detail: string;
      const stated = shareMention.text;
      if (ok) {
        const diff = Math.abs((shareMention.value ?? p * 100) - row.yes.pct);
        if (shareMention.kind === 'fraction' || shareMention.hedge || (shareMention.kind === 'percent' && diff > 0.05)) {
          detail = `Het rapport geeft ${src}; afgerond is dat “${stated}”, dus dat klopt${shareMention.hedge ? ` (met “${shareMention.hedge}” is een ruimere marge redelijk)` : ' binnen de afronding'}.`;
        } else {
          detail = `Het rapport geeft ${src}; de bewering (“${stated}”) komt daarmee overeen.`;
        }
      } else {
        detail = `Het rapport geeft ${src}; dat is niet “${stated}”${info.stance.negated && !/geen van/i.test(row.type) ? ' (ontkenning meegerekend)' : ''}.`;
      }
      results.push({ ok, table, row, detail });
    } else if (count) {
      const ok = numbersAgree(count, { value: row.yes.n, bound: 'exact', noun: null, text: '', index: 0 });
      results.push({ ok, table, row, detail: ok ? `Het rapport telt ${src}.` : `Het rapport telt ${row.yes.n} afdelingen, niet ${count.value}: ${src}.` });
    }
  }
  if (results.length === 0) return null;
  const allOk = results.every((r) => r.ok);
  const allBad = results.every((r) => !r.ok);
  if (!allOk && !allBad) return null; // depends on the school type the claim does not name
  const verdict: Verdict = allOk ? 'supported' : 'contradicted';
  const evidence: Citation[] = [];
  const parts: string[] = [];
  results.forEach((r, i) => {
    const quote = tableQuote(report, r.table, r.row) ?? r.table.title;
    evidence.push({ id: String(i + 1), source: 'report', section: '11', title: `Tabel ${r.table.id}: ${r.table.title}`, page: r.table.page, quote, score: 1 });
    parts.push(`Volgens tabel ${r.table.id} (§11, p. ${r.table.page}): “${quote}”. ${r.detail}`);
  });
  const note = ' Deze cijfers komen uit de vragenlijst voor de Staat van het Onderwijs 2025 (representatieve steekproef van vo-afdelingen).';
  return {
    verdict,
    confidence: shareMention && shareMention.kind === 'quantifier' ? 0.85 : 0.93,
    explanation: `${verdict === 'supported' ? 'Ondersteund.' : 'Tegengesproken.'} ${parts.join(' ')}${note}`,
    evidence,
  };
}

// ---------------------------------------------------------------- comparing a claim with one sentence

type NumberMentionKey = string;
function keyOf(n: { value: number; noun: string | null; bound: string }): NumberMentionKey {
  return `${n.value}|${n.noun}|${n.bound}`;
}


const ANTONYMS: Array<[RegExp, RegExp]> = [
  [/\b(?:stijg|stijgt|stijgen|gestegen|toe ?neemt|toenemen|toegenomen|groei|groeit|groeien|gegroeid|meer wordt|hoger)\b/, /\b(?:daal|daalt|dalen|gedaald|afneemt|afnemen|afgenomen|krimp|krimpt|gekrompen|lager)\b/],
  [/\b(?:tevreden|positief|positieve)\b/, /\b(?:ontevreden|negatief|negatieve|kritisch|kritischer)\b/],
  [/\b(?:formeel|formele|structureel|structurele|systematisch|systematische)\b/, /\b(?:informeel|informele|impliciet|oppervlakkig)\b/],
  [/\bschriftelijk/, /\bmondeling/],
  [/\bverplicht/, /\b(?:vrijwillig|niet verplicht|optioneel)\b/],
  [/\bgoed geregeld|\bop orde\b/, /\bniet op orde\b|\bonvoldoende\b/],
];

function antonymConflict(claimFold: string, unitFold: string): string | null {
  for (const [a, b] of ANTONYMS) {
    if (a.test(claimFold) && b.test(unitFold) && !a.test(unitFold)) return `de bewering zegt “${claimFold.match(a)![0]}”, de bron “${unitFold.match(b)![0]}”`;
    if (b.test(claimFold) && a.test(unitFold) && !b.test(unitFold)) return `de bewering zegt “${claimFold.match(b)![0]}”, de bron “${unitFold.match(a)![0]}”`;
  }
  return null;
}

function denominatorFor(u: Unit): number {
  for (const p of ['pro', 'lwt', 'vmbo'] as const) if (u.populations.has(p)) return DEFAULT_DENOMINATOR[p]!;
  return 18;
}

/** Two shares agree when they overlap for at least half of the narrower one (point values: any overlap). */
function substantialOverlap(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  const overlap = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);
  const narrow = Math.min(a.hi - a.lo, b.hi - b.lo);
  if (narrow <= 0.02) return overlap >= -0.0005;
  return overlap >= 0.5 * narrow - 1e-9;
}

function describeShare(st: Stance): string {
  if (!st.source) return st.negated ? 'een ontkenning' : 'een algemene bewering';
  return `“${st.source.text}”${st.negated ? ' met ontkenning' : ''}`;
}

function compare(info: ClaimInfo, u: Unit, rel: number, confirmed: Set<NumberMentionKey>): Outcome {
  const uq = u.quantities;
  const reasons: string[] = [];
  let conflict = false;
  let explicit = false;
  let agreeAll = true;
  let conflictKind: Outcome['conflictKind'] = null;
  const flag = (k: NonNullable<Outcome['conflictKind']>) => {
    conflict = true;
    agreeAll = false;
    if (conflictKind !== 'quantity') conflictKind = k;
  };

  // 1. Absolute numbers with their unit (afdelingen, leerlingen, uur, years, leerjaar).
  for (const cn of info.quantities.numbers) {
    if (cn.denom !== undefined || cn.noun === null) continue;
    const same = uq.numbers.filter((un) => un.denom === undefined && nounsAgree(cn.noun, un.noun));
    if (same.length === 0) {
      agreeAll = false;
      continue;
    }
    explicit = true;
    const hit = same.find((un) => numbersAgree(cn, un));
    if (!hit && confirmed.has(keyOf(cn))) {
      agreeAll = false; // another passage confirms this number; this one is about something else
      continue;
    }
    if (!hit && cn.value >= 20 && same.every((un) => un.value <= 3)) {
      agreeAll = false; // "voor één afdeling" speaks of single afdelingen, not of a total like 138
      continue;
    }
    if (hit) {
      reasons.push(`de bron noemt ${hit.text.trim()}${cn.bound !== 'exact' && cn.bound !== hit.bound ? '' : ''}`);
    } else {
      flag('quantity');
      const what = cn.noun === 'year' ? 'jaartal' : cn.noun === 'leerjaar' ? 'leerjaar' : 'aantal';
      reasons.push(`het ${what} klopt niet: de bewering zegt “${cn.text.trim()}”, de bron noemt ${same.map((s) => `“${s.text.trim()}”`).join(', ')}`);
    }
  }

  // 2. Shares and quantifiers (incl. ratios "zes van de zeven"), with predicate negation.
  const us = stanceOf(uq, denominatorFor(u));
  const cs = info.stance;
  const claimPreciseShare = cs.source !== null && cs.source.kind !== 'quantifier';
  if (cs.source || us.source) {
    if (cs.source && !us.source && claimPreciseShare) {
      agreeAll = false; // the claim names a figure the sentence does not give
    } else if (cs.source && us.source && us.source.hedge === 'count' && rel < 0.7) {
      agreeAll = false; // "bij één afdeling ..." only weighs against "alle" when it is clearly the same statement
    } else if (cs.source && us.source) {
      explicit = true;
      if (claimPreciseShare && us.source.kind === 'quantifier' && intervalsOverlap(cs.share, us.share)) {
        agreeAll = false; // a precise figure needs a precise source ("drie van de zeven" is not confirmed by "sommige")
        explicit = false;
      } else if (intervalsOverlap(cs.share, us.share) && !substantialOverlap(cs.share, us.share)) {
        agreeAll = false; // "een aantal" neither confirms nor refutes "de meeste"
      } else if (intervalsOverlap(cs.share, us.share)) {
        reasons.push(`de bron zegt ${describeShare(us)}, dat past bij ${describeShare(cs)} in de bewering`);
      } else {
        flag('quantity');
        reasons.push(`de bewering zegt ${describeShare(cs)}, de bron ${describeShare(us)}`);
      }
    } else if (!cs.source && us.source) {
      // generic claim ("scholen evalueren niet") against a quantified sentence
      const generic = cs.negated ? { lo: 0, hi: 0.5 } : { lo: 0.5, hi: 1 };
      const gap = intervalGap(generic, us.share);
      const countOnly = us.source.hedge === 'count';
      const lawVsFinding = info.legal && u.kind === 'findings';
      if (gap > 0.1 && rel >= 0.65 && !countOnly && !lawVsFinding) {
        flag('quantity');
        explicit = true;
        reasons.push(`de bewering geldt in het algemeen${cs.negated ? ' (ontkennend)' : ''}, de bron zegt ${describeShare(us)}`);
      } else if (countOnly) {
        // "18 afdelingen" is a count, not a share; the number check above handles it
      } else if (gap > 0 || lawVsFinding) {
        agreeAll = false;
      } else {
        reasons.push(`de bron zegt ${describeShare(us)}`);
      }
    } else if (cs.source && !us.source) {
      // quantifier in the claim, generic sentence
      const generic = us.negated ? { lo: 0, hi: 0.45 } : { lo: 0.55, hi: 1 };
      if (!intervalsOverlap(cs.share, generic) && rel >= 0.65) {
        flag('polarity');
        reasons.push(`de bewering zegt ${describeShare(cs)}, de bron spreekt zonder voorbehoud${us.negated ? ' ontkennend' : ''}`);
      } else if (cs.share.lo > 0.9 || cs.share.hi < 0.1) {
        agreeAll = false; // "alle"/"geen" needs an explicit statement
      }
    }
  } else if (cs.negated !== us.negated) {
    // 3. Polarity without quantifiers: "hoeft niet schriftelijk" vs "een schriftelijke overeenkomst".
    if (rel >= (info.legal && u.source === 'law' ? 0.6 : 0.72)) {
      flag('polarity');
      reasons.push(cs.negated ? 'de bewering ontkent wat de bron bevestigt' : 'de bron ontkent wat de bewering stelt');
    }
    agreeAll = false;
  }

  // 4. Opposite words.
  const ant = antonymConflict(fold(info.text), fold(u.text));
  if (ant && rel >= 0.58) {
    flag('antonym');
    reasons.push(ant);
  }
  return { agree: agreeAll && !conflict, conflict, conflictKind, explicit, reason: reasons.join('; ') };
}

// ---------------------------------------------------------------- scope helpers

function populationCompatible(info: ClaimInfo, u: Unit): boolean {
  if (u.source === 'law') return true;
  const cps = [...info.populations].filter((p) => p !== 'mbo' && p !== 'ho');
  if (cps.length === 0) return true;
  // The qualitative research never covered havo/vwo: only sentences that name it can speak about it.
  if (cps.length === 1 && cps[0] === 'havovwo') return u.sentencePopulations.has('havovwo');
  if (u.populations.size === 0) return true;
  if (cps.some((p) => u.populations.has(p))) return true;
  if (cps.includes('vmbo') && u.populations.has('lwt')) return true; // lwt is a vmbo-bb variant
  if (cps.includes('lwt') && u.sentencePopulations.has('lwt')) return true;
  return false;
}

const REQUIRED_TYPES: StageType[] = ['mas', 'entree', 'plaatsing', 'intern', 'blok', 'lint', 'lwt'];

function stageTypeCompatible(info: ClaimInfo, u: Unit): boolean {
  for (const t of REQUIRED_TYPES) {
    if (!info.stageTypes.has(t)) continue;
    if (u.stageTypes.has(t)) continue;
    if (t === 'lwt' && (u.populations.has('lwt') || u.source === 'law')) continue;
    return false;
  }
  return true;
}

function findUnit(index: EvidenceIndex, re: RegExp): Unit | undefined {
  return index.units.find((u) => re.test(u.text));
}

// ---------------------------------------------------------------- verdicts

function notInSources(explanation: string, confidence: number, units: Array<{ unit: Unit; score: number }> = []): ClaimResult {
  return {
    verdict: 'not_in_sources',
    confidence: round(confidence),
    explanation,
    evidence: units.map((x, i) => citation(x.unit, x.score, i)),
  };
}

const NOTHING =
  'Niet in de bronnen. Het inspectierapport en de wetsartikelen bevatten geen passage die dit onderwerp behandelt, dus de bewering kan er niet mee worden bevestigd of weerlegd.';

/**
 * Judge a claim against retrieved passages (report sentences/passages and law lids).
 * Pure and synchronous: the passages, report and articles are the only input.
 */
export function judgeClaim(claim: string, ctx: JudgeContext): ClaimResult {
  const text = claim.trim();
  const index = buildIndex(ctx.report, ctx.articles);
  const info = analyse(index, text);
  if (contentTerms(text).length < 2) {
    return notInSources('Niet in de bronnen. De tekst bevat te weinig inhoud om als bewering te controleren.', 0.9);
  }

  // Out-of-scope sectors: the report covers vo (vmbo, pro, lwt), not mbo or hoger onderwijs.
  const foreign = [...info.populations].filter((p) => p === 'mbo' || p === 'ho');
  const voPops = [...info.populations].filter((p) => p !== 'mbo' && p !== 'ho');
  if (foreign.length > 0 && voPops.length === 0) {
    const scopeUnit = findUnit(index, /bovensectoraal|sectoren hoger onderwijs/);
    return notInSources(
      `Niet in de bronnen. De bewering gaat over ${foreign.map((p) => POPULATION_LABEL[p]).join(' en ')}, maar dit rapport beschrijft alleen stages in het voortgezet onderwijs (vmbo, praktijkonderwijs, leer-werktrajecten).${
        scopeUnit ? ` ${says(scopeUnit, quoteOf(scopeUnit.text))}; de bevindingen voor die sectoren staan in andere rapporten.` : ''
      }`,
      0.85,
      scopeUnit ? [{ unit: scopeUnit, score: 0.5 }] : [],
    );
  }

  // Names the sources never mention (a city, an organisation): whatever matches is about something else.
  const unknownNames = properNames(text).filter((n) => !index.vocabSet.has(n.stem));
  if (unknownNames.length > 0) {
    return notInSources(
      `Niet in de bronnen. Het rapport en de wetsartikelen noemen ${unknownNames.map((n) => `“${n.raw}”`).join(' en ')} nergens; over wat de bewering daarover stelt zeggen de bronnen niets.`,
      0.8,
    );
  }

  // Chapter 11 tables: percentages and counts of afdelingen that offer a type of stage.
  const table = judgeTables(info, ctx.report);
  if (table) return table;

  // Candidate sentences from the retrieved passages.
  const seen = new Set<number>();
  const units: Unit[] = [];
  for (const p of ctx.passages) {
    if (p.source === 'plan') continue;
    for (const u of unitsForChunk(index, p)) {
      if (!seen.has(u.idx)) {
        seen.add(u.idx);
        units.push(u);
      }
    }
  }
  const claimNumbers = new Set([...info.quantities.numbers.map((n) => n.value), ...info.quantities.shares.flatMap((s) => (s.value !== undefined ? [s.value] : []))]);
  let cands: Candidate[] = units.map((unit) => {
    const cov = coverage(info.terms, unit);
    let rel = cov.score;
    if (info.legal && unit.source === 'law') rel += 0.04;
    // a sentence with the same figure is more likely the one the claim paraphrases
    if (claimNumbers.size > 0) {
      const vals = new Set([...unit.quantities.numbers.map((n) => n.value), ...unit.quantities.shares.flatMap((x) => (x.value !== undefined ? [x.value] : []))]);
      const hits = [...claimNumbers].filter((v) => vals.has(v)).length;
      rel += (0.15 * hits) / claimNumbers.size;
    }
    // speaker: "leerlingen zeggen" should be checked against what leerlingen said
    if (info.speakers.size > 0 && unit.speakers.size > 0 && ![...info.speakers].some((a) => unit.speakers.has(a))) rel *= 0.85;
    const own = coverage(info.terms, { ...unit, contextTerms: [] }).score;
    return { unit, rel: Math.min(1, rel), own, overlap: wordOverlap(text, unit.text), missing: cov.missing };
  });
  const byRelevance = (a: Candidate, b: Candidate) => b.rel - a.rel || a.unit.idx - b.unit.idx;
  cands.sort(byRelevance);
  cands = cands.filter((c) => c.rel >= RELEVANT);
  if (cands.length === 0) {
    const best = units.length > 0 ? Math.max(...units.map((u) => coverage(info.terms, u).score)) : 0;
    return notInSources(NOTHING, 0.9 - 0.5 * best);
  }

  // Stage type: a claim about the maatschappelijke stage needs a passage about that stage.
  const typed = cands.filter((c) => stageTypeCompatible(info, c.unit));
  if (typed.length === 0) {
    const missingType = REQUIRED_TYPES.find((t) => info.stageTypes.has(t))!;
    const masNote = missingType === 'mas' ? findUnit(index, /maatschappelijke stage/i) && findUnit(index, /stelselonderzoek NIET|niet onderzocht/) : undefined;
    const other = cands[0]!;
    const label = missingType === 'mas' ? 'de maatschappelijke stage' : `dit type stage (${missingType})`;
    return notInSources(
      `Niet in de bronnen. Het rapport zegt dit niet over ${label}.${
        masNote ? ` Het onderzoek ging daar niet over: ${says(masNote, quoteOf(masNote.text))}.` : ''
      } De best passende passage gaat over iets anders: ${says(other.unit, quoteOf(other.unit.text))}.`,
      0.75,
      masNote ? [{ unit: masNote, score: 0.6 }, { unit: other.unit, score: other.rel }] : [{ unit: other.unit, score: other.rel }],
    );
  }
  cands = typed;

  // School type: a finding about pro-afdelingen is not a finding about vmbo-afdelingen.
  const same = cands.filter((c) => populationCompatible(info, c.unit));
  if (same.length === 0) {
    const other = cands[0]!;
    const theirs = [...other.unit.populations].map((p) => POPULATION_LABEL[p]).join(' en ');
    const ours = voPops.map((p) => POPULATION_LABEL[p]).join(' en ');
    return notInSources(
      `Niet in de bronnen. Het rapport zegt dit over ${theirs}, niet over ${ours}: ${says(other.unit, quoteOf(other.unit.text))}. Een bevinding over de ene groep geldt niet automatisch voor de andere.`,
      0.7,
      [{ unit: other.unit, score: other.rel }],
    );
  }
  cands = same
    .map((c) => {
      const exact = c.unit.source === 'law' || voPops.length === 0 || c.unit.populations.size === 0 || voPops.some((p) => c.unit.populations.has(p));
      return exact ? c : { ...c, rel: c.rel * 0.9 };
    })
    .sort(byRelevance)
    .filter((c, i) => i < 8 || c.overlap >= RESTATES); // a near-restatement is always considered

  // A claimed number that some relevant passage states is not refuted by passages about other things.
  const confirmed = new Set<NumberMentionKey>();
  for (const cn of info.quantities.numbers) {
    if (cn.denom !== undefined || cn.noun === null) continue;
    if (cands.some((c) => c.unit.quantities.numbers.some((un) => un.denom === undefined && nounsAgree(cn.noun, un.noun) && numbersAgree(cn, un)))) {
      confirmed.add(keyOf(cn));
    }
  }

  const preciseNumbers = info.quantities.numbers.filter((n) => n.denom === undefined && n.noun !== null);
  const allConfirmed = preciseNumbers.length > 0 && preciseNumbers.every((n) => confirmed.has(keyOf(n)));

  // Compare the claim with the best candidates.
  let bestSupport: { c: Candidate; o: Outcome; score: number } | null = null;
  let bestConflict: { c: Candidate; o: Outcome; score: number } | null = null;
  for (const c of cands) {
    const o = compare(info, c.unit, c.rel, confirmed);
    // A claim with precise figures is refuted by a different figure; a mere negation or opposite word
    // in some sentence only counts when that sentence is very close to the claim.
    const legalVsLaw = info.legal && c.unit.source === 'law';
    const strongEnough =
      o.conflictKind === 'quantity'
        ? c.rel >= CONFLICT_MIN
        : allConfirmed
          ? false // every figure in the claim is stated somewhere; a stray negation elsewhere does not refute it
          : info.precise
            ? c.rel >= 0.8 && c.unit.quantities.numbers.some((n) => claimNumbers.has(n.value)) // refuting "2024" needs a sentence about 2024
            : o.conflictKind === 'antonym'
              ? c.rel >= 0.58
              : c.rel >= (legalVsLaw ? 0.6 : 0.72);
    // A contradiction rests on the sentence itself, not on words of its paragraph or section.
    const ownEnough = c.own >= (o.conflictKind === 'polarity' ? OWN_POLARITY_MIN : OWN_CONFLICT_MIN);
    const speakerMismatch = info.speakers.size > 0 && c.unit.speakers.size > 0 && ![...info.speakers].some((a) => c.unit.speakers.has(a));
    if (speakerMismatch && !o.conflict) continue; // what schoolleiders say does not confirm what leerlingen say
    if (o.conflict && strongEnough && ownEnough) {
      const score = c.rel + (o.conflictKind === 'quantity' ? 0.08 : 0);
      if (!bestConflict || score > bestConflict.score) bestConflict = { c, o, score };
    } else if (o.agree) {
      const score = c.rel + (o.explicit ? 0.08 : 0);
      if (!bestSupport || score > bestSupport.score) bestSupport = { c, o, score };
    }
  }

  const claimNeedsExplicit = info.precise;
  const supportOk = bestSupport && bestSupport.c.rel >= SUPPORT_MIN && (!claimNeedsExplicit || bestSupport.o.explicit);

  // A sentence that restates the claim almost word for word and agrees outweighs a conflict found in a looser match.
  const restated = supportOk && bestConflict && bestSupport!.c.overlap >= RESTATES && bestSupport!.c.overlap - bestConflict.c.overlap >= 0.3;
  if (bestConflict && !restated && (!supportOk || bestConflict.score >= bestSupport!.score - 0.02)) {
    const { c, o } = bestConflict;
    const focus = 0;
    const quote = quoteOf(c.unit.text, focus);
    let extra = '';
    if (info.national) {
      const warn = findUnit(index, /generaliserende uitspraken/);
      if (warn) extra = ` Bovendien gaat de bewering over alle scholen, terwijl het rapport waarschuwt (${where(warn)}): “${quoteOf(warn.text)}”`;
    }
    const confidence = 0.45 + 0.4 * c.rel + (o.explicit ? 0.1 : 0);
    return {
      verdict: 'contradicted',
      confidence: round(Math.min(0.95, confidence)),
      explanation: `Tegengesproken. ${says(c.unit, quote)}. ${capital(o.reason)}.${extra}`,
      evidence: [citation(c.unit, c.rel, 0, quote), ...otherEvidence(cands, c.unit, 1)],
    };
  }

  if (supportOk && bestSupport) {
    const { c, o } = bestSupport;
    const quote = quoteOf(c.unit.text);
    // Generalising a finding about the researched afdelingen to the whole country.
    if (info.national && c.unit.kind === 'findings' && !c.unit.national) {
      const warn = findUnit(index, /generaliserende uitspraken/);
      const ev = warn ? [{ unit: warn, score: 1 }, { unit: c.unit, score: c.rel }] : [{ unit: c.unit, score: c.rel }];
      return notInSources(
        `Niet in de bronnen. Het rapport stelt dit alleen vast voor de onderzochte afdelingen (18 afdelingen in een verkennend, kwalitatief onderzoek): ${says(c.unit, quote)}. Het rapport waarschuwt zelf${
          warn ? ` (${where(warn)}): “${quoteOf(warn.text)}”` : ' dat het geen generaliserende uitspraken kan doen'
        } Een uitspraak over alle scholen in Nederland wordt dus niet door het rapport gedragen.`,
        0.75,
        ev,
      );
    }
    const confidence = 0.4 + 0.5 * c.rel + (o.explicit ? 0.08 : 0);
    const detail = o.reason ? ` ${capital(o.reason)}.` : '';
    return {
      verdict: 'supported',
      confidence: round(Math.min(0.95, confidence)),
      explanation: `Ondersteund. ${says(c.unit, quote)}.${detail}`,
      evidence: [citation(c.unit, c.rel, 0, quote), ...otherEvidence(cands, c.unit, 1)],
    };
  }

  const top = cands[0]!;
  const why =
    claimNeedsExplicit && bestSupport
      ? 'De passages over dit onderwerp noemen niet het getal of percentage uit de bewering.'
      : 'De gevonden passages gaan over een verwant onderwerp, maar zeggen niet wat de bewering stelt.';
  return notInSources(`Niet in de bronnen. ${why} Meest verwante passage: ${says(top.unit, quoteOf(top.unit.text))}.`, 0.55 + 0.2 * (1 - top.rel), [
    { unit: top.unit, score: top.rel },
  ]);
}

/** Capitalised words that are not the first word of the claim: likely names (Rotterdam, DUO). */
function properNames(text: string): Array<{ raw: string; stem: string }> {
  const out: Array<{ raw: string; stem: string }> = [];
  const words = [...text.matchAll(/[\p{L}][\p{L}'\-]*/gu)];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]![0];
    const prevEnd = words[i - 1]!.index! + words[i - 1]![0].length;
    if (/[.!?:]\s*$/.test(text.slice(prevEnd, words[i]!.index!))) continue; // new sentence
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) continue;
    const st = contentTerms(w)[0];
    if (st) out.push({ raw: w, stem: st });
  }
  return out;
}

function otherEvidence(cands: Candidate[], except: Unit, offset: number): Citation[] {
  return cands
    .filter((c) => c.unit !== except && c.rel >= SUPPORT_MIN)
    .slice(0, 2)
    .map((c, i) => citation(c.unit, c.rel, i + offset));
}

function capital(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}
