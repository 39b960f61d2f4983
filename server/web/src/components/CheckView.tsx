// "Document controleren": upload (or a sample) → the check, which stores nothing. Storing is a choice:
// "Opslaan bij Mijn documenten", and only for a stage document (chosen, when the kind is unsure).
import { kindLabels, type CheckedDocument, type DocumentKind } from '@stagewijzer/server/contract';
import { useRef, useState } from 'preact/hooks';
import { ApiError, checkFile, checkText, fetchSample, isAbort, messageOf, storePlan, type Progress, type SampleInfo } from '../api.ts';
import { formatBytes } from '../format.ts';
import type { AttachedPlan } from './AskView.tsx';
import type { Auth } from './App.tsx';
import { Busy } from './Busy.tsx';
import { ChecklistView } from './ChecklistView.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { KindChooser, kindIsUnsure } from './KindChooser.tsx';
import { SamplesPicker } from './SamplesPicker.tsx';
import { SchoolLine, TokenForm } from './TokenForm.tsx';
import { acceptable, UploadArea } from './UploadArea.tsx';

/** What the user can do about an error, per HTTP status. */
export function uploadAdvice(status: number): string {
  switch (status) {
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
      return '';
  }
}

const titleFromName = (name: string) =>
  name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim() || 'Naamloos document';

interface Result {
  check: CheckedDocument;
  title: string;
  /** Chosen by the user (not detected). */
  chosen?: DocumentKind;
  planId?: string;
  maskedMessage?: string | null;
}

type Work = { what: 'upload'; progress: Progress } | { what: 'recheck' | 'store' };

