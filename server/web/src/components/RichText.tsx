// Text with paragraphs and lists, and [n] markers as buttons that open citation n.
import type { Citation } from '@stagewijzer/server/contract';
import { toBlocks } from '../blocks.ts';
import { splitMarkers } from '../markers.ts';

function Inline(props: { text: string; ids: string[]; onMarker?: (id: string) => void }) {
  const parts = props.onMarker ? splitMarkers(props.text, props.ids) : [{ type: 'text' as const, text: props.text }];
  return (
    <>
      {parts.map((p, i) =>
        p.type === 'text' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <button key={i} type="button" class="marker" aria-label={`Bron ${p.id}`} onClick={() => props.onMarker!(p.id)}>
            {p.id}
          </button>
        ),
      )}
    </>
  );
}

export function RichText(props: { text: string; citations?: Citation[]; onMarker?: (id: string) => void; class?: string }) {
  const ids = (props.citations ?? []).map((c) => c.id);
  return (
    <div class={props.class ?? 'rich-text'}>
      {toBlocks(props.text).map((b, i) =>
        b.type === 'p' ? (
          <p key={i}>
            <Inline text={b.text} ids={ids} onMarker={props.onMarker} />
          </p>
        ) : b.type === 'ul' ? (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inline text={item} ids={ids} onMarker={props.onMarker} />
              </li>
            ))}
          </ul>
        ) : (
          <ol key={i} type={b.numbering}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inline text={item} ids={ids} onMarker={props.onMarker} />
              </li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}
