// The extractive composer: a short direct answer (the lead, from kernpunten in the asker's register) first, then the
// source text it rests on, quoted verbatim, each once. No sentence of the lead says more than its kernpunt, and no
// kernpunt more than its spans.
import { pageAt, sectionSourceText, TABLE_ROW, tableCaption } from '../corpus/chunk.ts';
import type { Answer, Chunk, Citation, Persona, Report, ScoredChunk } from '../domain.ts';
import { splitSentences, stem, terms } from '../nl/index.ts';
import { MAX_QUOTE, sourceLabel } from './citations.ts';
import { contentsStatement } from './enumeration.ts';
import type { RankedPoint } from './points.ts';
import type { Reading } from './reading.ts';
import { looksLikeInstruction } from './injection.ts';

/** A law lid is quoted whole, with every onderdeel of its list (UB 2.36 lid 3 a–e). */
export const MAX_LAW_QUOTE = 1200;
const LEAD_SENTENCES = 3;
const QUOTES: Record<Persona, number> = { student: 5, coordinator: 5, inspector: 5 };

export interface Composition {
  reading: Reading;
  passages: ScoredChunk[];
  points: RankedPoint[];
  /** Who to turn to, for a pupil with a problem: added to the lead when it does not say so yet. */
  route?: RankedPoint[];
}

interface Quote {
  chunk: ScoredChunk;
  start: number;
  end: number;
}

/** Referral for pupils with a problem: who to go to. It states no fact about the sources. */
const REFERRAL = 'Praat erover met je stagebegeleider van school, je mentor of de vertrouwenspersoon.';

export class LeadComposer {
  private readonly sections: Map<string, Report['sections'][number]>;
  /**
   * `chunks`: every corpus passage, for points whose passage was not retrieved (a route point); `sentencesOf`: a
   * passage's sentences with their stems (the corpus index keeps them per passage).
   */
  constructor(
    report: Report,
    private readonly chunks?: ReadonlyMap<string, Chunk>,
    private readonly sentencesOf: (chunk: Chunk) => Array<{ start: number; end: number; text: string; stems: ReadonlySet<string> }> = (chunk) =>
      splitSentences(chunk.text).map((x) => ({ ...x, stems: new Set(terms(x.text).map(stem)) })),
  ) {
    this.sections = new Map(report.sections.map((s) => [s.number, s]));
  }

  /** The citation of a quote: report section, page and footnote, or law article and lid; text verbatim. */
  private cite(q: Quote, id: number): Citation {
    const c = q.chunk;
    const max = c.source === 'law' ? MAX_LAW_QUOTE : MAX_QUOTE;
    const full = this.sourceText(c);
    let quote = full.slice(q.start, q.end).trim();
    if (quote.length > max) {
      const cut = quote.lastIndexOf(' ', max);
      quote = quote.slice(0, cut > max / 2 ? cut : max).trimEnd();
    }
    const citation: Citation = { id: String(id), source: c.source, quote, score: c.score };
    if (c.source === 'report') {
      const section = this.sections.get(c.ref);
      citation.section = c.ref;
      citation.title = c.title;
      const page = c.footnote !== undefined ? c.page : section ? pageAt(section, q.start) : c.page;
      if (page !== undefined) citation.page = page;
      if (c.footnote !== undefined) citation.footnote = c.footnote;
    } else if (c.source === 'law') {
      citation.law = c.law!;
      citation.article = c.article!;
      if (c.lid) citation.lid = c.lid;
      citation.url = c.url!;
      citation.title = c.title;
    } else {
      citation.planId = c.planId!;
      citation.title = c.title;
    }
    return citation;
  }

  /** The text offsets of a chunk refer to: the served section text, the article text, the plan text. */
  private sourceText(c: ScoredChunk): string {
    if (c.source === 'report') {
      const s = this.sections.get(c.ref);
      return s ? sectionSourceText(s) : c.text;
    }
    return ' '.repeat(c.start) + c.text; // law and plan chunks carry their own text at [start, end)
  }

