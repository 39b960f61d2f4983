// Claims about the survey of chapter 11 ("92% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan"),
// judged against the fact rows: the stage type, the question (offered, in which leerjaar, part of the PTA), the school
// type (vmbo, havo/vwo) and the base (all afdelingen that answered, or those that offer that stage type).
import { reportFacts, stageTypeLabel, type Fact, type StageType, type SurveyQuestion } from '../corpus/facts.ts';
import survey from '../corpus/facts.json';
import type { Citation, Report } from '../domain.ts';
import { PhraseMatcher } from '../nl/index.ts';
import { isMeasure, overlaps, type Amount } from '../nl/quantities.ts';
import { amountOut, interval, quoted, roundingRule, type ClaimMatch } from './explain.ts';
import type { Statement } from './reading.ts';

export interface SurveyVerdict {
  verdict: 'supported' | 'contradicted';
  confidence: number;
  explanation: string;
  evidence: Citation[];
  match: ClaimMatch;
}

type Marker = { kind: 'stage'; type: StageType } | { kind: 'question'; q: SurveyQuestion } | { kind: 'all' } | { kind: 'with' };
const matcher = new PhraseMatcher<Marker>([
  ...Object.entries(survey.stageTypes).flatMap(([id, t]) => t.phrases.map((phrase) => ({ phrase, value: { kind: 'stage', type: id as StageType } as Marker }))),
  ...Object.entries(survey.questions).flatMap(([id, q]) =>
    q.phrases.map((phrase) => ({ phrase, value: { kind: 'question', q: id as SurveyQuestion } as Marker })),
  ),
  ...survey.allRespondents.map((phrase) => ({ phrase, value: { kind: 'all' } as Marker })),
  ...survey.withType.map((phrase) => ({ phrase, value: { kind: 'with' } as Marker })),
]);

const NOTE = 'Deze cijfers komen uit de vragenlijst voor de Staat van het Onderwijs 2025 (138 vmbo- en 99 havo/vwo-afdelingen).';

interface Reading {
  stageType: StageType;
  question: SurveyQuestion;
  leerjaar?: number;
  /** the claim's base is all afdelingen that answered ("van alle havo/vwo-afdelingen") */
  allBase: boolean;
  amount: Amount & { group: string | null };
  negated: boolean;
}

function readSurveyClaim(text: string, claim: Statement): Reading | null {
  const found = matcher.find(text);
  const stages = found.filter((m) => m.value.kind === 'stage').sort((a, b) => b.last - b.first - (a.last - a.first));
  const stage = stages[0];
  if (!stage) return null;
  const stageType = (stage.value as { type: StageType }).type;
  const questions = new Set(found.filter((m) => m.value.kind === 'question').map((m) => (m.value as { q: SurveyQuestion }).q));
  if (!questions.has('aangeboden') && !questions.has('pta')) return null;
  if (claim.broadTypes.has('pro') || claim.outside.size > 0) return null;
  if (claim.scope === 'researched') return null;
  const question: SurveyQuestion = questions.has('pta') ? 'pta' : claim.leerjaren.length > 0 ? 'leerjaar' : 'aangeboden';
  // The amount: a share of afdelingen, or a count of them; not one inside the stage type ("minstens één").
  const amounts = claim.amounts.filter((a) => !(a.start >= stage.start && a.end <= stage.end) && a.kind !== 'date');
  // a duration or a number of hours, days or visits is not what the survey asked ("duurt meestal 30 uur")
  if (amounts.some((a) => a.kind === 'count' && isMeasure(a.unit))) return null;
  const share = amounts.find((a) => a.kind === 'share' && a.form !== 'word') ?? amounts.find((a) => a.kind === 'share');
  const count = amounts.find((a) => a.kind === 'count' && (a.group === 'afdelingen' || a.unit === null) && a.form !== 'range');
  const amount = share ?? count;
  if (!amount) return null;
  // A count of afdelingen "in Nederland" is about the country, not the survey's sample.
  if (amount.kind === 'count' && claim.scope === 'country') return null;
  // The survey counts afdelingen: a share of leerlingen or bedrijven is something it does not say.
  if (amount.group && amount.group !== 'afdelingen') return null;
  const negations = claim.negations.filter((n) => !(n.start >= stage.start && n.end <= stage.end));
  const hasAll = found.some((m) => m.value.kind === 'all');
  const allBase = hasAll && question !== 'aangeboden' && !found.some((m) => m.value.kind === 'with' && m.start > stage.start - 30 && m.start < stage.start);
  return { stageType, question, leerjaar: claim.leerjaren[0], allBase, amount, negated: negations.length % 2 === 1 };
}

function row(facts: Fact[], type: 'vmbo' | 'havo/vwo', stage: StageType, question: SurveyQuestion, leerjaar?: number): Fact | undefined {
  return facts.find(
    (f) =>
      f.survey &&
      f.population.schoolType === type &&
      f.survey.stageType === stage &&
      f.survey.question === question &&
      (question !== 'leerjaar' || f.survey.leerjaar === leerjaar),
  );
}

