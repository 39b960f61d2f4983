import type { Citation } from '../types.ts';
import { citationDomId } from './AnswerText.tsx';
import { CitationChip } from './CitationChip.tsx';

export function CitationList(props: { citations: Citation[]; prefix: string; title?: string }) {
  const headingId = `sources-${props.prefix}`;
  return (
    <div class="citations">
      <h4 id={headingId} class="small-heading">
        {props.title ?? 'Bronnen'}
      </h4>
      <ol aria-labelledby={headingId}>
        {props.citations.map((c) => (
          <li key={c.id}>
            <CitationChip citation={c} domId={citationDomId(props.prefix, c.id)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