  /** Picks the lead's points: the best, and a second one that adds to it without repeating it. */
  private leadPoints(all: RankedPoint[], reading: Reading): RankedPoint[] {
    const [first, ...rest] = all.filter((p) => p.telling);
    if (!first) return [];
    const register = reading.register;
    // What something must contain is answered by the whole statement, in the source's order (a law lid's a–e may be
    // restated by two points), at most three points.
    if (reading.kinds.has('contents') && first.point.spans.some((s) => contentsStatement(s.text) !== null)) {
      const list = all.filter((p) => p.point.source === first.point.source).sort((a, b) => a.point.spans.at(-1)!.start - b.point.spans.at(-1)!.start);
      return list.slice(0, LEAD_SENTENCES);
    }
    const chosen = [first];
    let sentences = splitSentences(first.point[register]).length;
    for (const p of rest.slice(0, 6)) {
      if (p.score < first.score * 0.7 || chosen.length >= 2) break;
      const n = splitSentences(p.point[register]).length;
      if (sentences + n > LEAD_SENTENCES) continue;
      if (chosen.some((c) => overlaps(c, p) || similar(c.point[register], p.point[register]))) continue;
      chosen.push(p);
      sentences += n;
    }
    return chosen;
  }

  compose(input: Composition): Answer {
    const { reading, passages } = input;
    const byId = new Map(passages.map((p) => [p.id, p]));
    // A question about the school's own document is first about that document: no kernpunt leads it.
    const aboutPlan = passages[0]?.source === 'plan';
    const lead = aboutPlan ? [] : this.leadPoints(input.points, reading);
    // A pupil asking what to do gets who can help; a pupil who is hurt or treated unfairly gets the referral (below).
    const needsRoute = reading.persona === 'student' && !reading.safety && reading.kinds.has('route');
    if (needsRoute && !lead.some((p) => p.point.answers?.includes('route'))) {
      // Who to go to takes the place of a second point: the lead stays at three sentences or fewer.
      const route = (input.route ?? []).find((r) => r.point.personas.includes('student') && !lead.some((p) => p.point.id === r.point.id));
      if (route) lead.splice(1, lead.length - 1, route);
    }
    const quotes: Quote[] = [];
    const leadMarkers: number[][] = [];
    for (const p of lead) {
      const stored = this.chunks?.get(p.chunkId);
      const chunk = byId.get(p.chunkId) ?? (stored ? { ...stored, score: 0 } : undefined);
      const markers: number[] = [];
      if (chunk) {
        // A point is cited by one quote: the span (spans close together read as one) that says most of what was
        // asked (a table row about "maatschappelijke stage", not the table's caption).
        for (const s of bestSpan(mergeSpans(p.point.spans), p.point.spans, reading)) {
          const at = addQuote(quotes, { chunk, start: s.start, end: s.end });
          markers.push(at + 1);
        }
      }
      leadMarkers.push([...new Set(markers)]);
    }
    // Then the best sentences of the best passages that the lead does not already quote.
    for (const q of this.extraQuotes(reading, passages, quotes)) {
      if (quotes.length >= QUOTES[reading.persona]) break;
      addQuote(quotes, q);
    }
    if (!quotes.length) return { answer: '', grounded: false, mode: 'extractive', citations: [] };
    const citations = quotes.map((q, i) => this.cite(q, i + 1));
    // The lead: the points in the asker's register, at most LEAD_SENTENCES sentences in all; the first point gives up
    // its later sentences first (each sentence of a kernpunt is faithful on its own).
    const referral = reading.persona === 'student' && (reading.safety || (reading.kinds.has('route') && !lead.some((p) => p.point.answers?.includes('route'))));
    const texts = lead.map((p) => splitSentences(p.point[reading.register].trim(), { lineBreaks: 'paragraph' }).map((x) => x.text));
    let budget = LEAD_SENTENCES - (referral ? 1 : 0);
    const kept = texts.map((sentences, i) => {
      const rest = texts.slice(i + 1).reduce((n, t) => n + Math.min(1, t.length), 0);
      const take = Math.max(1, Math.min(sentences.length, budget - rest));
      budget -= take;
      return sentences.slice(0, take).join(' ');
    });
    const leadText = kept
      .map((text, i) => {
        const marks = leadMarkers[i]!.map((n) => `[${n}]`).join('');
        return `${text}${marks ? ` ${marks}` : ''}`;
      })
      .join(' ');
    const leadOut = [leadText || this.fallbackLead(citations, reading), referral ? REFERRAL : ''].filter(Boolean).join(' ');
    const body = citations.map((c, i) => `- ${[sourceLabel(c), this.readWith(quotes[i]!)].filter(Boolean).join(', ')}: “${c.quote}” [${c.id}]`).join('\n');
    return { answer: `${leadOut}\n\nBronnen:\n${body}`, lead: leadOut, grounded: true, mode: 'extractive', citations };
  }

