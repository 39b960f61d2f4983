// "Mijn documenten": the school's stored documents; open one or delete it (with confirmation).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, deletePlan, getPlan, listPlans } from '../api.ts';
import { formatDateNl, kindLabels } from '../labels.ts';
import type { PlanDetail, PlanSummary } from '../types.ts';
import type { AttachedPlan } from './AskView.tsx';
import type { Auth } from './App.tsx';
import { ChecklistView } from './ChecklistView.tsx';
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
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState<PlanDetail | null>(null);
  const [status, setStatus] = useState('');

  const fail = (err: unknown): void => {
    if (err instanceof ApiError && err.status === 401) props.onUnauthorized();
    setError(err instanceof ApiError ? err.message : 'Er ging iets mis. Probeer het opnieuw.');
  };

  useEffect(() => {
    if (!token || !props.active) return;
    let cancelled = false;
    setError(null);
    listPlans(token)
      .then((p) => !cancelled && setPlans(p))
      .catch((err: unknown) => !cancelled && fail(err));
    return () => {
      cancelled = true;
    };
  }, [token, props.version, props.active]);

  const openPlan = async (id: string): Promise<void> => {
    if (!token) return;
    setError(null);
    try {
      setOpen(await getPlan(id, token));
    } catch (err) {
      fail(err);
    }
  };

  const remove = async (plan: PlanSummary): Promise<void> => {
    if (!token) return;
    try {
      await deletePlan(plan.planId, token);
      setPlans((all) => (all ?? []).filter((p) => p.planId !== plan.planId));
      if (open?.planId === plan.planId) setOpen(null);
      setStatus(`${plan.title} is verwijderd.`);
      document.getElementById('plans-title')?.focus();
    } catch (err) {
      fail(err);
    } finally {
      setConfirming(null);
    }
  };

  return (
    <div class="plans">
      <h2 id="plans-title" tabIndex={-1}>
        Mijn documenten
      </h2>
      <SchoolLine auth={props.auth} setManualToken={props.setManualToken} />
      {props.auth.state === 'needed' && <TokenForm auth={props.auth} setManualToken={props.setManualToken} />}
      {props.auth.state === 'loading' && <p class="loading">Laden…</p>}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {token && plans && plans.length === 0 && (
        <div class="empty">
          <p>Nog geen documenten. Upload je stageplan of kies een voorbeeld.</p>
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
                  {kindLabels[p.kind] ?? p.kind} · {formatDateNl(p.createdAt)}
                </span>
              </div>
              {confirming === p.planId ? (
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
                  <button type="button" class="button small" onClick={() => void openPlan(p.planId)} aria-label={`Openen: ${p.title}`}>
                    Openen
                  </button>
                  <button type="button" class="button secondary small" onClick={() => setConfirming(p.planId)} aria-label={`Verwijderen: ${p.title}`}>
                    Verwijderen
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
      {open && open.check && (
        <ChecklistView
          check={open.check}
          title={open.title}
          planId={open.planId}
          masked={open.masked}
          text={open.text ?? open.check.text}
          stored
          onAskAbout={props.onAskAbout}
        />
      )}
    </div>
  );
}
