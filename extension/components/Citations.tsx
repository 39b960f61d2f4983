import type { Citation } from '../utils/api-types';

export function citationLabel(c: Citation): string {
  if (c.source === 'law') return `${c.law ?? 'Wet'} art. ${c.article ?? '?'}${c.lid ? ` lid ${c.lid}` : ''}`;
  if (c.source === 'plan') return 'Eigen document van de school';
  const page = c.page ? `, pagina ${c.page}` : '';
  return `Inspectierapport § ${c.section ?? '?'}${page}${c.footnote ? `, voetnoot ${c.footnote}` : ''}`;
}

export function citationHref(c: Citation, apiBase: string): string | null {
  if (c.source === 'law') return c.url && /^https:\/\/wetten\.overheid\.nl\//.test(c.url) ? c.url : null;
  if (c.source === 'report' && c.section) return `${apiBase}/#bron=report:${encodeURIComponent(c.section)}`;
  return null;
}

export function CitationList(props: { citations: Citation[]; apiBase: string; label?: string }) {
  if (props.citations.length === 0) return null;
  return (
    <ol class="citations" aria-label={props.label ?? 'Bronnen'}>
      {props.citations.map((c) => {
        const href = citationHref(c, props.apiBase);
        return (
          <li key={c.id} data-citation={c.id} data-source={c.source}>
            <span class="cite-head">
              [{c.id}]{' '}
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {citationLabel(c)}
                </a>
              ) : (
                citationLabel(c)
              )}
              {c.title ? <span class="cite-title"> — {c.title}</span> : null}
            </span>
            <blockquote>{c.quote}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
