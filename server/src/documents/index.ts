// Document text extraction with offsets. The returned `text` is the reference text that
// the checklist engine's character offsets point into.

import { DocumentError, DOCUMENT_LIMITS, errors, MESSAGES } from './errors.ts';
import { extractDocx } from './docx.ts';
import { htmlToText } from './html.ts';
import { extractPdf } from './pdf.ts';
import { sniff, sniffFormat, type DocumentFormat } from './sniff.ts';
import { normalizePlainText } from './text.ts';

export { DocumentError, DOCUMENT_LIMITS, MESSAGES, sniffFormat, htmlToText };
export type { DocumentFormat };

export interface ExtractedDocument {
  text: string;
  format: DocumentFormat;
  pages?: number;
  /** For PDFs: offset in `text` where each page starts (index 0 = page 1). */
  pageStarts?: number[];
}

function finish(doc: ExtractedDocument): ExtractedDocument {
  if (doc.text.length > DOCUMENT_LIMITS.maxTextChars) throw errors.textTooLarge();
  if (doc.text.trim() === '') throw errors.emptyDocument();
  return doc;
}

export async function extractDocument(bytes: Uint8Array, filename?: string, mime?: string): Promise<ExtractedDocument> {
  if (bytes.length > DOCUMENT_LIMITS.maxBytes) throw errors.fileTooLarge();
  const s = sniff(bytes, filename, mime);
  switch (s.kind) {
    case 'empty':
      throw errors.emptyFile();
    case 'pdf': {
      const r = await extractPdf(bytes);
      return finish({ text: r.text, format: 'pdf', pages: r.pages, pageStarts: r.pageStarts });
    }
    case 'docx':
      return finish({ text: await extractDocx(bytes, s.entries), format: 'docx' });
    case 'text':
      return finish({ text: s.format === 'html' ? htmlToText(s.text) : normalizePlainText(s.text), format: s.format });
    case 'encrypted-office':
      throw errors.encryptedDocument();
    case 'legacy-doc':
      throw errors.legacyDoc();
    case 'corrupt-zip':
      throw errors.corrupt();
    case 'zip-too-many-entries':
      throw errors.zipBomb();
    case 'unsupported':
      throw errors.unsupported();
  }
}
