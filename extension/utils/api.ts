// Calls to the Stagewijzer API. Used by the background only (it holds the API host permission).
import type { Answer, ApiError, ApiResult, AskEvent, ClaimResult, Persona } from './api-types';
import { LOCAL_ONLY_MESSAGE } from './settings';
import type { Settings } from './settings';
import { askEvents, textChunks } from '@stagewijzer/server/contract';

const networkError = (apiBase: string): ApiError => ({
  code: 'network_error',
  message: `De Stagewijzer-server (${apiBase}) is niet bereikbaar. Controleer het adres in de instellingen en of de extensie toegang heeft tot die server.`,
});

function headers(settings: Settings, extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (settings.schoolToken) h.authorization = `Bearer ${settings.schoolToken}`;
  return h;
}

async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: ApiError };
    if (body.error?.message) return body.error;
  } catch {
    // not JSON
  }
  return { code: `http_${res.status}`, message: `De server gaf een fout (${res.status}). Probeer het later opnieuw.` };
}

export async function checkClaim(settings: Settings, claim: string, fetchImpl: typeof fetch = fetch): Promise<ApiResult<ClaimResult>> {
  if (settings.localOnly) return { ok: false, error: { code: 'local_only', message: LOCAL_ONLY_MESSAGE } };
  let res: Response;
  try {
    res = await fetchImpl(`${settings.apiBase}/api/claims`, {
      method: 'POST',
      headers: headers(settings),
      body: JSON.stringify({ claim: claim.trim().slice(0, 1000) }),
    });
  } catch {
    return { ok: false, error: networkError(settings.apiBase) };
  }
  if (!res.ok) return { ok: false, error: await errorFrom(res) };
  return { ok: true, data: (await res.json()) as ClaimResult };
}

/** Streams an answer; resolves when done, failed or aborted. */
export async function streamAnswer(
  settings: Settings,
  question: string,
  persona: Persona,
  onEvent: (e: AskEvent) => void,
  signal: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  if (settings.localOnly) return onEvent({ type: 'error', error: { code: 'local_only', message: LOCAL_ONLY_MESSAGE } });
  let res: Response;
  try {
    res = await fetchImpl(`${settings.apiBase}/api/ask`, {
      method: 'POST',
      headers: headers(settings, { accept: 'text/event-stream' }),
      body: JSON.stringify({ question, persona }),
      signal,
    });
  } catch {
    if (!signal.aborted) onEvent({ type: 'error', error: networkError(settings.apiBase) });
    return;
  }
  if (!res.ok) return onEvent({ type: 'error', error: await errorFrom(res) });
  if (!(res.headers.get('content-type') ?? '').includes('text/event-stream') || !res.body) {
    const answer = (await res.json()) as Answer;
    onEvent({ type: 'citations', citations: answer.citations });
    onEvent({ type: 'delta', text: answer.answer });
    onEvent({ type: 'done', answer });
    return;
  }
  try {
    for await (const e of askEvents(textChunks(res.body))) onEvent(e);
  } catch (err) {
    if (signal.aborted) return;
    // A frame that is not JSON is a broken answer, not a network failure.
    onEvent({ type: 'error', error: err instanceof SyntaxError ? { code: 'bad_stream', message: 'Het antwoord van de server was onleesbaar. Probeer het opnieuw.' } : networkError(settings.apiBase) });
  }
}
