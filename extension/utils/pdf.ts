import { browser } from 'wxt/browser';

export function isPdfUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') && /\.pdf$/i.test(u.pathname);
  } catch {
    return false;
  }
}

export function pdfViewerUrl(pdfUrl: string): string {
  // getURL is typed against the generated .wxt paths; keep this file checkable without them.
  const runtime = browser.runtime as unknown as { getURL(path: string): string };
  return `${runtime.getURL('/pdfviewer.html')}?file=${encodeURIComponent(pdfUrl)}`;
}
