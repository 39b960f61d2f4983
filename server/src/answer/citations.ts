import type { Citation, ScoredChunk } from '../domain.ts';

export const MAX_QUOTE = 400;

/** A citation of `chunk` quoting chunk.text[start, end) verbatim (cut to MAX_QUOTE at a word boundary). */
export function citationFor(chunk: ScoredChunk, id: number, start = 0, end = chunk.text.length): Citation {
  let quote = chunk.text.slice(start, end).trim();
  if (quote.length > MAX_QUOTE) {
    const cut = quote.lastIndexOf(' ', MAX_QUOTE);
    quote = quote.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE).trimEnd();
  }
  const c: Citation = { id: String(id), source: chunk.source, quote, score: chunk.score };
  if (chunk.source === 'report') {
    c.section = chunk.ref;
    c.title = chunk.title;
    if (chunk.page !== undefined) c.page = chunk.page;
    if (chunk.footnote !== undefined) c.footnote = chunk.footnote;
  } else if (chunk.source === 'law') {
    c.law = chunk.law!;
    c.article = chunk.article!;
    if (chunk.lid) c.lid = chunk.lid;
    c.url = chunk.url!;
    c.title = chunk.title;
  } else {
    c.planId = chunk.planId!;
    c.title = chunk.title;
  }
  return c;
}

/** "§10.2, p. 68" / "UB WVO 2020 art. 2.36 lid 3" / the plan title. */
export function sourceLabel(c: Citation): string {
  if (c.source === 'report') return `§${c.section}${c.page ? `, p. ${c.page}` : ''}${c.footnote ? `, voetnoot ${c.footnote}` : ''}`;
  if (c.source === 'law') return `${c.law} art. ${c.article}${c.lid ? ` lid ${c.lid}` : ''}`;
  return c.title ? `jullie document “${c.title}”` : 'jullie document';
}
