// The check result at a glance: what needs attention first (in breach, missing, still to fill in,
// unclear), then what is in order with the sentence that shows it; counts of zero in a neutral colour.
import {
  articleLabel,
  byAttention,
  CHECK_ORDER,
  checkState,
  countLabel,
  kindLabels,
  lawIdOf,
  RECOMMENDATION_LABEL,
  statusLabels,
  type CheckedDocument,
  type CheckState,
  type Requirement,
} from '@stagewijzer/server/contract';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useApp } from '../context.ts';

export function StatusBadge({ state }: { state: CheckState }) {
  const s = statusLabels[state];
  return (
    <span class={`status status-${state}`}>
      <span class="status-icon" aria-hidden="true">
        {s.icon}
      </span>
      {s.text}
    </span>
  );
}

function RequirementRow(props: { req: Requirement; text: string; title: string; planId?: string }) {
  const { openSource } = useApp();
  const r = props.req;
  const state = checkState(r);
  const evidence = r.evidence[0];
  const law = articleLabel(r.law, r.article, r.lid);
  return (
    <li class={`requirement req-${state}`} data-requirement={r.id} data-status={state}>
      <div class="req-head">
        <StatusBadge state={state} />
        <span class="req-label">{r.label}</span>
      </div>
      <div class="req-body">
        {state !== 'present' && r.hint && <p class="req-hint">{r.hint}</p>}
        {r.parts && r.parts.length > 0 && (
          <ul class="req-parts" aria-label={`Onderdelen van ${r.label}`}>
            {r.parts.map((p) => {
              const ps = checkState(p);
              return (
                <li key={p.name} class={`part part-${ps}`}>
                  <span aria-hidden="true">{statusLabels[ps].icon} </span>
                  {p.label}: {statusLabels[ps].text.toLowerCase()}
                </li>
              );
            })}
          </ul>
        )}
        {state === 'missing' && r.expectedLocation && <p class="hint">Hoort meestal: {r.expectedLocation}</p>}
        {r.computed && <p class="hint">{r.computed}</p>}
        {evidence && state !== 'missing' && <blockquote class="quote evidence">{evidence.quote}</blockquote>}
        <div class="req-actions">
          {r.evidence.length > 0 && (
            <button
              type="button"
              class="button small secondary"
              onClick={() =>
                openSource({
                  source: 'plan',
                  planId: props.planId,
                  title: props.title,
                  text: props.text,
                  ranges: r.evidence.map(({ start, end }) => ({ start, end })),
                })
              }
            >
              Toon in document<span class="visually-hidden">: {r.label}</span>
            </button>
          )}
          <button
            type="button"
            class="link-button"
            onClick={() => openSource({ source: 'law', lawId: lawIdOf(r.law), article: r.article, ...(r.lid ? { lid: r.lid } : {}) })}
          >
            {law}
            <span class="visually-hidden"> bekijken</span>
          </button>
        </div>
      </div>
    </li>
  );
}

export function ChecklistView(props: {
  check: CheckedDocument;
  title: string;
  planId?: string;
  maskedMessage?: string | null;
  /** Between the kind and the requirements: the kind chooser, what is stored. */
  children?: ComponentChildren;
  /** After the result: what to do with it. */
  actions?: ComponentChildren;
}) {
  const { openSource } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const c = props.check;
  const ordered = byAttention(c.requirements);
  const attention = ordered.filter((r) => checkState(r) !== 'present');
  const inOrder = ordered.filter((r) => checkState(r) === 'present');
  const counts = new Map<CheckState, number>(CHECK_ORDER.map((s) => [s, c.requirements.filter((r) => checkState(r) === s).length]));

  useEffect(() => {
    heading.current?.focus();
  }, [c]);

  return (
    <section class="checklist" aria-labelledby={titleId} data-kind={c.kind}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        Resultaat: {props.title}
      </h3>
      {c.kind === 'unknown' ? (
        <div class="notice-box">
          <p>
            <strong>ℹ {c.message ?? 'Dit document lijkt geen stageplan of stageovereenkomst.'}</strong>
          </p>
        </div>
      ) : (
        <p class="kind">
          Soort document: <strong>{kindLabels[c.kind]}</strong>
        </p>
      )}
      {props.children}
      {props.maskedMessage && (
        <p class="privacy-note">
          <strong>Privacy: </strong>
          {props.maskedMessage}
        </p>
      )}
      {c.requirements.length > 0 && (
        <>
          <h4 class="small-heading">Samenvatting</h4>
          <ul class="summary">
            {CHECK_ORDER.map((s) => {
              const n = counts.get(s) ?? 0;
              return (
                <li key={s} class={`summary-item ${n === 0 ? 'summary-zero' : `status-${s}`}`}>
                  <span aria-hidden="true">{statusLabels[s].icon} </span>
                  {countLabel(s, n)}
                </li>
              );
            })}
          </ul>
          {attention.length > 0 && (
            <>
              <h4 class="small-heading">Aandacht nodig ({attention.length})</h4>
              <ul class="requirements">
                {attention.map((r) => (
                  <RequirementRow key={r.id} req={r} text={c.text} title={props.title} planId={props.planId} />
                ))}
              </ul>
            </>
          )}
          {inOrder.length > 0 && (
            <>
              <h4 class="small-heading">In orde ({inOrder.length})</h4>
              <ul class="requirements">
                {inOrder.map((r) => (
                  <RequirementRow key={r.id} req={r} text={c.text} title={props.title} planId={props.planId} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {c.recommendations.length > 0 && (
        <>
          <h4 class="small-heading">Aanbevelingen uit het inspectierapport</h4>
          <ul class="recommendations">
            {c.recommendations.map((rec) => (
              <li key={rec.id} class="recommendation">
                <span class="tag">{RECOMMENDATION_LABEL}</span>
                <p>{rec.text}</p>
                <button type="button" class="link-button" onClick={() => openSource({ source: 'report', section: rec.section })}>
                  Rapport §{rec.section} lezen
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {props.actions}
    </section>
  );
}
