import type { Chunk, LawArticle, ReportSection } from '../domain.ts';
import { sentences } from '../retrieval/text.ts';

const TARGET = 650; // characters per passage: a few sentences, enough context for a quote
const MAX = 900;

/** Split text into passages at sentence ends, preferring paragraph breaks. Offsets into `text`. */
export function passages(text: string): Array<{ start: number; end: number }> {
  const spans = sentences(text);
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
    if (s.end - start > MAX || (size >= TARGET) || (paragraphBreak && size >= TARGET * 0.6)) {
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

export function chunkReportSection(section: ReportSection): Chunk[] {
  return passages(section.text).map((p, i) => ({
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
