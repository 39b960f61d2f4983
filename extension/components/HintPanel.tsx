// The badge and the hint panel (content script and PDF viewer). Attention first; a missing item
// says where in the document it belongs; a quiet "maybe" state checks only when asked.
import {
  articleLabel,
  byAttention,
  CHECK_ORDER,
  checkState,
  countLabel,
  kindLabels,
  STAGE_KINDS,
  statusLabels,
  type CheckState,
  type DocumentKind,
  type StageKind,
} from '@stagewijzer/server/contract';
import { useEffect, useRef } from 'preact/hooks';
import { attentionCount, candidatesOf, placementOf } from '../utils/check-view';
import type { BadgeState, CheckView, RequirementView } from '../utils/check-view';

/** "2 ontbreken · 1 nog in te vullen · 3 in orde": zero counts are left out. */
export function summaryText(result: CheckView): string {
  const counts = new Map<CheckState, number>();
  for (const r of result.requirements) counts.set(checkState(r), (counts.get(checkState(r)) ?? 0) + 1);
  const parts = CHECK_ORDER.filter((s) => counts.get(s)).map((s) => countLabel(s, counts.get(s)!));
  return parts.length > 0 ? parts.join(' · ') : 'Geen eisen gecontroleerd.';
}

export function Badge(props: { result: CheckView; state: Exclude<BadgeState, 'quiet'>; expanded: boolean; onClick: () => void }) {
  const { result } = props;
  const open = attentionCount(result);
  // The visible text is the start of the accessible name (WCAG 2.5.3); the rest is for screen readers.
  return (
    <button type="button" class={`sw badge ${props.state}`} onClick={props.onClick} aria-expanded={props.expanded}>
      <span aria-hidden="true">§</span>
      {props.state === 'maybe' ? (
        <span>Mogelijk stagedocument</span>
      ) : (
        <span>
          {kindLabels[result.kind]} · {open === 0 ? 'compleet' : `${open} aandachtspunt${open === 1 ? '' : 'en'}`}
        </span>
      )}
      <span class="sr-only">{props.state === 'maybe' ? ': controleren op verzoek' : ': hints van Stagewijzer'}</span>
    </button>
  );
}

export interface HintPanelProps {
  result: CheckView;
  state: Exclude<BadgeState, 'quiet'>;
  /** The checked text (to say where a missing requirement belongs). */
  text: string;
  activeId?: string | null;
  /** Dutch feedback after a row click. */
  notice?: string | null;
  busy?: boolean;
  inline?: boolean;
  onSelect: (req: RequirementView) => void;
  onChooseKind: (kind: StageKind) => void;
  onClose?: () => void;
}

