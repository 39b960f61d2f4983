// The extension's own PDF viewer: Chrome's built-in viewer cannot be scripted, so PDFs open here.
// pdf.js is bundled (through unpdf); the PDF text is checked locally, like a web page.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { extractText, getDocumentProxy } from 'unpdf';
import { browser } from 'wxt/browser';
import { HintPanel } from '../../components/HintPanel';
import { PANEL_CSS } from '../../components/panel-css';
import type { RequirementResult } from '../../utils/checklist';
import { DocumentCheck } from '../../utils/document-check';
import { clearHighlight, highlightRange } from '../../utils/highlight';
import { originPattern } from '../../utils/settings';

type Phase =
  | { name: 'loading' }
  | { name: 'needs-permission'; pattern: string }
  | { name: 'error'; message: string }
  | { name: 'ready'; pages: string[] };

const fileUrl = new URLSearchParams(location.search).get('file') ?? '';

async function loadPdfPages(url: string): Promise<string[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`De PDF kon niet worden opgehaald (${res.status}).`);
  const data = new Uint8Array(await res.arrayBuffer());
  const pdf = await getDocumentProxy(data, { isEvalSupported: false });
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  const load = async (): Promise<void> => {
    const pattern = originPattern(fileUrl);
    if (pattern && !(await browser.permissions.contains({ origins: [pattern] }))) {
      setPhase({ name: 'needs-permission', pattern });
      return;
    }
    try {
      const pages = await loadPdfPages(fileUrl);
      if (pages.join('').trim().length === 0) {
        setPhase({ name: 'error', message: 'Deze PDF bevat geen leesbare tekst (bijvoorbeeld een scan). Stagewijzer kan hem niet controleren.' });
      } else setPhase({ name: 'ready', pages });
    } catch (e) {
      const msg = e instanceof Error && e.message.startsWith('De PDF') ? e.message : 'De PDF kon niet worden gelezen. Is het bestand beschadigd of beveiligd?';
      setPhase({ name: 'error', message: msg });
    }
  };

  useEffect(() => {
    document.title = `Stagewijzer – ${decodeURIComponent(fileUrl.split('/').pop() ?? 'PDF')}`;
    void load();
  }, []);

  return (
    <div class="layout">
      <div class="topbar">
        <h1>Stagewijzer</h1>
        <span class="file" title={fileUrl}>
          {fileUrl}
        </span>
      </div>
      {phase.name === 'loading' && <p class="message" role="status">PDF wordt gelezen…</p>}
      {phase.name === 'error' && (
        <p class="message" role="alert" data-pdf-error>
          {phase.message}
        </p>
      )}
      {phase.name === 'needs-permission' && (
        <div class="message">
          <p>Stagewijzer heeft toestemming nodig om deze PDF op te halen van {phase.pattern.replace(/\/\*$/, '')}.</p>
          <button
            type="button"
            onClick={() => void browser.permissions.request({ origins: [phase.pattern] }).then((ok) => { if (ok) void load(); })}
          >
            Toegang geven
          </button>
        </div>
      )}
      {phase.name === 'ready' && <Viewer pages={phase.pages} />}
    </div>
  );
}

function Viewer(props: { pages: string[] }) {
  const docRef = useRef<HTMLElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = docRef.current;
    const side = sideRef.current;
    if (!root || !side) return;
    const check = new DocumentCheck(root);
    const shadow = side.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    const container = document.createElement('div');
    container.style.height = '100%';
    shadow.append(style, container);
    side.setAttribute('data-kind', check.result.kind);
    let activeId: string | null = null;
    let notice: string | null = null;
    const draw = (): void =>
      render(
        <HintPanel result={check.result} activeId={activeId} notice={notice} inline onSelect={select} />,
        container,
      );
    const select = (req: RequirementResult): void => {
      const located = check.locate(req);
      activeId = req.id;
      notice = located.notice;
      if (located.range) highlightRange(located.range);
      else clearHighlight(document);
      draw();
    };
    draw();
  }, []);

  return (
    <>
      <article id="document" ref={docRef} aria-label="Tekst van de PDF">
        {props.pages.map((text, i) => (
          <section class="page" data-page={i + 1} key={i}>
            <h2 class="page-no" data-stagewijzer="page-label">
              Pagina {i + 1}
            </h2>
            {text.split(/\n+/).filter((l) => l.trim()).map((line, j) => (
              <p key={j}>{line}</p>
            ))}
          </section>
        ))}
      </article>
      <aside class="side" ref={sideRef} data-stagewijzer="panel" />
    </>
  );
}

render(<App />, document.getElementById('app')!);
