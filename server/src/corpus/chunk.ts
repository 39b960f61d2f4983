import type { Chunk, LawArticle, ReportSection } from '../domain.ts';
import { splitSentences } from '../nl/index.ts';

const TARGET = 650; // characters per passage: a few sentences, enough context for a quote
const MAX = 900;

/** Split text into passages at sentence ends, preferring paragraph breaks. Offsets into `text`. */
export function passages(text: string): Array<{ start: number; end: number }> {
  const spans = splitSentences(text);
  const out: Array<{ start: number; end: number }> = [];
  let start = -1;
  let end = -1;
  for (const s of spans) {
    if (start < 0) {
      start = s.start;
      end = s.end;
      continue;
    }
    const paragraphBreak = /\n\s*\n/.test(text.slice(end, s.start));
    const size = end - start;
    if (s.end - start > MAX || size >= TARGET || (paragraphBreak && size >= TARGET * 0.6)) {
      out.push({ start, end });
      start = s.start;
    }
    end = s.end;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

export function pageAt(section: ReportSection, offset: number): number | undefined {
  let page = section.pages[0];
  for (const [start, p] of section.pageStarts) {
    if (start > offset) break;
    page = p;
  }
  return page;
}

/** A table row as the report parser writes it: "Maatschappelijke stage: ja 63 (45,7%), nee 75 (54,3%), totaal 138". */
const ROW = String.raw`[^\n]+: ja \d+ \([\d,]+%\), nee \d+ \([\d,]+%\), totaal \d+`;
const CAPTION = String.raw`Tabel \d+\.\d+:[^\n]*`;
export const TABLE_ROW = new RegExp(`^${ROW}$`);
const TABLE = new RegExp(`^${CAPTION}(?:\n${ROW})+`, 'gm');

/** The caption line a text starts with ("Tabel 11.2: havo/vwo - …"), if it starts with one. */
export function tableCaption(text: string): string | undefined {
  return new RegExp(`^${CAPTION}`).exec(text)?.[0];
}

/**
 * Passages of a report section. A table (caption and rows) is a passage of its own, never split,
 * so every row is read with the caption that says what it counts (vmbo or havo/vwo, which question).
 */
function reportPassages(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let last = 0;
  const prose = (from: number, to: number) => {
    for (const p of passages(text.slice(from, to))) out.push({ start: from + p.start, end: from + p.end });
  };
  for (const m of text.matchAll(TABLE)) {
    prose(last, m.index!);
    out.push({ start: m.index!, end: m.index! + m[0].length });
    last = m.index! + m[0].length;
  }
  prose(last, text.length);
  return out;
}

export function chunkReportSection(section: ReportSection): Chunk[] {
  return reportPassages(section.text).map((p, i) => ({
    id: `report:${section.number}:${i}`,
    source: 'report' as const,
    ref: section.number,
    title: section.title,
    text: section.text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    page: pageAt(section, p.start),
  }));
}

/** The text `GET /api/sources/report/:section` serves: the body, then its footnotes ("10 Op de meeste …"). */
export function sectionSourceText(section: ReportSection): string {
  if (section.footnotes.length === 0) return section.text;
  return `${section.text}\n\nVoetnoten\n${section.footnotes.map((f) => `${f.n} ${f.text}`).join('\n')}`;
}

/** One passage per footnote, with offsets into the served section text. */
export function chunkReportFootnotes(section: ReportSection): Chunk[] {
  const full = sectionSourceText(section);
  let from = section.text.length;
  return section.footnotes.map((f) => {
    const start = full.indexOf(`\n${f.n} ${f.text}`, from) + `\n${f.n} `.length;
    from = start + f.text.length;
    return {
      id: `report:${section.number}:fn${f.n}`,
      source: 'report' as const,
      ref: section.number,
      title: section.title,
      text: f.text,
      start,
      end: start + f.text.length,
      page: f.page,
      footnote: f.n,
    };
  });
}

export function chunkLawArticle(article: LawArticle): Chunk[] {
  const base = {
    source: 'law' as const,
    ref: `${article.lawId}:${article.article}`,
    title: `${article.law} artikel ${article.article}`,
    law: article.law,
    lawId: article.lawId,
    article: article.article,
    url: article.url,
  };
  if (article.lids.length === 0) {
    return [{ ...base, id: `law:${article.lawId}:${article.article}`, text: article.text, start: 0, end: article.text.length }];
  }
  return article.lids.map((l) => ({
    ...base,
    id: `law:${article.lawId}:${article.article}:${l.lid}`,
    lid: l.lid,
    text: l.text,
    start: l.start,
    end: l.end,
  }));
}

export function chunkPlan(plan: { id: string; schoolId: string; title: string; text: string }): Chunk[] {
  return passages(plan.text).map((p, i) => ({
    id: `plan:${plan.id}:${i}`,
    source: 'plan' as const,
    ref: plan.id,
    title: plan.title,
    text: plan.text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    planId: plan.id,
    schoolId: plan.schoolId,
  }));
}
