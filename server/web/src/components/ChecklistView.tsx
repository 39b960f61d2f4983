// The check result: kind, summary, one row per legal requirement, report-based recommendations.
import { useEffect, useId, useRef } from 'preact/hooks';
import { useApp } from '../context.ts';
import { articleLabel, describeMasked, kindLabels, lawIdOf, statusLabels } from '../labels.ts';
import type { CheckResult, Masked, Requirement, RequirementStatus } from '../types.ts';
import type { AttachedPlan } from './AskView.tsx';

const statuses: RequirementStatus[] = ['present', 'missing', 'unclear', 'violated'];

export function StatusBadge({ status }: { status: RequirementStatus }) {
  const s = statusLabels[status];
  return (
    <span class={`status status-${status}`}>
      <span class="status-icon" aria-hidden="true">
        {s.icon}
      </span>
      {s.text}
    </span>
  );
}

function RequirementRow(props: { req: Requirement; text?: string; title: string; planId?: string }) {
  const { openSource } = useApp();
  const r = props.req;
  const hasEvidence = r.evidence?.length > 0 && (props.text !== undefined || props.planId);
  return (
    <li class={`requirement req-${r.status}`} data-requirement={r.id}>
      <div class="req-head">
        <StatusBadge status={r.status} />
        <span class="req-label">{r.label}</span>
      </div>
      <div class="req-body">
        <button
          type="button"
          class="link-button"
          onClick={() => openSource({ kind: 'law', lawId: lawIdOf(r.law), article: r.article, lid: r.lid })}
          aria-label={`${articleLabel(r.law, r.article, r.lid)} bekijken`}
        >
          {articleLabel(r.law, r.article, r.lid)}
        </button>
        {r.hint && <p class="req-hint">{r.hint}</p>}
        {r.status !== 'missing' && r.evidence?.[0] && <blockquote class="quote">{r.evidence[0].quote}</blockquote>}
        {hasEvidence && (
          <button
            type="button"
            class="button small secondary"
            onClick={() =>
              openSource({ kind: 'plan', planId: props.planId, title: props.title, text: props.text, ranges: r.evidence.map(({ start, end }) => ({ start, end })) })
            }
            aria-label={`Toon in document: ${r.label}`}
          >
            Toon in document
          </button>
        )}
      </div>
    </li>
  );
}

export function ChecklistView(props: {
  check: CheckResult;
  title: string;
  planId?: string;
  masked?: Masked;
  text?: string;
  stored: boolean;
  onAskAbout?(plan: AttachedPlan): void;
}) {
  const { openSource } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const c = props.check;
  const maskedText = describeMasked(props.masked);
  const text = props.text ?? c.text;

  useEffect(() => {
    heading.current?.focus();
  }, [c]);

  return (
    <section class="checklist" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        Resultaat: {props.title}
      </h3>
      {c.kind === 'unknown' ? (
        <div class="notice-box">
          <p>
            <strong>ℹ {c.message ?? 'Dit document lijkt geen stageplan of stageovereenkomst. Stagewijzer kan het daarom niet controleren.'}</strong>
          </p>
        </div>
      ) : (
        <p class="kind">
          Soort document: <strong>{kindLabels[c.kind] ?? c.kind}</strong>
        </p>
      )}
      {props.stored ? (
        <p class="hint">Het document is opgeslagen bij Mijn documenten.</p>
      ) : (
        <p class="hint">Alleen gecontroleerd: het document is niet opgeslagen.</p>
      )}
      {maskedText && (
        <p class="privacy-note">
          <strong>Privacy: </strong>
          {maskedText}
        </p>
      )}
      {c.requirements.length > 0 && (
        <>
          <h4 class="small-heading">Samenvatting</h4>
          <ul class="summary">
            {statuses.map((s) => (
              <li key={s} class={`summary-item status-${s}`}>
                <span aria-hidden="true">{statusLabels[s].icon} </span>
                <strong>{c.summary?.[s] ?? c.requirements.filter((r) => r.status === s).length}</strong> {statusLabels[s].plural}
              </li>
            ))}
          </ul>
          <h4 class="small-heading">Wettelijke eisen</h4>
          <ul class="requirements">
            {c.requirements.map((r) => (
              <RequirementRow key={r.id} req={r} text={text} title={props.title} planId={props.planId} />
            ))}
          </ul>
        </>
      )}
      {c.recommendations?.length > 0 && (
        <>
          <h4 class="small-heading">Aanbevelingen uit het inspectierapport</h4>
          <ul class="recommendations">
            {c.recommendations.map((rec) => (
              <li key={rec.id} class="recommendation">
                <span class="tag">aanbeveling op basis van het inspectierapport, geen wettelijke eis</span>
                <p>{rec.text}</p>
                {rec.section && (
                  <button type="button" class="link-button" onClick={() => openSource({ kind: 'report', section: rec.section! })}>
                    Rapport §{rec.section} lezen
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {props.planId && props.onAskAbout && (
        <button type="button" class="button" onClick={() => props.onAskAbout!({ planId: props.planId!, title: props.title })}>
          Stel een vraag over dit document
        </button>
      )}
    </section>
  );
}
