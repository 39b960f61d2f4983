// The documents of a request, as text: JSON `{text, title?, kind?, attachments?}` or multipart with one or more
// `file` parts (+ `title`, `kind`). Several documents are checked (and stored) as one set: the first is the main one,
// whose title holds.
import { z } from 'zod';
import type { DocumentInput as EngineDocument } from '../checklist/index.ts';
import { DocumentKindInput, DocumentText, DocumentTitle, LIMITS, type DocumentKind } from '../contract/index.ts';
import { DOCUMENT_LIMITS, DocumentError, extractDocument } from '../documents/index.ts';
import { ApiError, errors } from '../http/errors.ts';
import { jsonContent } from './openapi.ts';

const NO_FILE = 'Kies een bestand om te uploaden (veld "file").';

const UploadFile = z.instanceof(File, { error: NO_FILE }).meta({ type: 'string', format: 'binary', description: 'PDF, DOCX, TXT, MD or HTML, at most 10 MB' });

/** Multipart upload: server-side only (a `File` is not part of what clients bundle). */
export const DocumentUpload = z
  .object({
    // One `file` part arrives as a File, several as an array (hono's form parsing); too many is said before any is read.
    file: z
      .preprocess((v, ctx) => {
        const files = v === undefined || Array.isArray(v) ? v : [v];
        if (files && files.length > LIMITS.documents) {
          ctx.issues.push({ code: 'custom', message: `Upload ten hoogste ${LIMITS.documents} bestanden tegelijk.`, input: v, params: { code: 'too_many_files' } });
        }
        return files;
      }, z.array(UploadFile, { error: NO_FILE }).min(1, { error: NO_FILE }))
      .meta({
        description: `One file, or several \`file\` parts checked as one set (a front sheet with its general conditions; at most ${LIMITS.documents}, 2 MB of text in all)`,
        maxItems: LIMITS.documents,
      }),
    title: DocumentTitle,
    kind: DocumentKindInput.meta({ description: 'Overrides detection' }),
  })
  .meta({ id: 'DocumentUpload' });

/** The request body of a route that takes a document (or several). */
export const documentBody = {
  content: { ...jsonContent(DocumentText), 'multipart/form-data': { schema: DocumentUpload } },
};

export interface DocumentInput extends EngineDocument {
  title: string;
  format: string;
}

/** The documents of a request: the main one first. */
export interface DocumentSet {
  docs: [DocumentInput, ...DocumentInput[]];
  kind?: DocumentKind;
}

type DocumentBody = z.output<typeof DocumentText> | z.output<typeof DocumentUpload>;

const titleFromName = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_-]+/g, ' ').trim() || 'Naamloos document';
const withKind = (kind: DocumentKind | undefined) => (kind ? { kind } : {});
const isMultipart = (contentType: string) => /^multipart\/form-data/i.test(contentType);

/** The validated body of a document request: the form of an upload, else the JSON (empty without a body). */
export function documentOf(req: { header(name: string): string | undefined; valid(target: 'json'): DocumentBody; valid(target: 'form'): DocumentBody }): DocumentBody {
  return isMultipart(req.header('content-type') ?? '') ? req.valid('form') : req.valid('json');
}

/** Counts the text of a set as it is read: more than 2 MB in all is a 413 before the next file is read. */
class TextBudget {
  private chars = 0;
  private count = 0;

  take<T extends { text: string }>(doc: T): T {
    this.chars += doc.text.length;
    this.count++;
    if (this.chars > DOCUMENT_LIMITS.maxTextChars) {
      throw new ApiError(
        413,
        'text_too_large',
        this.count > 1
          ? 'Deze documenten zijn samen te lang (meer dan 2 MB tekst). Upload minder of kleinere bestanden.'
          : 'Deze tekst is te lang (meer dan 2 MB). Stuur een kortere tekst.',
      );
    }
    return doc;
  }
}

async function readFile(file: File, title: string | undefined): Promise<DocumentInput> {
  if (file.size > DOCUMENT_LIMITS.maxBytes) throw new ApiError(413, 'file_too_large', 'Dit bestand is groter dan 10 MB. Upload een kleiner bestand.');
  try {
    const doc = await extractDocument(new Uint8Array(await file.arrayBuffer()), file.name, file.type);
    return { text: doc.text, title: title || titleFromName(file.name), format: doc.format };
  } catch (e) {
    if (e instanceof DocumentError) throw new ApiError(e.status, e.code, e.message);
    throw e;
  }
}

const plainText = (text: string) => text.replace(/\r\n?/g, '\n');

/** The documents of a request, as text. */
export async function readDocuments(body: DocumentBody): Promise<DocumentSet> {
  const budget = new TextBudget();
  if ('file' in body) {
    const [first, ...rest] = body.file;
    if (!first) throw errors.badRequest('missing_file', NO_FILE);
    const main = budget.take(await readFile(first, body.title));
    const docs: DocumentSet['docs'] = [main];
    for (const file of rest) docs.push(budget.take(await readFile(file, undefined)));
    return { docs, ...withKind(body.kind) };
  }
  if ('text' in body) {
    const main = budget.take({ text: plainText(body.text), title: body.title || 'Naamloos document', format: 'txt' });
    const docs: DocumentSet['docs'] = [main];
    for (const [k, a] of (body.attachments ?? []).entries()) {
      docs.push(budget.take({ text: plainText(a.text), title: a.title || `Bijlage ${k + 1}`, format: 'txt' }));
    }
    return { docs, ...withKind(body.kind) };
  }
  // No body and no content type.
  throw errors.unsupportedType();
}
