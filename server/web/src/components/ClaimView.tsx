// "Bewering controleren": check a claim against the report.
import { useState } from 'preact/hooks';
import { ApiError, checkClaim } from '../api.ts';
import { verdictLabels } from '../labels.ts';
import type { ClaimResult } from '../types.ts';
import { CitationList } from './CitationList.tsx';

const MAX_CLAIM = 1000;

export function ClaimView() {
  const [claim, setClaim] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ClaimResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    const text = claim.trim();
    if (!text) {
      setError('Typ eerst een bewering.');
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await checkClaim(text));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Er ging iets mis. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  };

  const verdict = result ? verdictLabels[result.verdict] : null;
  return (
    <div class="claim">
      <h2>Bewering controleren</h2>
      <p class="lead">Zie je een bewering over stages, bijvoorbeeld in het nieuws of in een schooldocument? Stagewijzer zoekt uit wat het inspectierapport erover zegt.</p>
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
          maxLength={MAX_CLAIM}
          value={claim}
          aria-describedby="claim-count"
          placeholder="Bijvoorbeeld: De meeste vmbo-afdelingen evalueren hun stages structureel."
          onInput={(e) => setClaim(e.currentTarget.value)}
        />
        <div class="form-row">
          <span id="claim-count" class="counter">
            {claim.length} / {MAX_CLAIM} tekens
          </span>
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Bezig…' : 'Controleer bewering'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {busy && (
          <p class="loading">
            <span class="spinner" aria-hidden="true" />
            Stagewijzer zoekt in het rapport…
          </p>
        )}
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        {result && verdict && (
          <section class={`verdict-card verdict-${result.verdict}`} aria-labelledby="verdict-title">
            <h3 id="verdict-title" class="verdict">
              <span aria-hidden="true">{verdict.icon} </span>
              {verdict.text}
            </h3>
            {typeof result.confidence === 'number' && <p class="meta">Zekerheid: {Math.round(result.confidence * 100)}%</p>}
            <p>{result.explanation}</p>
            {result.evidence?.length > 0 && <CitationList citations={result.evidence} prefix="claim" title="Bewijs uit de bronnen" />}
          </section>
        )}
      </div>
    </div>
  );
}
