// HTTP client for the Stagewijzer API (same origin, relative URLs), including the SSE answer stream.
// Shapes, the stream parser and the event mapping come from the contract (server/src/contract).
import {
  askEvents,
  textChunks,
  type AskAnswer,
  type AskRequest,
  type CheckedDocument,
  type Citation,
  type ClaimResult,
  type DocumentKind,
  type LawId,
  type LawSource,
  type PlanCreated,
  type PlanDetail,
  type PlanSummary,
  type ReportSource,
  type Session,
} from '@stagewijzer/server/contract';

/** Not the user's fault: the server could not be reached. */
export const UNREACHABLE = 'Stagewijzer is even niet bereikbaar. Probeer het zo opnieuw.';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth trying the same request again (the server or the connection, not the input). */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Je bent niet aangemeld of je schooltoken klopt niet.';
  if (status === 403 || status === 404) return 'Dit kon niet worden gevonden.';
  if (status === 413) return 'Het bestand is te groot.';
  if (status === 415) return 'Dit soort bestand kan Stagewijzer niet lezen.';
  if (status === 422) return 'Stagewijzer kan de tekst van dit document niet lezen.';
  if (status === 429) return 'Er worden nu te veel vragen tegelijk gesteld. Wacht even en probeer het opnieuw.';
  if (status === 502 || status === 503 || status === 504) return UNREACHABLE;
  return 'Er ging iets mis bij Stagewijzer. Probeer het zo opnieuw.';
}

/** Reads the API error shape {error: {code, message}}; falls back to a Dutch message per status. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const message = typeof err?.message === 'string' && err.message ? err.message : fallbackMessage(status);
  const code = typeof err?.code === 'string' ? err.code : `http_${status}`;
  return new ApiError(message, status, code);
}

/** The message for anything a request can throw (never blames the user's connection). */
export function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : 'Er ging iets mis bij Stagewijzer. Probeer het zo opnieuw.';
}

async function readError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy's error page)
  }
  return errorFromBody(res.status, body);
}

interface RequestOptions {
  method?: string;
  json?: unknown;
  token?: string | null;
  signal?: AbortSignal;
  accept?: string;
}

async function send(path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json' };
  if (opts.json !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await fetch(path, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
      signal: opts.signal,
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError(UNREACHABLE, 0, 'network');
  }
  if (!res.ok) throw await readError(res);
  return res;
}

async function getJson<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts);
  try {
    return (await res.json()) as T;
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError(UNREACHABLE, 0, 'network');
  }
}

/** The embedded server's local school; null when the route does not exist (404). */
export async function getSession(): Promise<Session | null> {
  try {
    return await getJson<Session>('/api/session');
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 405)) return null;
    throw err;
  }
}

export interface AskHandlers {
  onCitations?(citations: Citation[]): void;
  onDelta?(text: string): void;
}

/**
 * POST /api/ask, streaming. Resolves with the final answer (`done` is authoritative). Handles a
 * plain JSON response too. Rejects with ApiError, or an AbortError when `signal` aborts.
 */
export async function ask(req: AskRequest, opts: { token?: string | null; signal?: AbortSignal } & AskHandlers): Promise<AskAnswer> {
  const res = await send('/api/ask', { method: 'POST', json: req, token: req.planId ? opts.token : null, signal: opts.signal, accept: 'text/event-stream' });
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('text/event-stream') || !res.body) {
    const answer = (await res.json()) as AskAnswer;
    opts.onCitations?.(answer.citations ?? []);
    return answer;
  }
  return readAnswerStream(res.body, opts);
}