export function CheckView(props: {
  auth: Auth;
  setManualToken(t: string | null): void;
  onUnauthorized(): void;
  onAskAbout(plan: AttachedPlan): void;
  onStored(): void;
}) {
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [work, setWork] = useState<Work | null>(null);
  const [error, setError] = useState<{ message: string; advice: string; retry?: () => void } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const abort = useRef<AbortController | null>(null);
  const busy = work !== null;
  const token = props.auth.state === 'ready' ? props.auth.token : null;

  /** Runs one request with a stop button; an error offers "Opnieuw" when trying again can help. */
  const attempt = async (w: Work, retry: () => void, fn: (signal: AbortSignal) => Promise<void>): Promise<void> => {
    const ac = new AbortController();
    abort.current = ac;
    setError(null);
    setWork(w);
    try {
      await fn(ac.signal);
    } catch (err) {
      if (isAbort(err)) setError({ message: 'Gestopt.', advice: '', retry });
      else {
        if (err instanceof ApiError && err.status === 401) props.onUnauthorized();
        const status = err instanceof ApiError ? err.status : 500;
        setError({ message: messageOf(err), advice: uploadAdvice(status), ...(!(err instanceof ApiError) || err.retryable ? { retry } : {}) });
      }
    } finally {
      if (abort.current === ac) abort.current = null;
      setWork(null);
    }
  };

  const start = (f: File): void => {
    setResult(null);
    setFile({ name: f.name, size: f.size });
    if (!acceptable(f.name)) {
      setError({ message: 'Dit soort bestand kan Stagewijzer niet lezen.', advice: uploadAdvice(415) });
      return;
    }
    void attempt(
      { what: 'upload', progress: { phase: 'upload', loaded: 0, total: f.size } },
      () => start(f),
      async (signal) => {
        const check = await checkFile(f, { signal, onProgress: (progress) => setWork({ what: 'upload', progress }) });
        setResult({ check, title: titleFromName(f.name) });
      },
    );
  };

  const recheck = (kind: DocumentKind): void => {
    const current = result;
    if (!current) return;
    void attempt(
      { what: 'recheck' },
      () => recheck(kind),
      async (signal) => {
        const check = await checkText(current.check.text, kind, signal);
        setResult({ ...current, check, chosen: kind });
      },
    );
  };

  const store = (andAsk: boolean): void => {
    const current = result;
    if (!current || !token) return;
    void attempt(
      { what: 'store' },
      () => store(andAsk),
      async (signal) => {
        const kind = current.check.kind === 'unknown' ? undefined : current.check.kind;
        const created = await storePlan({ title: current.title, text: current.check.text, ...(kind ? { kind } : {}) }, token, signal);
        setResult({ ...current, check: created.check, planId: created.planId, maskedMessage: created.maskedMessage });
        props.onStored();
        if (andAsk) props.onAskAbout({ planId: created.planId, title: created.title });
      },
    );
  };

  const pickSample = async (s: SampleInfo): Promise<void> => {
    const sample: { file?: File } = {};
    await attempt(
      { what: 'upload', progress: { phase: 'processing' } },
      () => void pickSample(s),
      async (signal) => {
        sample.file = await fetchSample(s, signal);
      },
    );
    if (sample.file) start(sample.file);
  };

  const pct =
    work?.what === 'upload' && work.progress.phase === 'upload' && work.progress.total > 0
      ? Math.round((work.progress.loaded / work.progress.total) * 100)
      : null;
  const stop = () => abort.current?.abort();

  const storeSection = (r: Result) => {
    if (r.planId) {
      return (
        <div class="store-box">
          <p>Opgeslagen bij Mijn documenten.</p>
          <button type="button" class="button" onClick={() => props.onAskAbout({ planId: r.planId!, title: r.title })}>
            Stel een vraag over dit document
          </button>
        </div>
      );
    }
    if (r.check.kind === 'unknown') {
      return (
        <p class="store-box hint">Niet opgeslagen. Een document dat geen stagedocument lijkt, slaat Stagewijzer alleen op als je hierboven het soort kiest.</p>
      );
    }
    return (
      <div class="store-box">
        <p>Dit document is nog niet opgeslagen. Sla het op om het later terug te zien of er vragen over te stellen.</p>
        {props.auth.state === 'needed' && <TokenForm auth={props.auth} setManualToken={props.setManualToken} />}
        <div class="button-row">
          <button type="button" class="button" disabled={busy || !token} onClick={() => store(false)}>
            Opslaan bij Mijn documenten
          </button>
          <button type="button" class="button secondary" disabled={busy || !token} onClick={() => store(true)}>
            Opslaan en een vraag stellen
          </button>
        </div>
      </div>
    );
  };

  return (
    <div class="check">
      <h2 class="view-title">Document controleren</h2>
      <p class="lead">
        Upload je stageplan, stageovereenkomst of leer-werkovereenkomst. Stagewijzer controleert per wettelijke eis of die in je document staat, en laat zien
        waar. Controleren slaat niets op.
      </p>
      <SchoolLine auth={props.auth} setManualToken={props.setManualToken} />
      <UploadArea disabled={busy} onFile={start} />
      {file && (
        <p class="file-info">
          Bestand: <strong>{file.name}</strong> ({formatBytes(file.size)})
        </p>
      )}
      {work?.what === 'upload' && work.progress.phase === 'upload' && pct !== null && pct < 100 ? (
        <div class="progress" role="status">
          <label for="upload-progress">Uploaden… {pct}%</label>
          <progress id="upload-progress" max={100} value={pct}>
            {pct}%
          </progress>
          <button type="button" class="button small secondary" onClick={stop}>
            Stoppen
          </button>
        </div>
      ) : (
        work && (
          <div role="status">
            <Busy text={work.what === 'store' ? 'Bezig met opslaan…' : 'Bezig met controleren…'} onStop={stop} />
          </div>
        )
      )}
      {error && <ErrorNotice message={error.message} advice={error.advice || undefined} onRetry={error.retry} />}
      {result && (
        <ChecklistView check={result.check} title={result.title} planId={result.planId} maskedMessage={result.maskedMessage} actions={storeSection(result)}>
          {result.chosen && <p class="hint">Gecontroleerd als {kindLabels[result.chosen].toLowerCase()}, zoals je koos.</p>}
          {!result.planId && !result.chosen && kindIsUnsure(result.check) && <KindChooser check={result.check} busy={busy} onChoose={recheck} />}
        </ChecklistView>
      )}
      <SamplesPicker disabled={busy} onPick={(s) => void pickSample(s)} />
    </div>
  );
}
