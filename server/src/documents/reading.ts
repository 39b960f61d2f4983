// Reading one document: extraction (bytes) or plain text, personal data masked when it will be stored, then the
// legal checklist. Pure and synchronous apart from PDF parsing; runs in a worker thread on Node (reader-pool.ts)
// and inline on Workers (reader.ts), with the same limits.

import { checkDocument, type CheckResult, type DocumentKind } from '../checklist/index.ts';
import { maskPersonalData, type MaskResult } from '../nl/pii.ts';
import { DOCUMENT_LIMITS, errors } from './errors.ts';
import { extractDocument, type ExtractedDocument } from './index.ts';

/** A document to read: an uploaded file's bytes, or text sent as JSON. */
export type DocumentSource = { bytes: Uint8Array; filename?: string; mime?: string } | { text: string };

export interface ReadingJob {
  source: DocumentSource;
  /** Overrides kind detection. */
  kind?: DocumentKind;
  /** 'store': the document is kept (a school's plan): personal data is masked first and its length is capped. */
  purpose: 'check' | 'store';
}

export interface ReadDocument extends Omit<ExtractedDocument, 'text'> {
  /** The text the check's offsets point into (masked when stored). */
  text: string;
  check: CheckResult;
  masked?: MaskResult['masked'];
}

/** Text sent as JSON, line breaks unified (as the extension and the page send it). */
function textDocument(text: string): ExtractedDocument {
  if (text.length > DOCUMENT_LIMITS.maxTextChars) throw errors.textTooLarge();
  return { text: text.replace(/\r\n?/g, '\n'), format: 'txt' };
}

export async function readDocument(job: ReadingJob): Promise<ReadDocument> {
  const doc = 'bytes' in job.source ? await extractDocument(job.source.bytes, job.source.filename, job.source.mime) : textDocument(job.source.text);
  let text = doc.text;
  let masked: MaskResult['masked'] | undefined;
  if (job.purpose === 'store') {
    ({ text, masked } = maskPersonalData(text));
    if (text.length > DOCUMENT_LIMITS.maxPlanChars) throw errors.planTooLarge();
  }
  const check = checkDocument(text, job.kind ? { kind: job.kind } : undefined);
  return { ...doc, text, check, ...(masked ? { masked } : {}) };
}
