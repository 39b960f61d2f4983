// A citation: a chip button ("Rapport §10.2, p. 64") that opens the source view, with the quote.
import { useApp, type SourceTarget } from '../context.ts';
import { citationLabel, lawIdOf } from '../labels.ts';
import type { Citation } from '../types.ts';

export function targetOf(c: Citation): SourceTarget {
  if (c.source === 'report') return { kind: 'report', section: c.section ?? '', quote: c.quote };
  if (c.source === 'law') return { kind: 'law', lawId: lawIdOf(c.law), article: c.article ?? '', lid: c.lid, quote: c.quote };
  return { kind: 'plan', planId: c.planId, quote: c.quote };
}

export function CitationChip(props: { citation: Citation; domId?: string }) {
  const { openSource } = useApp();
  const c = props.citation;
  const label = citationLabel(c);
  return (
    <div class="citation">
      <button
        type="button"
        id={props.domId}
        class={`chip chip-${c.source}`}
        onClick={() => openSource(targetOf(c))}
        aria-label={`[${c.id}] ${label}: bron openen`}
      >
        <span class="chip-number" aria-hidden="true">
          {c.id}
        </span>
        {label}
      </button>
      {c.source === 'report' && c.title && <span class="citation-title">{c.title}</span>}
      <blockquote class="quote">{c.quote}</blockquote>
    </div>
  );
}
