// Calls to the Stagewijzer API. Used by the background only (it holds the API host permission).
import type { Answer, ApiError, ApiResult, AskEvent, ClaimResult, Persona } from './api-types';
import { LOCAL_ONLY_MESSAGE } from './settings';
import type { Settings } from './settings';
import { MAX_HISTORY } from './messages';
import type { Turn } from './messages';
import { askEvents, textChunks } from '@stagewijzer/server/contract';

const networkError = (apiBase: string): ApiError => ({
  code: 'network_error',
  message: `Stagewijzer is even niet bereikbaar (${apiBase}). Probeer het opnieuw; blijft het misgaan, test dan de verbinding in de instellingen.`,
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
  history: Turn[] = [],
): Promise<void> {
  if (settings.localOnly) return onEvent({ type: 'error', error: { code: 'local_only', message: LOCAL_ONLY_MESSAGE } });
  let res: Response;
  try {
    res = await fetchImpl(`${settings.apiBase}/api/ask`, {
      method: 'POST',
      headers: headers(settings, { accept: 'text/event-stream' }),
      body: JSON.stringify({
        question,
        persona,
        ...(history.length > 0 ? { history: history.slice(-MAX_HISTORY) } : {}),
      }),
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
    onEvent({
      type: 'error',
      error:
        err instanceof SyntaxError
          ? { code: 'bad_stream', message: 'Het antwoord van de server was onleesbaar. Probeer het opnieuw.' }
          : networkError(settings.apiBase),
    });
  }
}

export interface ConnectionReport {
  ok: boolean;
  /** Dutch: what works, or what failed and what to do. */
  message: string;
}

const TEST_TIMEOUT_MS = 5000;

/**
 * Tests the connection for real: host access, the server's /healthz (is it Stagewijzer?), and the
 * school token when one is set. Says what failed.
 */
export async function testConnection(settings: Settings, hasAccess: boolean, fetchImpl: typeof fetch = fetch): Promise<ConnectionReport> {
  const base = settings.apiBase;
  if (settings.localOnly) return { ok: false, message: 'Alleen lokaal controleren staat aan: de extensie maakt geen verbinding met de server.' };
  if (!hasAccess) return { ok: false, message: `De extensie heeft nog geen toegang tot ${base}. Klik op *Opslaan en toegang geven* en sta de toegang toe.` };
  const get = async (path: string, headers: Record<string, string> = {}): Promise<Response | 'timeout' | 'unreachable'> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TEST_TIMEOUT_MS);
    try {
      return await fetchImpl(`${base}${path}`, { headers, signal: controller.signal });
    } catch {
      return controller.signal.aborted ? 'timeout' : 'unreachable';
    } finally {
      clearTimeout(timer);
    }
  };
  const health = await get('/healthz');
  if (health === 'unreachable')
    return {
      ok: false,
      message: `Geen verbinding met ${base}: op dit adres antwoordt geen server. Staat de server aan, en klopt het adres (ook het poortnummer)?`,
    };
  if (health === 'timeout')
    return { ok: false, message: `${base} antwoordt niet binnen ${TEST_TIMEOUT_MS / 1000} seconden. Probeer het later opnieuw of controleer het adres.` };
  if (!health.ok) return { ok: false, message: `${base} antwoordt, maar met foutcode ${health.status}. Is dit het adres van een Stagewijzer-server?` };
  let body: { status?: string; corpus?: { reportChunks?: number; lawArticles?: number } };
  try {
    body = (await health.json()) as typeof body;
  } catch {
    body = {};
  }
  if (body.status !== 'ok' || !body.corpus)
    return { ok: false, message: `Op ${base} draait wel iets, maar geen Stagewijzer-server (het antwoord op /healthz klopt niet).` };
  let token = '';
  if (settings.schoolToken) {
    const plans = await get('/api/plans', { authorization: `Bearer ${settings.schoolToken}` });
    if (typeof plans === 'string') token = ' Het schooltoken kon niet worden gecontroleerd: de server antwoordde niet.';
    else if (plans.status === 401) return { ok: false, message: `Verbonden met ${base}, maar het schooltoken wordt niet geaccepteerd. Controleer het token.` };
    else if (!plans.ok) token = ` Het schooltoken kon niet worden gecontroleerd (foutcode ${plans.status}).`;
    else token = ' Het schooltoken is geldig.';
  }
  const { reportChunks = 0, lawArticles = 0 } = body.corpus;
  return {
    ok: true,
    message: `Verbonden met Stagewijzer op ${base} (${reportChunks} passages uit het inspectierapport, ${lawArticles} wetsartikelen).${token}`,
  };
}
