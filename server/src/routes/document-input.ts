// The documents of a request, not yet read: JSON `{text, title?, kind?, attachments?}` or multipart with one or more
// `file` parts (+ `title`, `kind`). Several documents are checked (and stored) as one set: the first is the main one,
// whose title holds.
import { z } from 'zod';
import { DocumentKindInput, DocumentText, DocumentTitle, LIMITS, type DocumentKind } from '../contract/index.ts';
import { DOCUMENT_LIMITS } from '../documents/index.ts';
import { textBudget, type ReadingJob, type SetDocument } from '../documents/reading.ts';
import { ApiError, errors } from '../http/errors.ts';
import { jsonContent } from './openapi.ts';

const NO_FILE = 'Kies een bestand om te uploaden (veld "file").';

const UploadFile = z.instanceof(File, { error: NO_FILE }).meta({ type: 'string', format: 'binary', description: 'PDF, DOCX, TXT, MD or HTML, at most 10 MB' });

/** Multipart upload: server-side only (a `File` is not part of what clients bundle). */
export const DocumentUpload = z
  .object({
    // One `file` part arrives as a File, several as an array (hono's form parsing); too many is said before any is read.
    file: z
      .preprocess(
        (v, ctx) => {
          const files = v === undefined || Array.isArray(v) ? v : [v];
          if (files && files.length > LIMITS.documents) {
            ctx.issues.push({
              code: 'custom',
              message: `Upload ten hoogste ${LIMITS.documents} bestanden tegelijk.`,
              input: v,
              params: { code: 'too_many_files' },
            });
          }
          return files;
        },
        z.array(UploadFile, { error: NO_FILE }).min(1, { error: NO_FILE }),
      )
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

/** The documents of a request, not yet read (the app's DocumentReader extracts, masks and checks them as one). */
export interface DocumentSet {
  /** The main document first; its title holds for the set. */
  sources: ReadingJob['sources'];
  kind?: DocumentKind;
}

type DocumentBody = z.output<typeof DocumentText> | z.output<typeof DocumentUpload>;

const titleFromName = (name: string) =>
  name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim() || 'Naamloos document';
const withKind = (kind: DocumentKind | undefined) => (kind ? { kind } : {});
const isMultipart = (contentType: string) => /^multipart\/form-data/i.test(contentType);

/** The validated body of a document request: the form of an upload, else the JSON (empty without a body). */
export function documentOf(req: {
  header(name: string): string | undefined;
  valid(target: 'json'): DocumentBody;
  valid(target: 'form'): DocumentBody;
}): DocumentBody {
  return isMultipart(req.header('content-type') ?? '') ? req.valid('form') : req.valid('json');
}

const tooLargeFile = () => new ApiError(413, 'file_too_large', 'Dit bestand is groter dan 10 MB. Upload een kleiner bestand.');
const plainText = (text: string) => text.replace(/\r\n?/g, '\n');

/** The documents of a request, not yet read: bytes or text with their titles. Too large is said before any is read. */
export async function documentSet(body: DocumentBody): Promise<DocumentSet> {
  if ('file' in body) {
    const files = body.file;
    if (!files.length) throw errors.badRequest('missing_file', NO_FILE);
    if (files.some((f) => f.size > DOCUMENT_LIMITS.maxBytes)) throw tooLargeFile();
    const sources: SetDocument[] = await Promise.all(
      files.map(async (file, k) => ({
        source: { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mime: file.type },
        title: (k === 0 && body.title) || titleFromName(file.name),
      })),
    );
    return { sources: sources as DocumentSet['sources'], ...withKind(body.kind) };
  }
  if ('text' in body) {
    const attachments = body.attachments ?? [];
    // The texts are here already: a set over the 2 MB limit is refused before it is read.
    const take = textBudget();
    for (const t of [body.text, ...attachments.map((a) => a.text)]) take(t.length);
    const sources: DocumentSet['sources'] = [{ source: { text: plainText(body.text) }, title: body.title || 'Naamloos document' }];
    for (const [k, a] of attachments.entries()) sources.push({ source: { text: plainText(a.text) }, title: a.title || `Bijlage ${k + 1}` });
    return { sources, ...withKind(body.kind) };
  }
  // No body and no content type.
  throw errors.unsupportedType();
}
