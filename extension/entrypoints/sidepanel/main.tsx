import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CitationList } from '../../components/Citations';
import { historyOf, TurnView } from '../../components/Conversation';
import type { AnswerView, Turn } from '../../components/Conversation';
import { PERSONA_LABELS, VERDICT_LABELS } from '../../utils/api-types';
import type { ApiResult, AskEvent, ClaimResult, Persona } from '../../utils/api-types';
import { ASK_PORT } from '../../utils/messages';
import type { AskClientMessage } from '../../utils/messages';
import { apiBaseItem, LOCAL_ONLY_MESSAGE, localOnlyItem } from '../../utils/settings';

const PENDING_CLAIM_KEY = 'pendingClaim';

function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, []);
  return value;
}

function App() {
  const localOnly = useSetting(localOnlyItem, false);
  const apiBase = useSetting(apiBaseItem, 'http://localhost:8787');
  const [claim, setClaim] = useState<string | null>(() => new URLSearchParams(location.search).get('claim'));

  useEffect(() => {
    const take = (v: unknown): void => {
      const c = (v as { claim?: string } | undefined)?.claim;
      if (c) {
        setClaim(c);
        void browser.storage.session.remove(PENDING_CLAIM_KEY);
      }
    };
    void browser.storage.session.get(PENDING_CLAIM_KEY).then((r) => take(r[PENDING_CLAIM_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'session' && changes[PENDING_CLAIM_KEY]?.newValue) take(changes[PENDING_CLAIM_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return (
    <main>
      <h1>Stagewijzer</h1>
      {localOnly && (
        <p class="notice" role="status" data-local-only>
          {LOCAL_ONLY_MESSAGE}
        </p>
      )}
      {claim && <ClaimCheck claim={claim} localOnly={localOnly} apiBase={apiBase} onClose={() => setClaim(null)} />}
      <Chat localOnly={localOnly} apiBase={apiBase} />
    </main>
  );
}

function ClaimCheck(props: { claim: string; localOnly: boolean; apiBase: string; onClose: () => void }) {
  const [state, setState] = useState<{ loading: boolean; result?: ApiResult<ClaimResult> }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (props.localOnly) return;
    setState({ loading: true });
    let live = true;
    void (browser.runtime.sendMessage({ type: 'claim', claim: props.claim }) as Promise<ApiResult<ClaimResult>>).then(
      (result) => live && setState({ loading: false, result }),
      () =>
        live &&
        setState({ loading: false, result: { ok: false, error: { code: 'extension', message: 'Stagewijzer is even niet bereikbaar. Probeer het opnieuw.' } } }),
    );
    return () => {
      live = false;
    };
  }, [props.claim, props.localOnly, attempt]);

  const result = state.result;
  return (
    <section class="card" aria-labelledby="claim-h" data-claim-check>
      <h2 id="claim-h">Bewering controleren</h2>
      <p class="claim">“{props.claim}”</p>
      {props.localOnly ? (
        <p class="muted">De controle bij het inspectierapport staat uit.</p>
      ) : state.loading ? (
        <p role="status">Bezig met controleren bij het inspectierapport…</p>
      ) : result?.ok ? (
        <div data-claim-result>
          <p class={`verdict ${result.data.verdict}`} data-verdict={result.data.verdict}>
            <span aria-hidden="true">{VERDICT_LABELS[result.data.verdict].icon}</span> {VERDICT_LABELS[result.data.verdict].text}
          </p>
          <p class="muted">Zekerheid: {Math.round(result.data.confidence * 100)}%</p>
          <p data-claim-explanation>{result.data.explanation}</p>
          {result.data.verdict === 'not_in_sources' ? (
            result.data.evidence.length > 0 && (
              <details>
                <summary>Passages die er het dichtst bij komen (geen bewijs)</summary>
                <CitationList citations={result.data.evidence} apiBase={props.apiBase} label="Passages die er het dichtst bij komen" />
              </details>
            )
          ) : (
            <CitationList citations={result.data.evidence} apiBase={props.apiBase} label="Bewijs uit de bronnen" quotesOpen />
          )}
        </div>
      ) : (
        <div class="error" role="alert" data-claim-error>
          <p>{result && !result.ok ? result.error.message : 'Er ging iets mis bij het controleren.'}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)} data-retry>
            Opnieuw
          </button>
        </div>
      )}
      <button type="button" onClick={props.onClose}>
        Sluiten
      </button>
    </section>
  );
}

let nextKey = 1;

function Chat(props: { localOnly: boolean; apiBase: string }) {
  const [persona, setPersona] = useState<Persona>('coordinator');
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const port = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);
  const turnsRef = useRef<Turn[]>([]);
  turnsRef.current = turns;
  const streaming = turns.some((t) => t.streaming);

  const update = (key: number, change: (t: Turn) => Partial<Turn>): void => setTurns((all) => all.map((t) => (t.key === key ? { ...t, ...change(t) } : t)));

  const stop = (): void => {
    port.current?.postMessage({ type: 'stop' } satisfies AskClientMessage);
    port.current?.disconnect();
    port.current = null;
    setTurns((all) =>
      all.map((t) =>
        t.streaming ? { ...t, streaming: false, error: t.final ? null : 'Gestopt. Je vraag staat nog in het vak: pas hem aan of vraag opnieuw.' } : t,
      ),
    );
  };

  /** Asks `q`; with `retryKey`, asks again in place of a turn that failed (its question is kept). */
  const send = (q: string, p: Persona, retryKey?: number): void => {
    if (!q || props.localOnly) return;
    stop();
    const earlier = turnsRef.current.filter((t) => t.key !== retryKey);
    const key = retryKey ?? nextKey++;
    const fresh: Turn = { key, question: q, persona: p, text: '', citations: [], final: null, error: null, streaming: true };
    setTurns(retryKey ? turnsRef.current.map((t) => (t.key === retryKey ? fresh : t)) : [...turnsRef.current, fresh]);
    const connection = browser.runtime.connect({ name: ASK_PORT });
    port.current = connection;
    connection.onMessage.addListener((msg: AskEvent | { type: 'end' }) => {
      if (msg.type === 'citations') update(key, () => ({ citations: msg.citations }));
      else if (msg.type === 'delta') update(key, (t) => ({ text: t.text + msg.text }));
      else if (msg.type === 'done') {
        const answer = msg.answer as AnswerView;
        update(key, () => ({ final: answer, text: answer.answer, citations: answer.citations }));
      } else if (msg.type === 'error') update(key, () => ({ error: msg.error.message }));
      if (msg.type === 'done' || msg.type === 'error' || msg.type === 'end') {
        update(key, () => ({ streaming: false }));
        if (port.current === connection) {
          connection.disconnect();
          port.current = null;
        }
        if (msg.type === 'done') {
          setQuestion('');
          requestAnimationFrame(() => document.getElementById(`turn-${key}`)?.scrollIntoView({ block: 'start' }));
        }
      }
    });
    connection.postMessage({ type: 'start', question: q, persona: p, history: historyOf(earlier) } satisfies AskClientMessage);
  };

  const ask = (e: Event): void => {
    e.preventDefault();
    send(question.trim(), persona);
  };

  return (
    <section aria-labelledby="chat-h" data-chat>
      <h2 id="chat-h">Vraag het Stagewijzer</h2>
      {turns.length > 0 && (
        <ol class="conversation" aria-label="Gesprek">
          {turns.map((t) => (
            <TurnView key={t.key} turn={t} apiBase={props.apiBase} onRetry={() => send(t.question, t.persona, t.key)} />
          ))}
        </ol>
      )}
      <form onSubmit={ask}>
        <fieldset class="persona">
          <legend>Ik ben</legend>
          {(Object.keys(PERSONA_LABELS) as Persona[]).map((p) => (
            <label key={p}>
              <input type="radio" name="persona" value={p} checked={persona === p} onChange={() => setPersona(p)} />
              <span>{PERSONA_LABELS[p]}</span>
            </label>
          ))}
        </fieldset>
        <label for="question">{turns.some((t) => t.final) ? 'Stel een vervolgvraag' : 'Je vraag'}</label>
        <textarea
          id="question"
          name="question"
          maxLength={2000}
          value={question}
          disabled={props.localOnly}
          placeholder="Bijvoorbeeld: Wat moet er in een stageovereenkomst staan?"
          onInput={(e) => setQuestion((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) ask(e);
          }}
        />
        <div class="row">
          <button type="submit" class="primary" disabled={props.localOnly || streaming || !question.trim()}>
            Vraag
          </button>
          {streaming && (
            <button type="button" onClick={stop} data-stop>
              Stoppen
            </button>
          )}
          {turns.length > 0 && !streaming && (
            <button type="button" onClick={() => setTurns([])} data-new-conversation>
              Nieuw gesprek
            </button>
          )}
        </div>
      </form>
      {props.localOnly && <p class="muted">De chat staat uit omdat alleen lokaal controleren aan staat.</p>}
    </section>
  );
}

render(<App />, document.getElementById('app')!);
