// A citation: a chip that opens the source view. Law, report and the school's own document each have
// their own style, icon and name (from the contract's labels), so they differ at a glance.
import { citationPlace, sourceLabels, sourceRefOf, type Citation } from '@stagewijzer/server/contract';
import { useApp, type SourceTarget } from '../context.ts';
import { RichText } from './RichText.tsx';

export function targetOf(c: Citation): SourceTarget {
  return sourceRefOf(c) ?? { source: 'plan', ...(c.planId ? { planId: c.planId } : {}), quote: c.quote };
}

export function citationDomId(prefix: string, id: string): string {
  return `cite-${prefix}-${id}`;
}

export function CitationChip(props: { citation: Citation; domId?: string }) {
  const { openSource } = useApp();
  const c = props.citation;
  const label = sourceLabels[c.source];
  const place = citationPlace(c);
  return (
    <button type="button" id={props.domId} class={`chip chip-${c.source}`} onClick={() => openSource(targetOf(c))}>
      <span class="chip-number">{c.id}</span>
      <span class="chip-icon" aria-hidden="true">
        {label.icon}
      </span>
      <span class="chip-text">
        <span class="chip-kind">{label.name}</span>
        {place && <> {place}</>}
      </span>
      <span class="visually-hidden">, bron openen</span>
    </button>
  );
}

/** Citations with their chips; the quotes once, when the answer text does not already hold them. */
export function CitationList(props: { citations: Citation[]; prefix: string; showQuotes: boolean; label?: string }) {
  return (
    <ol class="citations" aria-label={props.label ?? 'Bronnen'}>
      {props.citations.map((c) => (
        <li key={c.id} class={`citation citation-${c.source}`}>
          <CitationChip citation={c} domId={citationDomId(props.prefix, c.id)} />
          {c.title && c.source !== 'law' && <span class="citation-title">{c.title}</span>}
          {props.showQuotes && (
            <blockquote class="quote">
              <RichText text={c.quote} class="quote-text" />
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