function respondents(facts: Fact[], type: 'vmbo' | 'havo/vwo'): number {
  return facts.find((f) => f.survey?.table && f.survey.question === 'aangeboden' && f.population.schoolType === type)?.of ?? 0;
}

/** Judges a claim about the survey, or returns null when the claim is not about it (or depends on what it leaves open). */
export function judgeSurveyClaim(text: string, claim: Statement, report: Report): SurveyVerdict | null {
  const r = readSurveyClaim(text, claim);
  if (!r) return null;
  const facts = reportFacts(report);
  const types: Array<'vmbo' | 'havo/vwo'> = [];
  if (claim.broadTypes.has('vmbo')) types.push('vmbo');
  if (claim.broadTypes.has('havo/vwo')) types.push('havo/vwo');
  if (types.length === 0) types.push('vmbo', 'havo/vwo');

  const results: Array<{ ok: boolean; fact: Fact; stated: { lo: number; hi: number }; share: boolean; base: string }> = [];
  for (const type of types) {
    const any = r.stageType === 'any';
    const fact = row(facts, type, any ? 'geen' : r.stageType, r.question, r.leerjaar);
    if (!fact || fact.of === undefined || fact.share === undefined) continue;
    const total = r.allBase ? respondents(facts, type) : fact.of;
    const yes = any ? fact.of - fact.value : fact.value;
    const a = r.amount;
    let ok: boolean;
    let stated: { lo: number; hi: number };
    let share = true;
    if (a.kind === 'count') {
      share = false;
      stated = { lo: yes, hi: yes };
      ok = !r.negated ? overlaps(a, stated) : overlaps(a, { lo: total - yes, hi: total - yes });
    } else {
      const p = yes / total;
      stated = { lo: p, hi: p };
      const claimed = r.negated ? { lo: 1 - a.hi, hi: 1 - a.lo } : a;
      ok = overlaps(claimed, stated, 0.0005);
    }
    const base = r.allBase ? `alle ${total} ${type}-afdelingen die de vragenlijst invulden` : (fact.population.condition ?? `${total} ${type}-afdelingen`);
    results.push({ ok, fact, stated, share, base });
  }
  if (results.length === 0) return null;
  const allOk = results.every((x) => x.ok);
  const allBad = results.every((x) => !x.ok);
  if (!allOk && !allBad) return null; // depends on the school type the claim leaves open
  const verdict = allOk ? 'supported' : 'contradicted';
  const evidence: Citation[] = results.map((x, i) => ({
    id: String(i + 1),
    source: 'report',
    section: '11',
    title: `Tabel ${x.fact.survey!.table}`,
    ...(x.fact.source.page ? { page: x.fact.source.page } : {}),
    quote: x.fact.source.quote,
    score: 1,
  }));
  const a = r.amount;
  const parts = results.map((x) => {
    const n = r.stageType === 'any' ? x.fact.of! - x.fact.value : x.fact.value;
    const what = r.stageType === 'any' ? stageTypeLabel('any') : stageTypeLabel(r.stageType);
    const stated = `${n} van de ${x.base} (${interval(x.stated, true)})`;
    const rule = roundingRule(a);
    const claimed = `de bewering zegt “${a.text}”${r.negated ? ' (met ontkenning)' : ''}${rule ? `, dat lezen we als ${rule.replace(/^“[^”]*” (lezen we als |is afgerond: |is )/, '')}` : ''}`;
    return `Volgens tabel ${x.fact.survey!.table} (§11${x.fact.source.page ? `, p. ${x.fact.source.page}` : ''}): ${quoted(x.fact.source.quote)} Dat is ${x.share ? stated : `${n} afdelingen`} voor ${what}${r.question === 'pta' ? ' als onderdeel van het PTA' : r.question === 'leerjaar' ? ` in leerjaar ${r.leerjaar}` : ''}; ${claimed}. ${x.ok ? 'Dat past.' : 'Dat past niet.'}`;
  });
  const first = results[0]!;
  const match: ClaimMatch = {
    kind: 'fact',
    evidenceId: '1',
    text: first.fact.source.quote,
    population: first.base,
    measure: first.fact.measure,
    claimed: amountOut(a),
    stated: first.share
      ? { text: `${(first.stated.lo * 100).toFixed(1).replace('.', ',')}%`, value: Math.round(first.stated.lo * 1000) / 10, unit: 'percent', bound: 'exact' }
      : { text: String(first.stated.lo), value: first.stated.lo, unit: 'count', bound: 'exact' },
  };
  return {
    verdict,
    confidence: a.form === 'word' ? 0.85 : 0.93,
    explanation: `${verdict === 'supported' ? 'Ondersteund.' : 'Tegengesproken.'} ${parts.join(' ')} ${NOTE}`,
    evidence,
    match,
  };
}