  /**
   * What a quote is read with: a table row with its table's caption ("Tabel 11.1: vmbo - …"), a list item with the
   * sentence that introduces the list ("In totaal spraken we met:").
   */
  private readWith(q: Quote): string | undefined {
    const text = this.sourceText(q.chunk).slice(q.start, q.end).trim();
    if (TABLE_ROW.test(text))
      return tableCaption(q.chunk.text)
        ?.replace(/\s*\([^)]*\)\s*$/, '')
        .replace(/:$/, '');
    if (!/^[•\-–]\s/.test(text)) return undefined;
    const before = this.sourceText(q.chunk)
      .slice(Math.max(0, q.start - 1500), q.start)
      .split('\n')
      .reverse()
      .slice(0, 12);
    return before
      .find((line) => /:\s*$/.test(line))
      ?.trim()
      .replace(/:$/, '');
  }

  /** Without a kernpunt (a school's own document): say where the answer is, without repeating the quote. */
  private fallbackLead(citations: Citation[], reading: Reading): string {
    const first = citations[0]!;
    if (first.source === 'plan') return reading.register === 'plain' ? 'In jullie document staat hier iets over [1].' : 'Jullie document gaat hierop in [1].';
    return reading.register === 'plain' ? `Hierover staat iets in ${sourceLabel(first)} [1].` : `Zie ${sourceLabel(first)} [1].`;
  }

  /** Per passage (best first), its sentence that shares most of the question's weight; headings and instructions never. */
  private extraQuotes(reading: Reading, passages: ScoredChunk[], taken: Quote[]): Quote[] {
    const out: Quote[] = [];
    for (const chunk of passages) {
      if (chunk.role === 'contact') continue;
      let best: Quote | null = null;
      let bestScore = 0;
      for (const s of this.sentencesOf(chunk)) {
        if (s.text.length < 25 || !/[.!?:;)”’"]$/.test(s.text) || looksLikeInstruction(s.text)) continue;
        let score = 0;
        for (const w of s.stems) score += reading.query.stems.get(w) ?? 0;
        const start = chunk.start + s.start;
        const end = chunk.start + s.end;
        if (score > bestScore && !taken.some((q) => q.chunk.id === chunk.id && q.start < end && start < q.end)) {
          best = { chunk, start, end };
          bestScore = score;
        }
      }
      if (best) out.push(best);
    }
    return out;
  }
}

/** The merged span whose words weigh most in the question (the first when none does). */
function bestSpan(
  merged: Array<{ start: number; end: number }>,
  spans: Array<{ start: number; end: number; text: string }>,
  reading: Reading,
): Array<{ start: number; end: number }> {
  let best = merged[0];
  let bestScore = 0;
  for (const m of merged) {
    let score = 0;
    for (const s of spans.filter((x) => x.start >= m.start && x.end <= m.end)) {
      for (const w of new Set(terms(s.text).map(stem))) score += reading.query.stems.get(w) ?? 0;
    }
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ? [best] : [];
}

/** The text a quote's offsets refer to: one report section, one law article, one plan. */
const sourceKey = (c: Chunk) => `${c.source}:${c.ref}`;

/** Adds a quote unless the same text is quoted already; returns its index. A law lid is quoted whole. */
function addQuote(quotes: Quote[], quote: Quote): number {
  const wholeLid = quote.chunk.source === 'law' && quote.chunk.end - quote.chunk.start <= MAX_LAW_QUOTE;
  const q = wholeLid ? { ...quote, start: quote.chunk.start, end: quote.chunk.end } : quote;
  const at = quotes.findIndex((x) => sourceKey(x.chunk) === sourceKey(q.chunk) && x.start < q.end && q.start < x.end);
  if (at >= 0) {
    const x = quotes[at]!;
    x.start = Math.min(x.start, q.start);
    x.end = Math.max(x.end, q.end);
    return at;
  }
  quotes.push({ ...q });
  return quotes.length - 1;
}

/** Spans that follow each other closely are one quote. */
function mergeSpans(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start - last.end <= 200 && s.end - last.start <= MAX_QUOTE) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function overlaps(a: RankedPoint, b: RankedPoint): boolean {
  return a.chunkId === b.chunkId && a.point.spans.some((x) => b.point.spans.some((y) => x.start < y.end && y.start < x.end));
}

function similar(a: string, b: string): boolean {
  const wa = new Set(terms(a).map(stem));
  const wb = new Set(terms(b).map(stem));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) > 0.7;
}
