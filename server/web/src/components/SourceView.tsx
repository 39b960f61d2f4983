// The source view: a modal side panel showing the report section, law article or own document
// with the cited passage highlighted. Focus is trapped inside; Escape closes; focus returns.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError, getLawArticle, getPlan, getReportSection } from '../api.ts';
import { useApp, type SourceTarget } from '../context.ts';
import { findLid, findQuote, type Range } from '../highlight.ts';
import { articleLabel, formatDateNl, lawNameOf } from '../labels.ts';
import { HighlightedText } from './HighlightedText.tsx';

type Loaded = { heading: string; meta: ComponentChildren; text: string; ranges: Range[]; note?: string };

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, [tabindex]:not([tabindex="-1"])';

function quoteRanges(text: string, quote: string | undefined): { ranges: Range[]; note?: string } {
  if (!quote) return { ranges: [] };
  const found = findQuote(text, quote);
  return found ? { ranges: [found] } : { ranges: [], note: 'Het geciteerde stuk kon niet precies worden teruggevonden in deze tekst.' };
}

async function loadTarget(t: SourceTarget, token: string | null): Promise<Loaded> {
  if (t.kind === 'report') {
    const s = await getReportSection(t.section);
    const pages = s.pages ?? [];
    const meta = pages.length ? `Inspectierapport, ${pages.length === 1 ? 'pagina' : "pagina's"} ${pages.length > 1 ? `${pages[0]}–${pages[pages.length - 1]}` : pages[0]}` : 'Inspectierapport';
    return { heading: `§ ${s.section} ${s.title}`, meta, text: s.text, ...quoteRanges(s.text, t.quote) };
  }
  if (t.kind === 'law') {
    const a = await getLawArticle(t.lawId, t.article);
    let hl = quoteRanges(a.text, t.quote);
    if (hl.ranges.length === 0 && t.lid) {
      const lid = findLid(a.text, t.lid);
      if (lid) hl = { ranges: [lid] };
    }
    const meta = (
      <>
        <span>Geldig vanaf {formatDateNl(a.validFrom)}</span>
        {a.url && (
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            Bekijk op wetten.overheid.nl<span class="visually-hidden"> (opent in een nieuw tabblad)</span>
          </a>
        )}
      </>
    );
    return { heading: `${articleLabel(lawNameOf(t.lawId), a.article ?? t.article)}${a.heading ? ` – ${a.heading}` : ''}`, meta, text: a.text, ...hl };
  }
  let text = t.text;
  let title = t.title;
  if (text === undefined) {
    if (!t.planId) throw new ApiError('Dit document is niet opgeslagen.', 404, 'not_found');
    if (!token) throw new ApiError('Je hebt een schooltoken nodig om je documenten te bekijken.', 401, 'unauthorized');
    const plan = await getPlan(t.planId, token);
    text = plan.text ?? plan.check?.text ?? '';
    title = title ?? plan.title;
  }
  const hl = t.ranges?.length ? { ranges: t.ranges } : quoteRanges(text, t.quote);
  return { heading: title ? `Jouw document: ${title}` : 'Jouw document', meta: 'Tekst zoals Stagewijzer die uit je document heeft gehaald', text, ...hl };
}

export function SourceView(props: { target: SourceTarget; onClose(): void }) {
  const { token } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [state, setState] = useState<{ loaded?: Loaded; error?: string }>({});

  useLayoutEffect(() => {
    opener.current = document.activeElement;
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    d?.querySelector<HTMLElement>('.close-button')?.focus();
  }, []);

  useEffect(() => {
    let cancelled = false;
    setState({});
    loadTarget(props.target, token)
      .then((loaded) => !cancelled && setState({ loaded }))
      .catch((err: unknown) => !cancelled && setState({ error: err instanceof ApiError ? err.message : 'De bron kon niet worden geladen.' }));
    return () => {
      cancelled = true;
    };
  }, [props.target, token]);

  const close = (): void => {
    dialog.current?.close();
    const back = opener.current;
    props.onClose();
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('hidden'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const { loaded, error } = state;
  return (
    <dialog
      ref={dialog}
      class="source-view"
      aria-labelledby="source-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        if (e.target === dialog.current) close(); // click on the backdrop
      }}
    >
      <div class="source-inner">
        <div class="source-head">
          <h2 id="source-title">{loaded?.heading ?? (error ? 'Bron niet beschikbaar' : 'Bron laden…')}</h2>
          <button type="button" class="close-button" onClick={close}>
            Sluiten<span class="visually-hidden"> (Escape)</span>
          </button>
        </div>
        {!loaded && !error && (
          <p class="loading">
            <span class="spinner" aria-hidden="true" />
            Bron wordt geladen…
          </p>
        )}
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        {loaded && (
          <>
            <p class="source-meta">{loaded.meta}</p>
            {loaded.note && <p class="hint">{loaded.note}</p>}
            {loaded.ranges.length > 0 && <p class="hint">Het gemarkeerde stuk is de passage die Stagewijzer gebruikt.</p>}
            <HighlightedText text={loaded.text} ranges={loaded.ranges} />
          </>
        )}
      </div>
    </dialog>
  );
}