export function HintPanel(props: HintPanelProps) {
  const { result } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!props.inline) heading.current?.focus();
  }, []);
  return (
    <section class={`sw panel${props.inline ? ' inline' : ''}`} aria-labelledby="sw-panel-title" data-state={props.state}>
      <header>
        <div>
          <h2 id="sw-panel-title" tabIndex={-1} ref={heading}>
            Stagewijzer
          </h2>
          <p class="kind">
            {props.state === 'maybe' ? (
              candidatesOf(result).length > 0 ? (
                'Mogelijk een stagedocument'
              ) : (
                'Controleren op verzoek'
              )
            ) : (
              <>
                Gecontroleerd als: <strong data-field="kind">{kindLabels[result.kind]}</strong>
              </>
            )}
          </p>
        </div>
        {props.onClose && (
          <button type="button" class="close" onClick={props.onClose}>
            Sluiten <span class="sr-only">(Esc)</span>
          </button>
        )}
      </header>
      {props.state === 'maybe' ? (
        <div class="body">
          <KindChooser result={result} busy={props.busy} onChoose={props.onChooseKind} />
        </div>
      ) : (
        <>
          <p class="summary">{summaryText(result)}</p>
          <p class="notice" role="status">
            {props.notice ?? ''}
          </p>
          <div class="body">
            {result.message && <p class="note">{result.message}</p>}
            <ul aria-label="Wettelijke eisen, wat aandacht vraagt eerst">
              {byAttention(result.requirements).map((req) => (
                <RequirementRow
                  key={req.id}
                  req={req}
                  where={req.evidence.length === 0 ? placementOf(result, req, props.text).where : null}
                  active={props.activeId === req.id}
                  onSelect={props.onSelect}
                />
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
            <OtherKind current={result.kind} busy={props.busy} onChoose={props.onChooseKind} />
          </div>
        </>
      )}
      <footer>De controle draait in je browser; de tekst van het document wordt niet verstuurd.</footer>
    </section>
  );
}

function KindChooser(props: { result: CheckView; busy?: boolean; onChoose: (k: StageKind) => void }) {
  const offered = candidatesOf(props.result).map((c) => c.kind);
  // Nothing offered (the user asked to check a page the checklist did not recognise): every kind.
  const candidates: readonly StageKind[] = offered.length > 0 ? offered : STAGE_KINDS;
  const others = STAGE_KINDS.filter((k) => !candidates.includes(k));
  return (
    <div class="chooser" data-kind-chooser>
      <p>
        {offered.length > 0
          ? 'Dit lijkt misschien een stagedocument. Stagewijzer controleert het pas als jij kiest wat het is.'
          : 'Stagewijzer herkent deze tekst niet als stagedocument. Is het er toch een? Kies wat het is.'}
      </p>
      <div class="choices">
        {candidates.map((k) => (
          <button type="button" class="choice" key={k} data-choose-kind={k} disabled={props.busy} onClick={() => props.onChoose(k)}>
            Controleren als {kindLabels[k].toLowerCase()}
          </button>
        ))}
      </div>
      {others.length > 0 && (
        <details>
          <summary>Een ander soort document</summary>
          <div class="choices">
            {others.map((k) => (
              <button type="button" class="choice" key={k} data-choose-kind={k} disabled={props.busy} onClick={() => props.onChoose(k)}>
                Controleren als {kindLabels[k].toLowerCase()}
              </button>
            ))}
          </div>
        </details>
      )}
      {props.busy && <p role="status">Bezig met controleren…</p>}
    </div>
  );
}

function OtherKind(props: { current: DocumentKind; busy?: boolean; onChoose: (k: StageKind) => void }) {
  return (
    <details class="other-kind">
      <summary>Is dit een ander soort document?</summary>
      <div class="choices">
        {STAGE_KINDS.filter((k) => k !== props.current).map((k) => (
          <button type="button" class="choice" key={k} data-choose-kind={k} disabled={props.busy} onClick={() => props.onChoose(k)}>
            Controleren als {kindLabels[k].toLowerCase()}
          </button>
        ))}
      </div>
    </details>
  );
}

function RequirementRow(props: { req: RequirementView; where: string | null; active: boolean; onSelect: (r: RequirementView) => void }) {
  const { req } = props;
  const shown = checkState(req);
  const status = statusLabels[shown];
  const quote = req.evidence[0]?.quote;
  return (
    <li class={`req${props.active ? ' active' : ''}`} data-requirement-id={req.id} data-status={req.status} data-fill={req.fill ? 'true' : undefined}>
      <button type="button" onClick={() => props.onSelect(req)} aria-pressed={props.active}>
        <span class={`status ${shown}`}>
          <span aria-hidden="true">{status.icon}</span> {status.text}
        </span>
        <span class="label">{req.label}</span>
        <span class="law">{articleLabel(req.law, req.article, req.lid)}</span>
        {quote && shown !== 'missing' && <span class="quote">“{quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}”</span>}
        {req.parts && req.parts.length > 0 && <span class="parts">{req.parts.map((p) => `${p.label}: ${statusLabels[checkState(p)].one}`).join(' · ')}</span>}
        {shown !== 'present' && req.hint && <span class="hint">{req.hint}</span>}
        {req.computed && <span class="hint">{String(req.computed)}</span>}
        {props.where && shown !== 'present' && <span class="where">Hoort in het document {props.where}.</span>}
      </button>
    </li>
  );
}
