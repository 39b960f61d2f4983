// Loads a PDF with the bundled pdf.js and draws its pages: a canvas per page (drawn when it comes
// into view) and a text layer (drawn at once), so the checklist reads the text and highlights land
// on the page. Failures become Dutch messages a person can act on.
import { getDocument, GlobalWorkerOptions, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Pages beyond this are not drawn (the checklist reads what is drawn). */
export const MAX_PAGES = 200;
/** Bytes: larger files are not fetched. */
export const MAX_BYTES = 30 * 1024 * 1024;

export class PdfLoadError extends Error {}

export interface LoadedPdf {
  doc: PDFDocumentProxy;
  numPages: number;
}

function statusMessage(status: number): string {
  if (status === 404 || status === 410) return `De PDF staat niet (meer) op dit adres (foutcode ${status}). Misschien is hij verplaatst of verwijderd.`;
  if (status === 401 || status === 403) return `De website geeft geen toegang tot deze PDF (foutcode ${status}). Log in op de website en probeer het opnieuw.`;
  if (status >= 500) return `De website kon de PDF nu niet leveren (foutcode ${status}). Probeer het later opnieuw.`;
  return `De website gaf een fout bij het ophalen van de PDF (foutcode ${status}).`;
}

export async function loadPdf(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadedPdf> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'include' });
  } catch {
    throw new PdfLoadError('De PDF kon niet worden opgehaald: de website antwoordt niet. Controleer je verbinding of het adres, en probeer het opnieuw.');
  }
  if (!res.ok) throw new PdfLoadError(statusMessage(res.status));
  const size = Number(res.headers.get('content-length') ?? 0);
  if (size > MAX_BYTES) throw new PdfLoadError('Deze PDF is groter dan 30 MB. Stagewijzer opent hem niet; open hem in de browser.');
  const data = new Uint8Array(await res.arrayBuffer());
  if (data.byteLength > MAX_BYTES) throw new PdfLoadError('Deze PDF is groter dan 30 MB. Stagewijzer opent hem niet; open hem in de browser.');
  try {
    const doc = await getDocument({ data, isEvalSupported: false, enableXfa: false }).promise;
    return { doc, numPages: doc.numPages };
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new PdfLoadError('Deze PDF is beveiligd met een wachtwoord. Stagewijzer kan hem niet openen.');
    if (name === 'InvalidPDFException') throw new PdfLoadError('Dit bestand is geen geldige PDF (of het is beschadigd).');
    throw new PdfLoadError('De PDF kon niet worden gelezen. Is het bestand beschadigd?');
  }
}

/** Draws every page into `root`: text layers now, canvases when they come into view. */
export async function renderPages(pdf: LoadedPdf, root: HTMLElement): Promise<void> {
  const width = Math.max(320, root.clientWidth || 800);
  const pages = Math.min(pdf.numPages, MAX_PAGES);
  const draw = new Map<Element, () => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        draw.get(e.target)?.();
        draw.delete(e.target);
        observer.unobserve(e.target);
      }
    },
    { rootMargin: '400px' },
  );
  for (let n = 1; n <= pages; n++) {
    const page: PDFPageProxy = await pdf.doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(1.6, (width - 8) / base.width);
    const viewport = page.getViewport({ scale });
    const label = document.createElement('p');
    label.className = 'page-no';
    label.setAttribute('data-stagewijzer', 'page-label');
    label.textContent = `Pagina ${n} van ${pdf.numPages}`;
    const box = document.createElement('section');
    box.className = 'page';
    box.setAttribute('data-page', String(n));
    box.setAttribute('aria-label', `Pagina ${n}`);
    box.style.setProperty('--scale-factor', String(scale));
    box.style.setProperty('--total-scale-factor', String(scale));
    box.style.width = `${viewport.width}px`;
    box.style.height = `${viewport.height}px`;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    text.className = 'textLayer';
    box.append(canvas, text);
    root.append(label, box);
    await new TextLayer({ textContentSource: await page.getTextContent(), container: text, viewport }).render();
    draw.set(box, () => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      void page.render({ canvas, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise.catch(() => undefined);
    });
    observer.observe(box);
  }
  markHeadings(root);
  if (pdf.numPages > MAX_PAGES) {
    const more = document.createElement('p');
    more.className = 'message';
    more.setAttribute('data-stagewijzer', 'page-label');
    more.textContent = `Alleen de eerste ${MAX_PAGES} van de ${pdf.numPages} pagina’s worden getoond en gecontroleerd.`;
    root.append(more);
  }
}

/** Type size of a text-layer span (pdf.js writes `calc(var(--total-scale-factor) * 13.00px)`). */
function sizeOf(span: HTMLElement): number {
  const m = /([\d.]+)px\)?\s*$/.exec(span.style.fontSize);
  return m ? Number.parseFloat(m[1]!) : 0;
}

/** Lines set clearly larger than the body text are headings (the checklist reads them as such, never as evidence). */
export const HEADING_SIZE_RATIO = 1.15;
const MAX_HEADING_CHARS = 120;

export function markHeadings(root: HTMLElement): void {
  const spans = [...root.querySelectorAll<HTMLElement>('.textLayer span:not(.markedContent)')];
  // The body size is the size most text is set in.
  const weight = new Map<number, number>();
  for (const s of spans) {
    const size = Math.round(sizeOf(s) * 2) / 2;
    if (size > 0) weight.set(size, (weight.get(size) ?? 0) + (s.textContent?.length ?? 0));
  }
  let body = 0;
  let best = -1;
  for (const [size, w] of weight) if (w > best) [body, best] = [size, w];
  if (body === 0) return;
  for (const s of spans) {
    const text = s.textContent?.trim() ?? '';
    const startsLine = !s.previousElementSibling || s.previousElementSibling.localName === 'br';
    const endsLine = !s.nextElementSibling || s.nextElementSibling.localName === 'br';
    if (text && startsLine && endsLine && text.length <= MAX_HEADING_CHARS && sizeOf(s) >= body * HEADING_SIZE_RATIO) {
      s.setAttribute('data-stagewijzer-heading', sizeOf(s) >= body * 1.6 ? '1' : '2');
    }
  }
}
