// "Mijn documenten": the school's stored documents; open one or delete it (with confirmation).
import { kindLabels, maskedMessage, type PlanDetail, type PlanSummary } from '@stagewijzer/server/contract';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, deletePlan, getPlan, isAbort, listPlans, messageOf } from '../api.ts';
import { formatDateNl } from '../format.ts';
import type { AttachedPlan } from './AskView.tsx';
import type { Auth } from './App.tsx';
import { Busy } from './Busy.tsx';
import { ChecklistView } from './ChecklistView.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { SchoolLine, TokenForm } from './TokenForm.tsx';

export function PlansView(props: {
  auth: Auth;
  setManualToken(t: string | null): void;
  onUnauthorized(): void;
  version: number;
  active: boolean;
  onAskAbout(plan: AttachedPlan): void;
  onChooseSample(): void;
}) {
  const token = props.auth.state === 'ready' ? props.auth.token : null;
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<{ message: string; retry?: () => void } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState<PlanDetail | null>(null);
  const [status, setStatus] = useState('');
  const [reload, setReload] = useState(0);

  const fail = (err: unknown, retry: () => void): void => {
    if (err instanceof ApiError && err.status === 401) props.onUnauthorized();
    setError({ message: messageOf(err), ...(!(err instanceof ApiError) || err.retryable ? { retry } : {}) });
  };

  useEffect(() => {
    if (!token || !props.active) return;
    const ac = new AbortController();
    setError(null);
    setLoading(true);
    listPlans(token, ac.signal)
      .then(setPlans)
      .catch((err: unknown) => !isAbort(err) && fail(err, () => setReload((n) => n + 1)))
      .finally(() => setLoading(false));
    return () => ac.abort();
  }, [token, props.version, props.active, reload]);

  const openPlan = async (id: string): Promise<void> => {
    if (!token) return;
    setError(null);
    try {
      setOpen(await getPlan(id, token));
    } catch (err) {
      fail(err, () => void openPlan(id));
    }
  };

  const remove = async (plan: PlanSummary): Promise<void> => {
    if (!token) return;
    setError(null);
    try {
      await deletePlan(plan.planId, token);
      setPlans((all) => (all ?? []).filter((p) => p.planId !== plan.planId));
      if (open?.planId === plan.planId) setOpen(null);
      setStatus(`${plan.title} is verwijderd.`);
      document.getElementById('plans-title')?.focus();
    } catch (err) {
      fail(err, () => void remove(plan));
    } finally {
      setConfirming(null);
    }
  };

  return (
    <div class="plans">
      <h2 id="plans-title" class="view-title" tabIndex={-1}>
        Mijn documenten
      </h2>
      <SchoolLine auth={props.auth} setManualToken={props.setManualToken} />
      {props.auth.state === 'needed' && <TokenForm auth={props.auth} setManualToken={props.setManualToken} />}
      {(props.auth.state === 'loading' || (loading && !plans)) && <Busy text="Laden…" />}
      {error && <ErrorNotice message={error.message} onRetry={error.retry} />}
      {token && plans && plans.length === 0 && (
        <div class="empty">
          <p>Nog geen documenten. Controleer je stageplan of een voorbeeld, en kies dan "Opslaan bij Mijn documenten".</p>
          <button type="button" class="button secondary" onClick={props.onChooseSample}>
            Naar Document controleren
          </button>
        </div>
      )}
      {token && plans && plans.length > 0 && (
        <ul class="plan-list">
          {plans.map((p) => (
            <li key={p.planId} class="plan-item">
              <div class="plan-info">
                <strong>{p.title}</strong>
                <span>
                  {kindLabels[p.kind]} · {formatDateNl(p.createdAt)}
                </span>
              </div>
              {confirming === p.planId ? (
                // biome-ignore lint/a11y/useSemanticElements: a labelled group of two buttons, not a form section
                <div class="confirm" role="group" aria-label={`Verwijderen bevestigen: ${p.title}`}>
                  <span>Weet je zeker dat je dit document wilt verwijderen?</span>
                  <button type="button" class="button danger small" onClick={() => void remove(p)}>
                    Ja, verwijderen
                  </button>
                  <button type="button" class="button secondary small" onClick={() => setConfirming(null)}>
                    Annuleren
                  </button>
                </div>
              ) : (
                <div class="plan-actions">
                  <button type="button" class="button small" onClick={() => void openPlan(p.planId)}>
                    Openen<span class="visually-hidden">: {p.title}</span>
                  </button>
                  <button type="button" class="button secondary small" onClick={() => setConfirming(p.planId)}>
                    Verwijderen<span class="visually-hidden">: {p.title}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
      {open && (
        <ChecklistView
          check={open.check}
          title={open.title}
          planId={open.planId}
          maskedMessage={maskedMessage(open.masked)}
          actions={
            <button type="button" class="button" onClick={() => props.onAskAbout({ planId: open.planId, title: open.title })}>
              Stel een vraag over dit document
            </button>
          }
        />
      )}
    </div>
  );
}
