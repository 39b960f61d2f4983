// Answer text with [n] markers rendered as small buttons that jump to citation n.
import { splitMarkers } from '../markers.ts';
import type { Citation } from '../types.ts';

export function citationDomId(prefix: string, id: string): string {
  return `cite-${prefix}-${id}`;
}

export function AnswerText(props: { text: string; citations: Citation[]; prefix: string }) {
  const parts = splitMarkers(
    props.text,
    props.citations.map((c) => c.id),
  );
  const jump = (id: string): void => {
    const el = document.getElementById(citationDomId(props.prefix, id));
    if (!el) return;
    el.scrollIntoView({ block: 'nearest' });
    el.focus();
  };
  return (
    <div class="answer-text">
      {parts.map((p, i) =>
        p.type === 'text' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <button key={i} type="button" class="marker" aria-label={`Bron ${p.id}`} onClick={() => jump(p.id)}>
            {p.id}
          </button>
        ),
      )}
    </div>
  );
}
