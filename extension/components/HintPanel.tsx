import type { CheckResult, RequirementResult } from '../utils/checklist';
import { DEFAULT_EXPECTED_LOCATION, KIND_LABELS, STATUS_LABELS } from '../utils/checklist';

export function articleText(r: Pick<RequirementResult, 'law' | 'article' | 'lid'>): string {
  return `${r.law} art. ${r.article}${r.lid ? ` lid ${r.lid}` : ''}`;
}

export function summaryText(result: CheckResult): string {
  const s = result.summary;
  return `${s.present} aanwezig · ${s.missing} ontbreekt · ${s.unclear} onduidelijk · ${s.violated} in strijd met de wet`;
}

export function Badge(props: { result: CheckResult; onClick: () => void }) {
  const { result } = props;
  const open = result.summary.missing + result.summary.unclear + result.summary.violated;
  const kind = KIND_LABELS[result.kind];
  return (
    <button
      type="button"
      class="sw badge"
      onClick={props.onClick}
      aria-label={`Stagewijzer: ${kind} herkend, ${open} aandachtspunt${open === 1 ? '' : 'en'}. Open de hints.`}
      title="Stagewijzer: open de hints"
    >
      <span aria-hidden="true">§</span>
      <span>{kind}</span>
      <span>· {open === 0 ? 'compleet' : `${open} aandachtspunt${open === 1 ? '' : 'en'}`}</span>
    </button>
  );
}

export interface HintPanelProps {
  result: CheckResult;
  activeId?: string | null;
  /** Dutch feedback after a row click ("Niet gevonden in de tekst" …). */
  notice?: string | null;
  inline?: boolean;
  onSelect: (req: RequirementResult) => void;
  onClose?: () => void;
}

export function HintPanel(props: HintPanelProps) {
  const { result } = props;
  return (
    <section class={`sw panel${props.inline ? ' inline' : ''}`} role="complementary" aria-label="Stagewijzer-hints">
      <header>
        <div>
          <h2>Stagewijzer</h2>
          <p class="kind">
            Herkend als: <strong data-field="kind">{KIND_LABELS[result.kind]}</strong>
          </p>
        </div>
        {props.onClose && (
          <button type="button" onClick={props.onClose} aria-label="Hints sluiten">
            ✕
          </button>
        )}
      </header>
      <div class="summary" aria-live="polite">
        {summaryText(result)}
        {props.notice && <span class="note" role="status">{props.notice}</span>}
      </div>
      <div class="body">
        {result.message && <p class="note" style="padding: 0 14px">{result.message}</p>}
        <ul aria-label="Wettelijke eisen">
          {result.requirements.map((req) => (
            <RequirementRow key={req.id} req={req} active={props.activeId === req.id} onSelect={props.onSelect} />
          ))}
        </ul>
        {result.recommendations.length > 0 && (
          <>
            <h3>Aanbevelingen uit het inspectierapport</h3>
            <ul aria-label="Aanbevelingen">
              {result.recommendations.map((rec) => (
                <li class="rec" key={rec.id} data-recommendation-id={rec.id}>
                  {rec.text}
                  <small>
                    Inspectierapport § {rec.section} — {rec.label ?? 'aanbeveling, geen wettelijke eis'}
                  </small>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <footer>De controle draait lokaal in je browser; de tekst van het document wordt niet verstuurd.</footer>
    </section>
  );
}

function RequirementRow(props: { req: RequirementResult; active: boolean; onSelect: (r: RequirementResult) => void }) {
  const { req } = props;
  const status = STATUS_LABELS[req.status];
  const quote = req.evidence[0]?.quote;
  return (
    <li class={`req${props.active ? ' active' : ''}`} data-requirement-id={req.id} data-status={req.status}>
      <button type="button" onClick={() => props.onSelect(req)} aria-pressed={props.active}>
        <span class={`status ${req.status}`}>
          <span aria-hidden="true">{status.icon}</span> {status.text}
        </span>
        <span class="label">{req.label}</span>
        <span class="law">{articleText(req)}</span>
        {quote && req.status !== 'missing' && (
          <span class="quote">“{quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}”</span>
        )}
        {req.status !== 'present' && req.hint && <span class="hint">{req.hint}</span>}
        {req.computed && <span class="hint">{String(req.computed)}</span>}
        {req.status === 'missing' && (
          <span class="where">Waar verwacht: {req.expectedLocation ?? DEFAULT_EXPECTED_LOCATION}</span>
        )}
      </button>
    </li>
  );
}
