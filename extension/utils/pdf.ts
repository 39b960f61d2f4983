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
  return `${browser.runtime.getURL('/pdfviewer.html')}?file=${encodeURIComponent(pdfUrl)}`;
}
