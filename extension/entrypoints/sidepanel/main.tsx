import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CitationList } from '../../components/Citations';
import { PERSONA_LABELS, VERDICT_LABELS } from '../../utils/api-types';
import type { Answer, ApiResult, AskEvent, Citation, ClaimResult, Persona } from '../../utils/api-types';
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
  useEffect(() => {
    if (props.localOnly) return;
    setState({ loading: true });
    let live = true;
    void (browser.runtime.sendMessage({ type: 'claim', claim: props.claim }) as Promise<ApiResult<ClaimResult>>).then(
      (result) => live && setState({ loading: false, result }),
      () => live && setState({ loading: false, result: { ok: false, error: { code: 'extension', message: 'De controle kon niet worden gestart.' } } }),
    );
    return () => {
      live = false;
    };
  }, [props.claim, props.localOnly]);

  const result = state.result;
  return (
    <section class="card" aria-labelledby="claim-h" data-claim-check>
      <h2 id="claim-h">Bewering controleren</h2>
      <p class="claim">“{props.claim}”</p>
      {props.localOnly ? (
        <p class="muted">De controle bij het inspectierapport staat uit.</p>
      ) : state.loading ? (
        <p role="status">Bezig met controleren bij het inspectierapport…</p>
      ) : result && result.ok ? (
        <div data-claim-result>
          <p class={`verdict ${result.data.verdict}`} data-verdict={result.data.verdict}>
            <span aria-hidden="true">{VERDICT_LABELS[result.data.verdict].icon}</span> {VERDICT_LABELS[result.data.verdict].text}
          </p>
          <p class="muted">Zekerheid: {Math.round(result.data.confidence * 100)}%</p>
          <p data-claim-explanation>{result.data.explanation}</p>
          <CitationList citations={result.data.evidence} apiBase={props.apiBase} label="Passages uit de bronnen" />
        </div>
      ) : (
        <p class="error" role="alert" data-claim-error>
          {result && !result.ok ? result.error.message : 'Onbekende fout.'}
        </p>
      )}
      <button type="button" onClick={props.onClose}>
        Sluiten
      </button>
    </section>
  );
}

function Chat(props: { localOnly: boolean; apiBase: string }) {
  const [persona, setPersona] = useState<Persona>('coordinator');
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [final, setFinal] = useState<Answer | null>(null);
  const [citations, setCitations] = useState<Citation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [streaming, setStreaming] = useState(false);
  const port = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);

  const stop = (): void => {
    port.current?.postMessage({ type: 'stop' } satisfies AskClientMessage);
    port.current?.disconnect();
    port.current = null;
    setStreaming(false);
  };

  const ask = (e: Event): void => {
    e.preventDefault();
    const q = question.trim();
    if (!q || props.localOnly) return;
    stop();
    setAnswer('');
    setFinal(null);
    setCitations([]);
    setError(null);
    setStreaming(true);
    const p = browser.runtime.connect({ name: ASK_PORT });
    port.current = p;
    p.onMessage.addListener((msg: AskEvent | { type: 'end' }) => {
      if (msg.type === 'citations') setCitations(msg.citations);
      else if (msg.type === 'delta') setAnswer((a) => a + msg.text);
      else if (msg.type === 'done') {
        setFinal(msg.answer);
        setAnswer(msg.answer.answer);
        setCitations(msg.answer.citations);
      } else if (msg.type === 'error') setError(msg.error.message);
      if (msg.type === 'done' || msg.type === 'error' || msg.type === 'end') {
        setStreaming(false);
        if (port.current === p) {
          p.disconnect();
          port.current = null;
        }
      }
    });
    p.postMessage({ type: 'start', question: q, persona } satisfies AskClientMessage);
  };

  return (
    <section aria-labelledby="chat-h" data-chat>
      <h2 id="chat-h">Vraag het Stagewijzer</h2>
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
        <label for="question" class="muted">
          Je vraag
        </label>
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
              Stop
            </button>
          )}
        </div>
      </form>
      {props.localOnly && <p class="muted">De chat staat uit omdat alleen lokaal controleren aan staat.</p>}
      {error && (
        <p class="error" role="alert" data-chat-error>
          {error}
        </p>
      )}
      {(answer || streaming) && (
        <div class="answer" aria-live="polite" aria-busy={streaming} data-answer data-done={final ? 'true' : 'false'}>
          {answer || 'Bezig…'}
        </div>
      )}
      {final && !final.grounded && <p class="muted">De bronnen geven hier geen antwoord op.</p>}
      <CitationList citations={citations} apiBase={props.apiBase} />
    </section>
  );
}

render(<App />, document.getElementById('app')!);