/** Consumes an SSE answer stream: `citations`, `delta`, `done` (and `error`). */
export async function readAnswerStream(body: ReadableStream<Uint8Array>, handlers: AskHandlers): Promise<AskAnswer> {
  let done: AskAnswer | null = null;
  let partial = false;
  try {
    for await (const e of askEvents(textChunks(body))) {
      if (e.type === 'citations') handlers.onCitations?.(e.citations);
      else if (e.type === 'delta') {
        partial = true;
        handlers.onDelta?.(e.text);
      } else if (e.type === 'done') done = e.answer;
      else throw new ApiError(e.error.message, 500, e.error.code);
    }
  } catch (err) {
    if (isAbort(err) || err instanceof ApiError) throw err;
    if (err instanceof SyntaxError) throw new ApiError('Het antwoord van Stagewijzer was onleesbaar. Probeer het opnieuw.', 500, 'bad_stream');
    throw new ApiError(UNREACHABLE, 0, 'network');
  }
  if (done) return done;
  throw new ApiError(partial ? 'Het antwoord kwam niet helemaal binnen. Probeer het opnieuw.' : UNREACHABLE, 0, 'incomplete');
}

export type Progress = { phase: 'upload'; loaded: number; total: number } | { phase: 'processing' };

/** Checks a file (multipart, with upload progress: fetch has none). Stores nothing. */
export function checkFile(file: File, opts: { kind?: DocumentKind; onProgress?(p: Progress): void; signal?: AbortSignal }): Promise<CheckedDocument> {
  return new Promise<CheckedDocument>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/check');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => opts.onProgress?.({ phase: 'upload', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => opts.onProgress?.({ phase: 'processing' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // not JSON
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as CheckedDocument);
      else reject(errorFromBody(xhr.status || 503, body));
    };
    xhr.onerror = () => reject(new ApiError(UNREACHABLE, 0, 'network'));
    xhr.onabort = () => reject(new DOMException('Gestopt', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    if (opts.kind) form.append('kind', opts.kind);
    xhr.send(form);
  });
}

/** Checks extracted text again, as the kind the user chose. Stores nothing. */
export const checkText = (text: string, kind: DocumentKind, signal?: AbortSignal) =>
  getJson<CheckedDocument>('/api/check', { method: 'POST', json: { text, kind }, signal });

/** Stores a document the user chose to store (its extracted text, with the kind it was checked as). */
export const storePlan = (doc: { title: string; text: string; kind?: DocumentKind }, token: string, signal?: AbortSignal) =>
  getJson<PlanCreated>('/api/plans', { method: 'POST', json: doc, token, signal });

export async function listPlans(token: string, signal?: AbortSignal): Promise<PlanSummary[]> {
  return (await getJson<{ plans: PlanSummary[] }>('/api/plans', { token, signal })).plans;
}

export const getPlan = (id: string, token: string, signal?: AbortSignal) => getJson<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`, { token, signal });

export async function deletePlan(id: string, token: string): Promise<void> {
  await send(`/api/plans/${encodeURIComponent(id)}`, { method: 'DELETE', token });
}

export const checkClaim = (claim: string, signal?: AbortSignal) => getJson<ClaimResult>('/api/claims', { method: 'POST', json: { claim }, signal });

export const getReportSection = (section: string, signal?: AbortSignal) =>
  getJson<ReportSource>(`/api/sources/report/${encodeURIComponent(section)}`, { signal });

export const getLawArticle = (law: LawId, article: string, signal?: AbortSignal) =>
  getJson<LawSource>(`/api/sources/law/${law}/${encodeURIComponent(article)}`, { signal });

/** A sample document from corpus/samples (served with the page). */
export interface SampleInfo {
  file: string;
  title: string;
  description: string;
}

export const getSamples = () => getJson<SampleInfo[]>('/samples/index.json');

export async function fetchSample(sample: SampleInfo, signal?: AbortSignal): Promise<File> {
  const res = await send(`/samples/${encodeURIComponent(sample.file)}`, { signal, accept: '*/*' });
  const blob = await res.blob();
  const type = sample.file.endsWith('.md') ? 'text/markdown' : blob.type;
  return new File([blob], sample.file, { type });
}
