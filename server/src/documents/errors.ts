// Errors and limits for document extraction. Messages are Dutch and meant for end users.

import { ApiError } from '../http/errors.ts';

export type DocumentErrorStatus = 400 | 413 | 415 | 422 | 503;

/** A document that cannot be read, or a reading budget exceeded: an API error with a Dutch message. */
export class DocumentError extends ApiError {
  declare readonly status: DocumentErrorStatus;
  constructor(code: string, status: DocumentErrorStatus, message: string, headers: Record<string, string> = {}) {
    super(status, code, message, headers);
    this.name = 'DocumentError';
  }
}

/**
 * Limits.
 * - maxBytes: upload cap (10 MB) — a stage plan or contract is rarely above 2 MB.
 * - maxPages: 200 PDF pages; longer documents are not stage plans and cost too much CPU.
 * - maxTextChars: 2 Mi characters of extracted text (~ 1000 pages of prose), for a set of documents in all.
 * - maxDocxUncompressed: 50 MB total declared (and actually inflated) size of the DOCX
 *   zip entries. A DOCX is at most 10 MB compressed; WordprocessingML XML is typically
 *   5–15× the size of its text, so 2 Mi chars of text fit in ~30 MB of XML, and media
 *   (JPEG/PNG) barely compresses. 50 MB leaves room for legitimate files while keeping
 *   memory bounded (we only actually inflate non-media parts, with a running limit).
 * - maxZipEntries: a real DOCX has tens of parts; thousands means something is off.
 * - maxDocxXml: inflated WordprocessingML (document, styles, numbering, notes) that is parsed into a tree.
 *   The parser (mammoth) builds a tree of it: 2 MB of heavily formatted XML (a Word document of about 70
 *   formatted pages) takes about 4 s and 130 MB, within the reading budget below; more is refused before parsing.
 * - maxXmlDepth / maxHtmlDepth: nesting. Word nests a few tens deep, web pages rarely a hundred; deeper input
 *   only makes recursive parsers slow (or overflow), so it is refused.
 * - pdfTimeoutMs: wall-clock cap on PDF parsing + text extraction.
 * - maxPlanChars: a school document (or set) that is stored (and indexed passage by passage) is at most this long;
 *   indexing costs about 6 ms of database time per passage of ~450 characters.
 */
export const DOCUMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 200,
  maxTextChars: 2 * 1024 * 1024,
  maxDocxUncompressed: 50 * 1024 * 1024,
  maxDocxXml: 2 * 1024 * 1024,
  maxXmlDepth: 256,
  maxHtmlDepth: 256,
  maxZipEntries: 5000,
  /** An entry is suspicious when ratio > maxEntryRatio AND size > maxEntryRatioSize. */
  maxEntryRatio: 100,
  maxEntryRatioSize: 10 * 1024 * 1024,
  pdfTimeoutMs: 20_000,
  maxPlanChars: 120_000,
} as const;

/**
 * The reading budget of one job: a document, or a set read as one (Node: a worker thread per job, so other requests
 * keep their latency; a set's files together fit the 11 MB upload body).
 * - timeoutMs: wall-clock time for extraction, masking and the check of the job.
 * - memoryMb: heap of the worker; a job that needs more is refused (413).
 * - queue: jobs waiting for a worker; more at once get 503 (try again).
 * - queueTimeoutMs: the longest a job waits for a worker before 503.
 * - inlineTextChars: text sent as JSON up to this length (a set's texts together) is read in the request's own thread (a stage plan is
 *   5–40 thousand characters; its check costs a few milliseconds and never waits behind a heavy file).
 */
export const READING_BUDGET = {
  inlineTextChars: 32_000,
  timeoutMs: 15_000,
  memoryMb: 192,
  queue: 16,
  queueTimeoutMs: 20_000,
} as const;

const SUPPORTED = 'Upload een PDF, Word-document (.docx), HTML-, Markdown- of tekstbestand.';

