import type { Context } from 'hono';
import type { DocumentKind } from '../checklist/index.ts';
import { DOCUMENT_LIMITS, DocumentError, extractDocument } from '../documents/index.ts';
import { ApiError, errors } from '../http/errors.ts';
import { jsonBody } from '../http/input.ts';

const KINDS: readonly DocumentKind[] = ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst', 'mas-overeenkomst', 'unknown'];

export interface DocumentInput {
  text: string;
  title: string;
  kind?: DocumentKind;
  format: string;
}

function kindOf(v: unknown): DocumentKind | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && (KINDS as readonly string[]).includes(v)) return v as DocumentKind;
  throw errors.badRequest('invalid_kind', `Onbekende documentsoort. Kies uit: ${KINDS.join(', ')}.`);
}

const titleFromName = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_-]+/g, ' ').trim() || 'Naamloos document';

/** At most this many documents are checked as one set (a main document and its attachments). */
export const MAX_DOCUMENTS = 10;

const TOO_LONG = 'Deze documenten zijn samen te lang (meer dan 2 MB tekst). Upload minder of kleinere bestanden.';
const oneOf = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const titleOf = (v: unknown, fallback: string): string => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : fallback);

async function readFile(file: File, title: unknown): Promise<DocumentInput> {
  if (file.size > DOCUMENT_LIMITS.maxBytes) {
    throw new ApiError(413, 'file_too_large', 'Dit bestand is groter dan 10 MB. Upload een kleiner bestand.');
  }
  try {
    const doc = await extractDocument(new Uint8Array(await file.arrayBuffer()), file.name, file.type);
    return { text: doc.text, title: titleOf(title, titleFromName(file.name)), format: doc.format };
  } catch (e) {
    if (e instanceof DocumentError) throw new ApiError(e.status, e.code, e.message);
    throw e;
  }
}

/**
 * The documents of a request, as text: multipart with one or more `file` parts (+ `kind`, `title`), or JSON
 * `{text, title?, kind?, attachments?: [{text, title?}]}`. Several documents are checked as one set (general
 * conditions with a front sheet, an agreement with its stageplan in an attachment); the first is the main one, whose
 * title and kind hold.
 */
export async function readDocuments(c: Context): Promise<{ docs: DocumentInput[]; kind?: DocumentKind }> {
  const type = c.req.header('content-type') ?? '';
  const docs: DocumentInput[] = [];
  let chars = 0;
  const add = (d: DocumentInput): void => {
    chars += d.text.length;
    if (chars > DOCUMENT_LIMITS.maxTextChars) {
      throw new ApiError(413, 'text_too_large', docs.length ? TOO_LONG : 'Deze tekst is te lang (meer dan 2 MB). Stuur een kortere tekst.');
    }
    docs.push(d);
  };
  if (type.includes('multipart/form-data')) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw errors.badRequest('invalid_form', 'Het formulier kon niet worden gelezen. Probeer het bestand opnieuw te uploaden.');
    }
    const files = (Array.isArray(form.file) ? form.file : [form.file]).filter((f): f is File => f instanceof File);
    if (files.length === 0) throw errors.badRequest('missing_file', 'Kies een bestand om te uploaden (veld "file").');
    if (files.length > MAX_DOCUMENTS) throw errors.badRequest('too_many_files', `Upload ten hoogste ${MAX_DOCUMENTS} bestanden tegelijk.`);
    const kind = kindOf(oneOf(form.kind));
    for (const [k, file] of files.entries()) add(await readFile(file, k === 0 ? oneOf(form.title) : undefined));
    return { docs, ...(kind ? { kind } : {}) };
  }
  if (type.includes('application/json')) {
    const body = await jsonBody(c);
    if (typeof body.text !== 'string' || !body.text.trim()) {
      throw errors.badRequest('missing_text', 'Stuur de tekst van het document mee (veld "text") of upload een bestand.');
    }
    const kind = kindOf(body.kind);
    add({ text: body.text.replace(/\r\n?/g, '\n'), title: titleOf(body.title, 'Naamloos document'), format: 'txt' });
    const attachments = body.attachments === undefined ? [] : body.attachments;
    if (!Array.isArray(attachments)) throw errors.badRequest('invalid_attachment', 'Bijlagen (veld "attachments") moeten een lijst zijn van {"text", "title"}.');
    if (attachments.length > MAX_DOCUMENTS - 1) throw errors.badRequest('too_many_files', `Stuur ten hoogste ${MAX_DOCUMENTS - 1} bijlagen mee.`);
    for (const [k, a] of attachments.entries()) {
      const text = (a as { text?: unknown } | null)?.text;
      if (typeof text !== 'string' || !text.trim()) throw errors.badRequest('invalid_attachment', `Bijlage ${k + 1} heeft geen tekst (veld "text").`);
      add({ text: text.replace(/\r\n?/g, '\n'), title: titleOf((a as { title?: unknown }).title, `Bijlage ${k + 1}`), format: 'txt' });
    }
    return { docs, ...(kind ? { kind } : {}) };
  }
  throw new ApiError(415, 'unsupported_type', 'Stuur JSON met "text" of een bestand als multipart/form-data (veld "file").');
}
