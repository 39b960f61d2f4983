// The extension's own PDF viewer: the browser's viewer cannot be checked, so PDFs open here. pdf.js
// (the bundled pdfjs-dist, no CDN) draws each page with a text layer, so evidence is highlighted on
// the page itself; the text is checked locally, like a web page.
import 'pdfjs-dist/web/pdf_viewer.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HintPanel } from '../../components/HintPanel';
import { PANEL_CSS } from '../../components/panel-css';
import { kindLabels, STAGE_KINDS, type StageKind } from '@stagewijzer/server/contract';
import { badgeState } from '../../utils/check-view';
import type { CheckView, RequirementView } from '../../utils/check-view';
import { checkPage } from '../../utils/checklist';
import { DocumentCheck } from '../../utils/document-check';
import { clearHighlight, highlightRange } from '../../utils/highlight';
import { loadPdf, PdfLoadError, renderPages } from '../../utils/pdf-render';
import type { LoadedPdf } from '../../utils/pdf-render';
import { originPattern } from '../../utils/settings';

type Phase = { name: 'loading' } | { name: 'needs-permission'; pattern: string } | { name: 'error'; message: string } | { name: 'ready'; pdf: LoadedPdf };

const fileUrl = new URLSearchParams(location.search).get('file') ?? '';
const fileName = (() => {
  try {
    return decodeURIComponent(new URL(fileUrl).pathname.split('/').pop() || 'PDF');
  } catch {
    return 'PDF';
  }
})();

const checkLocal = async (text: string, kind?: StageKind): Promise<CheckView> => checkPage(text, kind);

function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  const load = async (): Promise<void> => {
    setPhase({ name: 'loading' });
    const pattern = originPattern(fileUrl);
    if (pattern && !(await browser.permissions.contains({ origins: [pattern] }))) {
      setPhase({ name: 'needs-permission', pattern });
      return;
    }
    try {
      setPhase({ name: 'ready', pdf: await loadPdf(fileUrl) });
    } catch (e) {
      setPhase({ name: 'error', message: e instanceof PdfLoadError ? e.message : 'De PDF kon niet worden gelezen. Is het bestand beschadigd?' });
    }
  };

  useEffect(() => {
    document.title = `Stagewijzer – ${fileName}`;
    void load();
  }, []);

  return (
    <div class="layout">
      <header class="topbar">
        <h1>Stagewijzer</h1>
        <span class="file">{fileName}</span>
        {/^https?:/.test(fileUrl) && (
          <a class="original" href={fileUrl} rel="noreferrer noopener">
            Open de PDF zonder Stagewijzer
          </a>
        )}
      </header>
      {phase.name === 'loading' && (
        <p class="message" role="status">
          PDF wordt geladen…
        </p>
      )}
      {phase.name === 'error' && (
        <div class="message" role="alert" data-pdf-error>
          <p>{phase.message}</p>
          <button type="button" onClick={() => void load()} data-retry>
            Opnieuw
          </button>
        </div>
      )}
      {phase.name === 'needs-permission' && (
        <div class="message">
          <p>Stagewijzer heeft toestemming nodig om deze PDF op te halen van {phase.pattern.replace(/\/\*$/, '')}.</p>
          <button
            type="button"
            onClick={() =>
              void browser.permissions.request({ origins: [phase.pattern] }).then((ok) => {
                if (ok) void load();
              })
            }
          >
            Toegang geven
          </button>
        </div>
      )}
      {phase.name === 'ready' && <Viewer pdf={phase.pdf} />}
    </div>
  );
}

function Viewer(props: { pdf: LoadedPdf }) {
  const docRef = useRef<HTMLElement>(null);
  const sideRef = useRef<HTMLElement>(null);
  const [status, setStatus] = useState<string>('De pagina’s worden getekend…');

  useEffect(() => {
    const root = docRef.current;
    const side = sideRef.current;
    if (!root || !side) return;
    let live = true;
    void (async () => {
      await renderPages(props.pdf, root);
      if (!live) return;
      const check = await DocumentCheck.create(root, checkLocal);
      if (!live) return;
      if (check.map.text.trim().length === 0) {
        setStatus('Deze PDF bevat geen leesbare tekst (bijvoorbeeld een scan). Stagewijzer kan hem daarom niet controleren.');
        return;
      }
      setStatus('');
      const shadow = side.shadowRoot ?? side.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = PANEL_CSS;
      const container = document.createElement('div');
      container.style.height = '100%';
      shadow.replaceChildren(style, container);
      let activeId: string | null = null;
      let notice: string | null = null;
      let busy = false;
      const draw = (): void => {
        const state = badgeState(check.result, check.chosenKind);
        side.setAttribute('data-kind', check.chosenKind ?? check.result.kind);
        side.setAttribute('data-state', state);
        if (state === 'quiet') {
          render(<NotStage onChoose={choose} />, container);
          return;
        }
        render(
          <HintPanel
            result={check.result}
            state={state}
            text={check.map.text}
            activeId={activeId}
            notice={notice}
            busy={busy}
            inline
            onSelect={select}
            onChooseKind={choose}
          />,
          container,
        );
      };
      const select = (req: RequirementView): void => {
        const located = check.locate(req);
        activeId = req.id;
        notice = located.notice;
        if (located.range) highlightRange(located.range);
        else clearHighlight(document);
        draw();
      };
      const choose = (kind: StageKind): void => {
        busy = true;
        draw();
        void check.checkAs(kind, checkLocal).then(() => {
          busy = false;
          activeId = null;
          notice = null;
          draw();
        });
      };
      draw();
    })();
    return () => {
      live = false;
    };
  }, [props.pdf]);

  return (
    <>
      <main class="document-pane">
        {status && (
          <p class="message" role="status" data-pdf-status>
            {status}
          </p>
        )}
        <article id="document" ref={docRef} aria-label={`Tekst van ${fileName}`} data-pages={props.pdf.numPages} />
      </main>
      <aside class="side" ref={sideRef} data-stagewijzer="panel" aria-label="Stagewijzer-hints" />
    </>
  );
}

/** The text is no stage document according to the checklist: say so and let the user choose. */
function NotStage(props: { onChoose: (k: StageKind) => void }) {
  return (
    <section class="sw panel inline" aria-labelledby="ns-h">
      <header>
        <h2 id="ns-h">Stagewijzer</h2>
      </header>
      <div class="body chooser">
        <p>Deze PDF lijkt geen stagedocument. Is het er toch een? Kies wat het is:</p>
        <div class="choices">
          {STAGE_KINDS.map((k) => (
            <button type="button" class="choice" key={k} data-choose-kind={k} onClick={() => props.onChoose(k)}>
              Controleren als {kindLabels[k].toLowerCase()}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}

render(<App />, document.getElementById('app')!);
