// Citations in the side panel: labels, links to the source in the chat page (#bron=…), quotes
// collapsed, and the [n] markers inside an answer that open their source. Labels and links are the contract's.
import { citationLabel, citationPlace, sourceHash, sourceLabels, sourceRefOf } from '@stagewijzer/server/contract';
import type { ComponentChildren } from 'preact';
import type { Citation } from '../utils/api-types';

/**
 * Where a citation's source opens: the chat page's source view with the quote highlighted
 * (`#bron=report:10.2&citaat=…`, `#bron=law:ub-wvo-2020:2.36&lid=3&citaat=…`). Null for a school's own
 * document (it needs the school's token).
 */
export function citationHref(c: Citation, apiBase: string): string | null {
  if (c.source === 'plan') return null;
  const ref = sourceRefOf(c);
  if (ref) return `${apiBase}/${sourceHash(ref)}`;
  return c.source === 'law' && c.url && /^https:\/\/wetten\.overheid\.nl\//.test(c.url) ? c.url : null;
}

export function CitationList(props: { citations: Citation[]; apiBase: string; label?: string; quotesOpen?: boolean }) {
  if (props.citations.length === 0) return null;
  return (
    <ol class="citations" aria-label={props.label ?? 'Bronnen'}>
      {props.citations.map((c) => {
        const href = citationHref(c, props.apiBase);
        // The kind already names the source: the link says where in it ("§10.2, p. 64", "UB WVO 2020 art. 2.36 lid 3").
        const place = citationPlace(c) || citationLabel(c);
        return (
          <li key={c.id} id={`bron-${c.id}`} data-citation={c.id} data-source={c.source} class={`cite ${c.source}`}>
            <span class="cite-head">
              <span class="cite-kind">
                <span aria-hidden="true">{sourceLabels[c.source].icon}</span> {sourceLabels[c.source].name}
              </span>{' '}
              [{c.id}]{' '}
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener" data-source-link>
                  {place}
                </a>
              ) : (
                place
              )}
              {c.title ? <span class="cite-title"> — {c.title}</span> : null}
            </span>
            <details class="quote" open={props.quotesOpen}>
              <summary>Citaat</summary>
              <blockquote>{c.quote}</blockquote>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

/** An [n] marker that opens its source (or, without a link, jumps to the citation in the list). */
function Marker(props: { n: string; citation: Citation | undefined; apiBase: string }) {
  const c = props.citation;
  const href = c ? citationHref(c, props.apiBase) : null;
  const label = c ? citationLabel(c) : `bron ${props.n}`;
  return (
    <a
      class="marker"
      href={href ?? `#bron-${props.n}`}
      target={href ? '_blank' : undefined}
      rel={href ? 'noreferrer noopener' : undefined}
      data-marker={props.n}
      title={`${label}: bron openen`}
    >
      [{props.n}]<span class="sr-only"> {label}</span>
    </a>
  );
}

function withMarkers(text: string, citations: Citation[], apiBase: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const re = /\[(\d{1,2})\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(<Marker key={`${m.index}`} n={m[1]!} citation={citations.find((c) => c.id === m![1])} apiBase={apiBase} />);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Answer text: paragraphs, lists as lists ("- " or "• "), and [n] markers that open their source. */
export function AnswerText(props: { text: string; citations: Citation[]; apiBase: string }) {
  const blocks: ComponentChildren[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length === 0) return;
    blocks.push(
      <ul key={`l${blocks.length}`}>
        {list.map((item, i) => (
          <li key={i}>{withMarkers(item, props.citations, props.apiBase)}</li>
        ))}
      </ul>,
    );
    list = [];
  };
  for (const line of props.text.split('\n')) {
    const item = /^\s*(?:[-•*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      list.push(item[1]!);
      continue;
    }
    flush();
    if (line.trim()) blocks.push(<p key={`p${blocks.length}`}>{withMarkers(line, props.citations, props.apiBase)}</p>);
  }
  flush();
  return <>{blocks}</>;
}
