// "Document controleren": upload (or sample), progress, then the checklist.
import { useRef, useState } from 'preact/hooks';
import { ApiError, checkOnly, fetchSample, isAbort, uploadPlan, type Progress } from '../api.ts';
import { formatBytes } from '../labels.ts';
import type { CheckResult, Masked, SampleInfo } from '../types.ts';
import type { AttachedPlan } from './AskView.tsx';
import type { Auth } from './App.tsx';
import { ChecklistView } from './ChecklistView.tsx';
import { SamplesPicker } from './SamplesPicker.tsx';
import { SchoolLine, TokenForm } from './TokenForm.tsx';
import { acceptable, UploadArea } from './UploadArea.tsx';

/** What the user can do about an error, per HTTP status. */
export function uploadAdvice(status: number): string {
  switch (status) {
    case 0:
      return 'Controleer je verbinding en probeer het opnieuw.';
    case 401:
      return 'Controleer je schooltoken en probeer het opnieuw.';
    case 413:
      return 'Kies een kleiner bestand, of kopieer de tekst naar een .txt-bestand en upload dat.';
    case 415:
      return 'Kies een PDF, Word-bestand (.docx), tekstbestand (.txt of .md) of webpagina (.html).';
    case 422:
      return 'Staat er een wachtwoord op het bestand, of is het een scan? Sla het op als gewone PDF of Word-bestand, of kopieer de tekst naar een .txt-bestand.';
    case 429:
      return 'Wacht een minuut en probeer het dan opnieuw.';
    default:
      return 'Probeer het later opnieuw.';
  }
}

interface Result {
  check: CheckResult;
  title: string;
  planId?: string;
  masked?: Masked;
  text?: string;
}

export function CheckView(props: {
  auth: Auth;
  setManualToken(t: string | null): void;
  onUnauthorized(): void;
  onAskAbout(plan: AttachedPlan): void;
  onStored(): void;
}) {
  const [onlyCheck, setOnlyCheck] = useState(false);
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<{ message: string; advice: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const abort = useRef<AbortController | null>(null);
  const busy = progress !== null;
  const token = props.auth.state === 'ready' ? props.auth.token : null;
  const needsToken = !onlyCheck && props.auth.state === 'needed';

  const start = async (f: File): Promise<void> => {
    setError(null);
    setResult(null);
    setFile({ name: f.name, size: f.size });
    if (!acceptable(f.name)) {
      setError({ message: 'Dit soort bestand kan Stagewijzer niet lezen.', advice: uploadAdvice(415) });
      return;
    }
    if (!onlyCheck && !token) {
      setError({ message: 'Je hebt een schooltoken nodig om documenten op te slaan.', advice: 'Vul hieronder je schooltoken in, of kies "Alleen controleren, niet opslaan".' });
      return;
    }
    const ac = new AbortController();
    abort.current = ac;
    setProgress({ phase: 'upload', loaded: 0, total: f.size });
    try {
      if (onlyCheck) {
        const check = await checkOnly(f, { onProgress: setProgress, signal: ac.signal });
        setResult({ check, title: f.name, text: check.text });
      } else {
        const created = await uploadPlan(f, { token, onProgress: setProgress, signal: ac.signal });
        setResult({ check: created.check, title: created.title || f.name, planId: created.planId, masked: created.masked, text: created.text ?? created.check?.text });
        props.onStored();
      }
    } catch (err) {
      if (isAbort(err)) setError({ message: 'Het uploaden is gestopt.', advice: 'Kies het bestand opnieuw als je het toch wilt controleren.' });
      else if (err instanceof ApiError) {
        if (err.status === 401) props.onUnauthorized();
        setError({ message: err.message, advice: uploadAdvice(err.status) });
      } else setError({ message: 'Er ging iets mis bij het controleren.', advice: uploadAdvice(500) });
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const pickSample = async (s: SampleInfo): Promise<void> => {
    try {
      await start(await fetchSample(s));
    } catch (err) {
      setError({ message: err instanceof ApiError ? err.message : 'Het voorbeeld kon niet worden geladen.', advice: uploadAdvice(0) });
    }
  };

  const pct = progress?.phase === 'upload' && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 100;

  return (
    <div class="check">
      <h2>Document controleren</h2>
      <p class="lead">
        Upload je stageplan, stageovereenkomst of leer-werkovereenkomst. Stagewijzer controleert per wettelijke eis of die in je document
        staat, en laat zien waar.
      </p>
      <SchoolLine auth={props.auth} setManualToken={props.setManualToken} />
      <label class="checkbox">
        <input type="checkbox" checked={onlyCheck} onChange={(e) => setOnlyCheck(e.currentTarget.checked)} disabled={busy} />
        <span>Alleen controleren, niet opslaan</span>
      </label>
      {needsToken && <TokenForm auth={props.auth} setManualToken={props.setManualToken} />}
      <UploadArea disabled={busy} onFile={(f) => void start(f)} />
      {file && (
        <p class="file-info">
          Bestand: <strong>{file.name}</strong> ({formatBytes(file.size)})
        </p>
      )}
      {progress && (
        <div class="progress" role="status">
          <label for="upload-progress">{progress.phase === 'upload' ? `Uploaden… ${pct}%` : 'Bezig met controleren…'}</label>
          <progress id="upload-progress" max={100} value={progress.phase === 'upload' ? pct : undefined}>
            {pct}%
          </progress>
          <button type="button" class="link-button" onClick={() => abort.current?.abort()}>
            Stoppen
          </button>
        </div>
      )}
      {error && (
        <div class="alert" role="alert">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {error.message}
            </strong>
          </p>
          <p>{error.advice}</p>
        </div>
      )}
      <SamplesPicker disabled={busy} onPick={(s) => void pickSample(s)} />
      {result && (
        <ChecklistView
          check={result.check}
          title={result.title}
          planId={result.planId}
          masked={result.masked}
          text={result.text}
          stored={!!result.planId}
          onAskAbout={props.onAskAbout}
        />
      )}
    </div>
  );
}
