// HTTP client for the Stagewijzer API (same origin, relative URLs), including the SSE answer stream.
import { createSseParser } from './sse.ts';
import type {
  Answer,
  AskRequest,
  CheckResult,
  Citation,
  ClaimResult,
  LawId,
  LawSource,
  PlanCreated,
  PlanDetail,
  PlanSummary,
  ReportSource,
  SampleInfo,
  Session,
} from './types.ts';

export const NETWORK_MESSAGE = 'Geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
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
  return 'Er ging iets mis op de server. Probeer het later opnieuw.';
}

/** Reads the API error shape {error: {code, message}}; falls back to a Dutch message per status. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const message = typeof err?.message === 'string' && err.message ? err.message : fallbackMessage(status);
  const code = typeof err?.code === 'string' ? err.code : `http_${status}`;
  return new ApiError(message, status, code);
}

async function readError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON
  }
  return errorFromBody(res.status, body);
}

interface RequestOptions {
  method?: string;
  json?: unknown;
  token?: string | null;
  signal?: AbortSignal;
}

async function send(path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
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
    throw new ApiError(NETWORK_MESSAGE, 0, 'network');
  }
  if (!res.ok) throw await readError(res);
  return res;
}

async function getJson<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  return (await send(path, opts)).json() as Promise<T>;
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
export async function ask(req: AskRequest, opts: { token?: string | null; signal?: AbortSignal } & AskHandlers): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', 'Content-Type': 'application/json' };
  if (req.planId && opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await fetch('/api/ask', { method: 'POST', headers, body: JSON.stringify(req), signal: opts.signal });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError(NETWORK_MESSAGE, 0, 'network');
  }
  if (!res.ok) throw await readError(res);
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('text/event-stream') || !res.body) {
    const answer = (await res.json()) as Answer;
    opts.onCitations?.(answer.citations ?? []);
    return answer;
  }
  return readAnswerStream(res.body, opts);
}

/** Consumes an SSE answer stream: `citations`, `delta`, `done` (and `error`). */
export async function readAnswerStream(body: ReadableStream<Uint8Array>, handlers: AskHandlers): Promise<Answer> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser();
  const state: { done: Answer | null } = { done: null };
  let citations: Citation[] = [];
  let text = '';
  const handle = (event: string, data: string): void => {
    const value = data ? (JSON.parse(data) as unknown) : null;
    if (event === 'citations') {
      citations = Array.isArray(value) ? (value as Citation[]) : [];
      handlers.onCitations?.(citations);
    } else if (event === 'delta') {
      const piece = typeof value === 'string' ? value : String((value as { text?: unknown })?.text ?? '');
      text += piece;
      handlers.onDelta?.(piece);
    } else if (event === 'done') {
      state.done = value as Answer;
    } else if (event === 'error') {
      throw errorFromBody(500, value && typeof value === 'object' && 'error' in value ? value : { error: value });
    }
  };
  try {
    for (;;) {
      const { value, done: ended } = await reader.read();
      const events = ended ? parser.push(decoder.decode()).concat(parser.flush()) : parser.push(decoder.decode(value, { stream: true }));
      for (const e of events) handle(e.event, e.data);
      if (ended) break;
    }
  } catch (err) {
    if (isAbort(err) || err instanceof ApiError) throw err;
    if (err instanceof SyntaxError) throw new ApiError('Het antwoord van de server was onleesbaar. Probeer het opnieuw.', 500, 'bad_stream');
    throw new ApiError(NETWORK_MESSAGE, 0, 'network');
  } finally {
    reader.releaseLock();
  }
  if (state.done) return state.done;
  if (text) throw new ApiError('Het antwoord kwam niet helemaal binnen. Probeer het opnieuw.', 0, 'incomplete');
  throw new ApiError('De server stuurde geen antwoord. Probeer het opnieuw.', 0, 'incomplete');
}

export type Progress = { phase: 'upload'; loaded: number; total: number } | { phase: 'processing' };

/** Multipart upload with progress (XMLHttpRequest, because fetch has no upload progress). */
export function uploadFile<T>(path: string, file: File, opts: { token?: string | null; onProgress?(p: Progress): void; signal?: AbortSignal }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    if (opts.token) xhr.setRequestHeader('Authorization', `Bearer ${opts.token}`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      opts.onProgress?.({ phase: 'upload', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    };
    xhr.upload.onload = () => opts.onProgress?.({ phase: 'processing' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // not JSON
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorFromBody(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(NETWORK_MESSAGE, 0, 'network'));
    xhr.onabort = () => reject(new DOMException('Upload gestopt', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const uploadPlan = (file: File, opts: Parameters<typeof uploadFile>[2]) => uploadFile<PlanCreated>('/api/plans', file, opts);
export const checkOnly = (file: File, opts: Parameters<typeof uploadFile>[2]) =>
  uploadFile<CheckResult>('/api/check', file, { ...opts, token: null });

export async function listPlans(token: string): Promise<PlanSummary[]> {
  const body = await getJson<{ plans?: PlanSummary[] }>('/api/plans', { token });
  return body.plans ?? [];
}

export const getPlan = (id: string, token: string) => getJson<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`, { token });

export async function deletePlan(id: string, token: string): Promise<void> {
  await send(`/api/plans/${encodeURIComponent(id)}`, { method: 'DELETE', token });
}

export const checkClaim = (claim: string, signal?: AbortSignal) =>
  getJson<ClaimResult>('/api/claims', { method: 'POST', json: { claim }, signal });

export const getReportSection = (section: string) => getJson<ReportSource>(`/api/sources/report/${encodeURIComponent(section)}`);

export const getLawArticle = (law: LawId, article: string) =>
  getJson<LawSource>(`/api/sources/law/${law}/${encodeURIComponent(article)}`);

export async function getSamples(): Promise<SampleInfo[]> {
  return getJson<SampleInfo[]>('/samples/index.json');
}

export async function fetchSample(sample: SampleInfo): Promise<File> {
  const res = await send(`/samples/${encodeURIComponent(sample.file)}`);
  const blob = await res.blob();
  const type = sample.file.endsWith('.md') ? 'text/markdown' : blob.type;
  return new File([blob], sample.file, { type });
}
