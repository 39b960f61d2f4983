// Reading a set of documents (one, or a main document with its attachments): each is extracted (bytes) or taken as
// plain text, personal data masked when it will be stored, the set's text counted against the 2 MB limit, then the
// legal checklist checks the set as one. Pure and synchronous apart from PDF parsing; runs in a worker thread on Node
// (reader-pool.ts: one job per set) and inline on Workers (reader.ts), with the same limits.

import { checkDocuments, type CheckResult, type DocumentKind } from '../checklist/index.ts';
import { maskPersonalData, type MaskResult } from '../nl/pii.ts';
import { DOCUMENT_LIMITS, errors } from './errors.ts';
import { extractDocument, type ExtractedDocument } from './index.ts';

/** A document to read: an uploaded file's bytes, or text sent as JSON. */
export type DocumentSource = { bytes: Uint8Array; filename?: string; mime?: string } | { text: string };

/** One document of a set, with the title people see for it. */
export interface SetDocument {
  source: DocumentSource;
  title: string;
}

export interface ReadingJob {
  /** One or more documents, the main one first; read and checked as one set. */
  sources: [SetDocument, ...SetDocument[]];
  /** Overrides kind detection. */
  kind?: DocumentKind;
  /** 'store': the set is kept (a school's plan): personal data is masked first and its length is capped. */
  purpose: 'check' | 'store';
}

/** What was read of one document of the set. */
export interface DocumentRead extends Pick<ExtractedDocument, 'format' | 'pages'> {
  title: string;
  /** Personal data masked in this document (only when stored). */
  masked?: MaskResult['masked'];
}

export interface ReadDocuments {
  /** The check of the set; its `text` (the documents joined, masked when stored) is what its offsets point into. */
  check: CheckResult & { text: string };
  /** Each document as read, in the order sent. */
  documents: [DocumentRead, ...DocumentRead[]];
}

/**
 * The 2 MB text limit on a set, counted as its documents are read: one more document that takes the set over it is
 * a 413 before the next is read. Also used by the routes to refuse JSON texts before any is read.
 */
export function textBudget(): (chars: number) => void {
  let total = 0;
  let count = 0;
  return (chars) => {
    total += chars;
    count++;
    if (total > DOCUMENT_LIMITS.maxTextChars) throw count > 1 ? errors.setTooLarge() : errors.sentTextTooLarge();
  };
}

/** Text sent as JSON, line breaks unified (as the extension and the page send it). */
function textDocument(text: string): ExtractedDocument {
  if (text.length > DOCUMENT_LIMITS.maxTextChars) throw errors.sentTextTooLarge();
  return { text: text.replace(/\r\n?/g, '\n'), format: 'txt' };
}

export async function readDocuments(job: ReadingJob): Promise<ReadDocuments> {
  const take = textBudget();
  const texts: Array<{ title: string; text: string }> = [];
  const read: DocumentRead[] = [];
  let stored = 0;
  for (const { source, title } of job.sources) {
    const doc = 'bytes' in source ? await extractDocument(source.bytes, source.filename, source.mime) : textDocument(source.text);
    take(doc.text.length);
    let text = doc.text;
    const info: DocumentRead = { title, format: doc.format, ...(doc.pages !== undefined ? { pages: doc.pages } : {}) };
    if (job.purpose === 'store') {
      const m = maskPersonalData(text);
      text = m.text;
      info.masked = m.masked;
      // The stored set is capped on its documents' text (the separators the check joins them with are not counted).
      stored += text.length;
      if (stored > DOCUMENT_LIMITS.maxPlanChars) throw errors.planTooLarge();
    }
    texts.push({ title, text });
    read.push(info);
  }
  const check = checkDocuments(texts, job.kind ? { kind: job.kind } : undefined);
  return { check, documents: read as ReadDocuments['documents'] };
}