export const MESSAGES = {
  empty_file: 'Het bestand is leeg. Kies een bestand met inhoud.',
  file_too_large: `Dit bestand is te groot. Het maximum is ${DOCUMENT_LIMITS.maxBytes / 1024 / 1024} MB.`,
  too_many_pages: `Dit PDF-bestand heeft te veel pagina's. Het maximum is ${DOCUMENT_LIMITS.maxPages} pagina's.`,
  text_too_large: 'Dit document bevat te veel tekst om te verwerken (maximaal ongeveer 2 miljoen tekens). Upload alleen het stageplan of de overeenkomst.',
  sent_text_too_large: 'Deze tekst is te lang (meer dan 2 MB). Stuur een kortere tekst.',
  set_too_large: 'Deze documenten zijn samen te lang (meer dan 2 MB tekst). Upload minder of kleinere bestanden.',
  zip_bomb: 'Dit Word-bestand is na uitpakken te groot of ongewoon sterk gecomprimeerd. Sla het opnieuw op in Word of upload het als PDF.',
  unsupported_type: `Dit bestandstype wordt niet ondersteund. ${SUPPORTED}`,
  legacy_doc: 'Dit is een oud Word-bestand (.doc). Open het in Word, kies "Opslaan als" en sla het op als Word-document (.docx). Probeer het daarna opnieuw.',
  encrypted_pdf: 'Dit PDF-bestand is beveiligd met een wachtwoord. Sla het op zonder beveiliging en probeer het opnieuw.',
  encrypted_document: 'Dit Word-bestand is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en probeer het opnieuw.',
  corrupt_file: 'Dit bestand is beschadigd of kan niet worden gelezen. Sla het opnieuw op en probeer het nog een keer.',
  no_text_layer: 'Dit PDF-bestand lijkt een scan zonder tekst. Upload een PDF met tekst of een Word-bestand.',
  processing_timeout: 'Het lezen van dit document duurde te lang. Sla het opnieuw op (bijvoorbeeld als PDF of .docx) en probeer het nog een keer.',
  empty_document: 'Er staat geen leesbare tekst in dit document.',
  xml_too_large: `Dit Word-bestand bevat te veel tekst en opmaak om te lezen (meer dan ${DOCUMENT_LIMITS.maxDocxXml / 1024 / 1024} MB aan documentgegevens). Upload alleen het stageplan of de overeenkomst, of sla het op als PDF.`,
  too_deeply_nested:
    'Dit document is te diep genest (opmaak in opmaak in opmaak) om te lezen. Sla het opnieuw op als PDF of als gewoon Word-document en probeer het nog een keer.',
  too_complex: 'Dit document is te groot of te ingewikkeld om te lezen. Upload alleen het stageplan of de overeenkomst, of sla het op als PDF.',
  busy: 'Stagewijzer leest nu veel documenten tegelijk. Probeer het over een halve minuut opnieuw.',
  plan_too_large: `Dit document is te lang om op te slaan (maximaal ${DOCUMENT_LIMITS.maxPlanChars.toLocaleString('nl-NL')} tekens, ongeveer 50 pagina's). Sla alleen het stageplan of de overeenkomst op; controleren kan wel met "Document controleren".`,
} as const;

export const errors = {
  emptyFile: () => new DocumentError('empty_file', 400, MESSAGES.empty_file),
  fileTooLarge: () => new DocumentError('file_too_large', 413, MESSAGES.file_too_large),
  tooManyPages: () => new DocumentError('too_many_pages', 413, MESSAGES.too_many_pages),
  textTooLarge: () => new DocumentError('text_too_large', 413, MESSAGES.text_too_large),
  /** Text sent as JSON (not a file) over the limit. */
  sentTextTooLarge: () => new DocumentError('text_too_large', 413, MESSAGES.sent_text_too_large),
  /** Several documents whose text is over the limit together. */
  setTooLarge: () => new DocumentError('text_too_large', 413, MESSAGES.set_too_large),
  zipBomb: () => new DocumentError('zip_bomb', 413, MESSAGES.zip_bomb),
  unsupported: () => new DocumentError('unsupported_type', 415, MESSAGES.unsupported_type),
  legacyDoc: () => new DocumentError('unsupported_type', 415, MESSAGES.legacy_doc),
  encryptedPdf: () => new DocumentError('encrypted_pdf', 422, MESSAGES.encrypted_pdf),
  encryptedDocument: () => new DocumentError('encrypted_document', 422, MESSAGES.encrypted_document),
  corrupt: () => new DocumentError('corrupt_file', 422, MESSAGES.corrupt_file),
  noTextLayer: () => new DocumentError('no_text_layer', 422, MESSAGES.no_text_layer),
  timeout: () => new DocumentError('processing_timeout', 422, MESSAGES.processing_timeout),
  emptyDocument: () => new DocumentError('empty_document', 422, MESSAGES.empty_document),
  xmlTooLarge: () => new DocumentError('xml_too_large', 413, MESSAGES.xml_too_large),
  tooDeeplyNested: () => new DocumentError('too_deeply_nested', 422, MESSAGES.too_deeply_nested),
  tooComplex: () => new DocumentError('too_complex', 413, MESSAGES.too_complex),
  busy: () => new DocumentError('busy', 503, MESSAGES.busy, { 'Retry-After': '30' }),
  planTooLarge: () => new DocumentError('plan_too_large', 413, MESSAGES.plan_too_large),
};
