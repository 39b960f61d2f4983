// The Dutch of a verdict: citations that quote the deciding sentence verbatim, where it stands, and the amounts
// side by side with the rounding rule that compared them.
import type { Citation } from '../domain.ts';
import { groupLabel, schoolTypeLabel } from '../nl/populations.ts';
import { formatPercent, type Amount } from '../nl/quantities.ts';
import type { Statement } from './reading.ts';
import type { SourceUnit } from './sources.ts';

/** An amount as the response carries it (contract: Amount). */
export interface AmountOut {
  text: string;
  value?: number;
  unit?: 'percent' | 'count';
  bound?: 'exact' | 'about' | 'at_least' | 'at_most' | 'more_than' | 'less_than';
}

/** What decided the verdict (contract: ClaimMatch). */
export interface ClaimMatch {
  kind: 'fact' | 'sentence';
  evidenceId?: string;
  text: string;
  population?: string;
  measure?: string;
  claimed?: AmountOut;
  stated?: AmountOut;
}

/** How the claim was read. */
export interface ClaimReading {
  /** Dutch: whom it is about ("de onderzochte pro-afdelingen, volgens schoolleiders"). */
  population: string;
  /** Dutch: the words that say what it asserts. */
  measure: string;
  amount?: AmountOut;
  negated: boolean;
  /** 'law': about what the law requires or allows; 'findings': about what the report found. */
  about: 'law' | 'findings';
}

const BOUND: Record<Amount['bound'], AmountOut['bound']> = {
  exact: 'exact',
  about: 'about',
  min: 'at_least',
  max: 'at_most',
  over: 'more_than',
  under: 'less_than',
};

export function amountOut(a: Amount): AmountOut {
  const out: AmountOut = { text: a.text, bound: BOUND[a.bound] };
  if (a.kind === 'share') {
    out.unit = 'percent';
    out.value = Math.round(a.value * 1000) / 10;
  } else if (a.kind === 'count') {
    out.unit = 'count';
    out.value = a.value;
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}`.replace('.', ',');

/** "45–55%", "45,7%", "41–50": an interval as read. */
export function interval(x: { lo: number; hi: number }, share: boolean): string {
  if (share) {
    if (Math.abs(x.hi - x.lo) < 0.002) return formatPercent((x.lo + x.hi) / 2);
    return `${pct(x.lo)}–${pct(x.hi)}%`;
  }
  const f = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 10) / 10).replace('.', ',') : '…');
  if (x.lo === x.hi) return f(x.lo);
  if (!Number.isFinite(x.hi)) return `${f(x.lo)} of meer`;
  if (x.lo <= 0) return `hoogstens ${f(x.hi)}`;
  return `${f(x.lo)} tot ${f(x.hi)}`;
}

/** The rounding rule an amount was read with, in Dutch. */
export function roundingRule(a: Amount): string {
  if (a.kind === 'date') return '';
  if (a.form === 'word') return `“${a.text}” lezen we als ${interval(a, true)}`;
  if (a.form === 'fraction')
    return `“${a.text}” lezen we als ${interval(a, true)} (een breuk in woorden telt met 4 procentpunten marge${a.hedge ? `, “${a.hedge}” ruimer` : ''})`;
  if (a.form === 'percent') return a.hedge ? `“${a.text}” lezen we als ${interval(a, true)}` : `“${a.text}” is afgerond: ${interval(a, true)}`;
  if (a.form === 'ratio') return `“${a.text}” is ${interval(a, true)}`;
  if (a.hedge) return `“${a.text}” lezen we als ${interval(a, false)}`;
  return '';
}

/** "§5.2.3 (p. 21)", "artikel 2.36 lid 1 UB WVO 2020". */
export function where(u: SourceUnit): string {
  if (u.source === 'law') return `artikel ${u.article}${u.lid ? ` lid ${u.lid}` : ''} ${u.law}`;
  return `§${u.section}${u.footnote !== undefined ? `, voetnoot ${u.footnote}` : ''}${u.page ? ` (p. ${u.page})` : ''}`;
}

/** A verbatim piece of at most `max` characters, around `focus`. */
export function quoteOf(text: string, focus = 0, max = 400): string {
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

export function citation(u: SourceUnit, id: number, score: number, quote = quoteOf(u.text)): Citation {
  const c: Citation = { id: String(id), source: u.source, title: u.title, quote, score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100 };
  if (u.source === 'report') {
    c.section = u.section;
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

/** Dutch: whom a statement is about. */
export function describePopulation(s: Statement, unit?: SourceUnit): string {
  const types = unit ? [...unit.narrow] : [...s.schoolTypes];
  const scope = unit ? unit.scope : s.scope;
  const typeText = types.map((t) => schoolTypeLabel(t)).join(' en ');
  const base =
    scope === 'survey'
      ? `${typeText ? `${typeText}-` : ''}afdelingen in de vragenlijst`
      : scope === 'researched'
        ? `de onderzochte ${typeText ? `${typeText}-` : ''}afdelingen`
        : scope === 'country'
          ? `${typeText || 'het voortgezet onderwijs'} in Nederland`
          : scope === 'law'
            ? 'wat de wet regelt'
            : typeText || 'geen bepaalde groep';
  const speakers = unit ? [...unit.speakers] : [...s.speakers];
  return speakers.length > 0 ? `${base}, volgens ${speakers.map(groupLabel).join(' en ')}` : base;
}

export function describeMeasure(s: Statement): string {
  return s.terms.map((t) => t.text).join(' ');
}

/** A quote in Dutch quotation marks, closing the sentence unless the quote already does: “… plaats.” */
export function quoted(quote: string): string {
  return /[.!?…]$/.test(quote.trim()) ? `“${quote}”` : `“${quote}”.`;
}

export function capital(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}
