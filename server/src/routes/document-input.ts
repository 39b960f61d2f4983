// One document from a request: JSON `{text, title?, kind?}` or multipart `file` (+ `title`, `kind`), not yet read.
import { z } from 'zod';
import { DocumentKindInput, DocumentText, DocumentTitle, type DocumentKind } from '../contract/index.ts';
import { DOCUMENT_LIMITS } from '../documents/index.ts';
import type { DocumentSource } from '../documents/reading.ts';
import { ApiError, errors } from '../http/errors.ts';
import { jsonContent } from './openapi.ts';

/** Multipart upload: server-side only (a `File` is not part of what clients bundle). */
export const DocumentUpload = z
  .object({
    file: z
      .instanceof(File, { error: 'Kies een bestand om te uploaden (veld "file").' })
      .meta({ type: 'string', format: 'binary', description: 'PDF, DOCX, TXT, MD or HTML, at most 10 MB' }),
    title: DocumentTitle,
    kind: DocumentKindInput.meta({ description: 'Overrides detection' }),
  })
  .meta({ id: 'DocumentUpload' });

/** The request body of a route that takes a document. */
export const documentBody = {
  content: { ...jsonContent(DocumentText), 'multipart/form-data': { schema: DocumentUpload } },
};

/** An uploaded document as sent: read (extracted, masked, checked) by the app's DocumentReader. */
export interface DocumentInput {
  source: DocumentSource;
  title: string;
  kind?: DocumentKind;
}

const titleFromName = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_-]+/g, ' ').trim() || 'Naamloos document';
const withKind = (kind: DocumentKind | undefined) => (kind ? { kind } : {});

type DocumentBody = z.output<typeof DocumentText> | z.output<typeof DocumentUpload>;

const isMultipart = (contentType: string) => /^multipart\/form-data/i.test(contentType);

/** The validated body of a document request: the form of an upload, else the JSON (empty without a body). */
export function documentOf(req: { header(name: string): string | undefined; valid(target: 'json'): DocumentBody; valid(target: 'form'): DocumentBody }): DocumentBody {
  return isMultipart(req.header('content-type') ?? '') ? req.valid('form') : req.valid('json');
}

/** The document of a request, not yet read: its bytes or text, title and kind. */
export async function documentInput(body: DocumentBody): Promise<DocumentInput> {
  if ('file' in body) {
    const { file, title, kind } = body;
    if (file.size > DOCUMENT_LIMITS.maxBytes) throw new ApiError(413, 'file_too_large', 'Dit bestand is groter dan 10 MB. Upload een kleiner bestand.');
    return { source: { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mime: file.type }, title: title || titleFromName(file.name), ...withKind(kind) };
  }
  if ('text' in body) {
    const { text, title, kind } = body;
    if (text.length > DOCUMENT_LIMITS.maxTextChars) throw new ApiError(413, 'text_too_large', 'Deze tekst is te lang (meer dan 2 MB). Stuur een kortere tekst.');
    return { source: { text: text.replace(/\r\n?/g, '\n') }, title: title || 'Naamloos document', ...withKind(kind) };
  }
  // No body and no content type.
  throw errors.unsupportedType();
}
