// The sentences of the sources that a claim is about, as retrievable passages (verbatim, with offsets).
import type { LawArticle, Report, ScoredChunk } from '../domain.ts';
import { normalizeText } from '../nl/index.ts';
import { alignClaim } from './align.ts';
import { buildSourceIndex, type SourceUnit } from './sources.ts';

function chunkOf(u: SourceUnit, score: number): ScoredChunk {
  return {
    id: u.source === 'report' ? `claim:${u.section}:${u.start}` : `claim:${u.lawId}:${u.article}:${u.start}`,
    source: u.source,
    ref: u.source === 'report' ? u.section! : `${u.lawId}:${u.article}`,
    title: u.title,
    text: u.text,
    start: u.start,
    end: u.end,
    ...(u.page !== undefined ? { page: u.page } : {}),
    ...(u.footnote !== undefined ? { footnote: u.footnote } : {}),
    ...(u.source === 'law' ? { law: u.law, lawId: u.lawId, article: u.article, url: u.url, ...(u.lid ? { lid: u.lid } : {}) } : {}),
    score,
  };
}

/** The statements best aligned with a claim, best first. */
export function findEvidence(claim: string, report: Report, articles: LawArticle[], limit = 12): ScoredChunk[] {
  const index = buildSourceIndex(report, articles);
  const statement = index.reader.read(normalizeText(claim), 'stated');
  return alignClaim(index, statement, limit).map((a) => chunkOf(a.unit, Math.round(a.coverage * 100) / 100));
}
