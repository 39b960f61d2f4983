// Domain types shared by ingestion, retrieval, answers, checklist, claims and the web page.

export type LawId = 'wvo-2020' | 'ub-wvo-2020';
export type LawName = 'WVO 2020' | 'UB WVO 2020';
export type Persona = 'student' | 'coordinator' | 'inspector';
export type SourceKind = 'report' | 'law' | 'plan';

/** A numbered section of the inspectorate report, with its own text (children excluded). */
export interface ReportSection {
  number: string; // "5.1.3"
  title: string; // "Organisatie van de stage"
  parent: string | null; // "5.1"
  level: number; // 1 for "5", 3 for "5.1.3"
  pages: number[]; // PDF pages the section spans, ascending
  text: string; // cleaned body: paragraphs separated by "\n\n", footnotes excluded
  /** Page of each character range of `text`: [startOffset, page] pairs, ascending. */
  pageStarts: Array<[number, number]>;
  footnotes: ReportFootnote[];
}

export interface ReportFootnote {
  n: number;
  text: string;
  page: number;
}

/** One row of a chapter 11 table. */
export interface ReportTableRow {
  type: string; // "Beroepsoriënterende stage"
  leerjaar: number | null; // tables 11.3 and 11.4
  yes: { n: number; pct: number };
  no: { n: number; pct: number };
  total: number;
}

export interface ReportTable {
  id: string; // "11.1"
  title: string; // "vmbo - Welk type stage(s) konden leerlingen doen? (Meerdere antwoorden mogelijk)"
  population: 'vmbo' | 'havo/vwo';
  page: number;
  rows: ReportTableRow[];
}

export interface Report {
  sections: ReportSection[];
  tables: ReportTable[];
  pageCount: number; // from the footer "Pagina 58 van 75"
}

export interface LawLid {
  lid: string; // "1"
  text: string;
  start: number; // offsets into LawArticle.text
  end: number;
}

export interface LawArticle {
  lawId: LawId;
  law: LawName;
  title: string; // "Uitvoeringsbesluit WVO 2020"
  article: string; // "2.36"
  url: string;
  validFrom: string; // "2026-08-01"
  text: string; // verbatim, lids separated by "\n\n"
  lids: LawLid[]; // empty for an article without numbered lids
}

/** A retrievable passage. `start`/`end` are offsets into the text of its source document. */
export interface Chunk {
  id: string;
  source: SourceKind;
  ref: string; // report: section number; law: "<lawId>:<article>"; plan: planId
  title: string;
  text: string;
  start: number;
  end: number;
  page?: number;
  law?: LawName;
  lawId?: LawId;
  article?: string;
  lid?: string;
  url?: string;
  planId?: string;
  schoolId?: string;
  /** report: the footnote this passage is (its text follows the body in the served section text) */
  footnote?: number;
}

export interface ScoredChunk extends Chunk {
  score: number;
  /** 'contact': the passage that says who a pupil can go to (added for student questions about problems). */
  role?: 'contact';
}

/** A citation as in docs/api.md. */
export interface Citation {
  id: string;
  source: SourceKind;
  section?: string;
  title?: string;
  page?: number;
  law?: LawName;
  article?: string;
  lid?: string;
  url?: string;
  planId?: string;
  /** report: the quote is footnote n of the section */
  footnote?: number;
  quote: string;
  score: number;
}

export interface Answer {
  /** The lead first, then the supporting quotes. */
  answer: string;
  /** The short direct answer (at most 3 sentences; pupils B1). */
  lead?: string;
  /** How a follow-up was read with its history, when that differs from the question. */
  resolvedQuestion?: string;
  grounded: boolean;
  mode: 'extractive' | 'llm';
  citations: Citation[];
}

export interface Embedder {
  id: string; // stored with the index; a change triggers re-ingestion
  dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

export interface Clock {
  now(): Date;
}
