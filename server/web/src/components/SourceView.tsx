// The source view: a modal panel (the whole screen on a phone) showing the report section, law article
// or own document with the cited passage highlighted. Focus is trapped inside; Escape closes; focus returns.
import { articleLabel, findQuote, lawNameOf, sourceLabels, type SourceKind } from '@stagewijzer/server/contract';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError, getLawArticle, getPlan, getReportSection, isAbort, messageOf } from '../api.ts';
import { useApp, type SourceTarget } from '../context.ts';
import { formatDateNl } from '../format.ts';
import { findLid, type Range } from '../highlight.ts';
import { Busy } from './Busy.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { HighlightedText } from './HighlightedText.tsx';

type Loaded = { kind: SourceKind; heading: string; meta: ComponentChildren; text: string; ranges: Range[]; note?: string };

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, summary, [tabindex]:not([tabindex="-1"])';

function quoteRanges(text: string, quote: string | undefined): { ranges: Range[]; note?: string } {
  if (!quote) return { ranges: [] };
  const found = findQuote(text, quote, { tolerant: true });
  return found ? { ranges: [found] } : { ranges: [], note: 'Het geciteerde stuk kon niet precies worden teruggevonden in deze tekst.' };
}

async function loadTarget(t: SourceTarget, token: string | null, signal: AbortSignal): Promise<Loaded> {
  if (t.source === 'report') {
    const s = await getReportSection(t.section, signal);
    const pages = s.pages ?? [];
    const meta = pages.length
      ? `Inspectierapport, ${pages.length === 1 ? 'pagina' : "pagina's"} ${pages.length > 1 ? `${pages[0]}–${pages[pages.length - 1]}` : pages[0]}`
      : 'Inspectierapport';
    return { kind: 'report', heading: `§${s.section} ${s.title}`, meta, text: s.text, ...quoteRanges(s.text, t.quote) };
  }
  if (t.source === 'law') {
    const a = await getLawArticle(t.lawId, t.article, signal);
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
    return { kind: 'law', heading: articleLabel(lawNameOf(t.lawId), a.article ?? t.article), meta, text: a.text, ...hl };
  }
  let text = t.text;
  let title = t.title;
  if (text === undefined) {
    if (!t.planId) throw new ApiError('Dit document is niet opgeslagen.', 404, 'not_found');
    if (!token) throw new ApiError('Je hebt een schooltoken nodig om je documenten te bekijken.', 401, 'unauthorized');
    const plan = await getPlan(t.planId, token, signal);
    text = plan.text;
    title = title ?? plan.title;
  }
  const hl = t.ranges?.length ? { ranges: t.ranges } : quoteRanges(text, t.quote);
  return {
    kind: 'plan',
    heading: title ? `Jouw document: ${title}` : 'Jouw document',
    meta: 'Tekst zoals Stagewijzer die uit je document heeft gehaald',
    text,
    ...hl,
  };
}

export function SourceView(props: { target: SourceTarget; onClose(): void }) {
  const { token } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [state, setState] = useState<{ loaded?: Loaded; error?: { message: string; retryable: boolean } }>({});
  const [attempt, setAttempt] = useState(0);

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
    const ac = new AbortController();
    setState({});
    loadTarget(props.target, token, ac.signal)
      .then((loaded) => setState({ loaded }))
      .catch((err: unknown) => {
        if (!isAbort(err)) setState({ error: { message: messageOf(err), retryable: !(err instanceof ApiError) || err.retryable } });
      });
    return () => ac.abort();
  }, [props.target, token, attempt]);

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
  const kind = loaded?.kind ?? props.target.source;
  return (
    <dialog
      ref={dialog}
      class={`source-view source-${kind}`}
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
      <div class="source-head">
        <p class="source-kind-label">
          <span aria-hidden="true">{sourceLabels[kind].icon} </span>
          {sourceLabels[kind].name}
        </p>
        <button type="button" class="close-button" onClick={close}>
          Sluiten<span class="visually-hidden"> (Escape)</span>
        </button>
      </div>
      <div class="source-inner">
        <h2 id="source-title">{loaded?.heading ?? (error ? 'Bron niet beschikbaar' : 'Bron laden…')}</h2>
        {!loaded && !error && <Busy text="Bron wordt geladen…" />}
        {error && <ErrorNotice message={error.message} onRetry={error.retryable ? () => setAttempt((n) => n + 1) : undefined} />}
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
