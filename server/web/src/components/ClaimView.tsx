// "Bewering controleren": a claim against the report, with why: the sentence or figure it was compared
// with, who and what it is about, and the two amounts side by side.
import { LIMITS, verdictLabels, type Amount, type ClaimMatch, type ClaimResult } from '@stagewijzer/server/contract';
import { useRef, useState } from 'preact/hooks';
import { ApiError, checkClaim, isAbort, messageOf } from '../api.ts';
import { Busy } from './Busy.tsx';
import { CitationList } from './CitationChip.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

const amountText = (a: Amount | undefined) => a?.text ?? '—';

export function Why(props: { match: ClaimMatch; verdict: ClaimResult['verdict'] }) {
  const m = props.match;
  const both = m.claimed && m.stated;
  return (
    <section class="why" aria-labelledby="why-title">
      <h4 id="why-title" class="small-heading">
        Waarom
      </h4>
      <p class="why-source">{m.kind === 'fact' ? 'Vergeleken met dit cijfer uit het rapport:' : 'Vergeleken met deze zin uit de bronnen:'}</p>
      <blockquote class="quote">{m.text}</blockquote>
      {(m.population || m.measure) && (
        <dl class="why-facts">
          {m.population && (
            <>
              <dt>Over wie</dt>
              <dd>{m.population}</dd>
            </>
          )}
          {m.measure && (
            <>
              <dt>Over wat</dt>
              <dd>{m.measure}</dd>
            </>
          )}
        </dl>
      )}
      {both && (
        <div class={`amounts${props.verdict === 'contradicted' ? ' amounts-differ' : ''}`}>
          <div class="amount">
            <span class="amount-label">In de bewering</span>
            <span class="amount-value">{amountText(m.claimed)}</span>
          </div>
          <div class="amount">
            <span class="amount-label">In het rapport</span>
            <span class="amount-value">{amountText(m.stated)}</span>
          </div>
        </div>
      )}
    </section>
  );
}

export function ClaimView() {
  const [claim, setClaim] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ClaimResult | null>(null);
  const [error, setError] = useState<{ message: string; retryable: boolean } | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const submit = async (): Promise<void> => {
    const text = claim.trim();
    if (!text) {
      setInputError('Typ eerst een bewering.');
      return;
    }
    const ac = new AbortController();
    controller.current = ac;
    setBusy(true);
    setError(null);
    setInputError(null);
    setResult(null);
    try {
      setResult(await checkClaim(text, ac.signal));
    } catch (err) {
      if (isAbort(err)) setError({ message: 'Gestopt.', retryable: true });
      else setError({ message: messageOf(err), retryable: !(err instanceof ApiError) || err.retryable });
    } finally {
      if (controller.current === ac) controller.current = null;
      setBusy(false);
    }
  };

  const verdict = result ? verdictLabels[result.verdict] : null;
  // A claim the sources do not address has no evidence: nothing unrelated is shown as proof.
  const evidence = result && result.verdict !== 'not_in_sources' ? result.evidence : [];
  return (
    <div class="claim">
      <h2 class="view-title">Bewering controleren</h2>
      <p class="lead">
        Zie je een bewering over stages, bijvoorbeeld in het nieuws of in een schooldocument? Stagewijzer zoekt uit wat het inspectierapport erover zegt.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label for="claim" class="field-label">
          Bewering
        </label>
        <textarea
          id="claim"
          rows={3}
          maxLength={LIMITS.claim}
          value={claim}
          aria-describedby={`claim-count${inputError ? ' claim-error' : ''}`}
          aria-invalid={inputError ? true : undefined}
          placeholder="Bijvoorbeeld: De meeste vmbo-afdelingen evalueren hun stages structureel."
          onInput={(e) => {
            setClaim(e.currentTarget.value);
            if (inputError) setInputError(null);
          }}
        />
        {inputError && (
          <p id="claim-error" class="field-error">
            {inputError}
          </p>
        )}
        <div class="form-row">
          <span id="claim-count" class="hint">
            {claim.length} / {LIMITS.claim} tekens
          </span>
          <button type="submit" class="button" disabled={busy}>
            Controleer bewering
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {busy && <Busy text="Stagewijzer zoekt in het rapport…" onStop={() => controller.current?.abort()} />}
        {error && <ErrorNotice message={error.message} onRetry={error.retryable ? () => void submit() : undefined} />}
        {result && verdict && (
          <section class={`verdict-card verdict-${result.verdict}`} aria-labelledby="verdict-title">
            <h3 id="verdict-title" class="verdict">
              <span aria-hidden="true">{verdict.icon} </span>
              {verdict.text}
            </h3>
            <p class="meta">Zekerheid: {Math.round(result.confidence * 100)}%</p>
            <p>{result.explanation}</p>
            {result.match && result.verdict !== 'not_in_sources' && <Why match={result.match} verdict={result.verdict} />}
            {evidence.length > 0 && (
              <details class="sources" open>
                <summary>
                  <span class="sources-title">Bewijs uit de bronnen ({evidence.length})</span>
                </summary>
                <CitationList citations={evidence} prefix="claim" showQuotes label="Bewijs uit de bronnen" />
              </details>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
