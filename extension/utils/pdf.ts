import { browser } from 'wxt/browser';

export { isPdfUrl } from './pdf-url';

export function pdfViewerUrl(pdfUrl: string): string {
  // getURL is typed against the generated .wxt paths; keep this file checkable without them.
  const runtime = browser.runtime as unknown as { getURL(path: string): string };
  return `${runtime.getURL('/pdfviewer.html')}?file=${encodeURIComponent(pdfUrl)}`;
}
