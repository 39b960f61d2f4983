import type { Context } from 'hono';
import type { DocumentKind } from '../checklist/index.ts';
import { DOCUMENT_LIMITS } from '../documents/index.ts';
import type { DocumentSource } from '../documents/reading.ts';
import { ApiError, errors } from '../http/errors.ts';
import { jsonBody } from '../http/input.ts';

const KINDS: readonly DocumentKind[] = ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst', 'mas-overeenkomst', 'unknown'];

/** An uploaded document as sent: read (extracted, checked) by the app's DocumentReader. */
export interface DocumentInput {
  source: DocumentSource;
  title: string;
  kind?: DocumentKind;
}

function kindOf(v: unknown): DocumentKind | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && (KINDS as readonly string[]).includes(v)) return v as DocumentKind;
  throw errors.badRequest('invalid_kind', `Onbekende documentsoort. Kies uit: ${KINDS.join(', ')}.`);
}

const titleFromName = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_-]+/g, ' ').trim() || 'Naamloos document';

/** A document from JSON `{text, title?, kind?}` or multipart `file` (+ `kind`, `title`), not yet read. */
export async function documentInput(c: Context): Promise<DocumentInput> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('multipart/form-data')) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw errors.badRequest('invalid_form', 'Het formulier kon niet worden gelezen. Probeer het bestand opnieuw te uploaden.');
    }
    const file = form.file;
    if (!(file instanceof File)) throw errors.badRequest('missing_file', 'Kies een bestand om te uploaden (veld "file").');
    if (file.size > DOCUMENT_LIMITS.maxBytes) {
      throw new ApiError(413, 'file_too_large', 'Dit bestand is groter dan 10 MB. Upload een kleiner bestand.');
    }
    const kind = kindOf(form.kind);
    const title = typeof form.title === 'string' && form.title.trim() ? form.title.trim().slice(0, 200) : titleFromName(file.name);
    return { source: { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mime: file.type }, title, ...(kind ? { kind } : {}) };
  }
  if (type.includes('application/json')) {
    const body = await jsonBody(c);
    if (typeof body.text !== 'string' || !body.text.trim()) {
      throw errors.badRequest('missing_text', 'Stuur de tekst van het document mee (veld "text") of upload een bestand.');
    }
    if (body.text.length > DOCUMENT_LIMITS.maxTextChars) {
      throw new ApiError(413, 'text_too_large', 'Deze tekst is te lang (meer dan 2 MB). Stuur een kortere tekst.');
    }
    const kind = kindOf(body.kind);
    const title = typeof body.title === 'string' && body.title.trim() ? body.title.trim().slice(0, 200) : 'Naamloos document';
    return { source: { text: body.text }, title, ...(kind ? { kind } : {}) };
  }
  throw new ApiError(415, 'unsupported_type', 'Stuur JSON met "text" of een bestand als multipart/form-data (veld "file").');
}
