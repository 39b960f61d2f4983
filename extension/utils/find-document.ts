// Finds the element that holds the stage document on a page: school intranets, SharePoint-style
// pages, portals, published documents and plain pages. Heuristic: the candidate with the most
// non-link text, then the most specific descendant that still holds most of that text.
import { isOwnUi } from './text-map';

const NAMED_CANDIDATES = [
  'article', 'main', '[role="main"]', '[role="document"]', '.document', '.doc', '.document-body',
  '.ms-rtestate-field', '.ms-rte-layoutszone-inner', '[data-automation-id="CanvasZone"]', '.CanvasZone',
  '.WordSection1', '#content', '.content', '#main', '.page-content', '.entry-content', '.post-content',
  '.article-body', '[contenteditable="true"]', '[contenteditable=""]',
].join(',');

const MIN_TEXT = 200;
const SPECIFIC_SHARE = 0.75;

function textLength(el: Element): number {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const p = t.parentElement;
    if (p && (p.closest('script,style,noscript,template') || isInsideOwnUi(p))) continue;
    n += (t as Text).data.trim().length;
  }
  return n;
}

function isInsideOwnUi(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isOwnUi(e)) return true;
  return false;
}

function score(el: Element): number {
  const total = textLength(el);
  if (total < MIN_TEXT) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').trim().length;
  const navs = [...el.querySelectorAll('nav,[role="navigation"],header,footer,aside')]
    .reduce((n, e) => n + (e.textContent ?? '').trim().length, 0);
  return Math.max(0, total - 1.5 * links - navs);
}

/** The document element, or null when the page holds no substantial text. */
export function findDocumentElement(doc: Document = document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const candidates = new Set<Element>([body]);
  for (const el of doc.querySelectorAll(NAMED_CANDIDATES)) candidates.add(el);
  for (const p of doc.querySelectorAll('p,li,h1,h2,h3')) if (p.parentElement) candidates.add(p.parentElement);
  const scored: Array<{ el: Element; score: number }> = [];
  for (const el of candidates) {
    if (isInsideOwnUi(el) || el.closest('nav,[role="navigation"],header,footer,aside')) continue;
    const s = score(el);
    if (s > 0) scored.push({ el, score: s });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  let best = scored[0]!;
  // Descend to the most specific candidate that still holds most of the text.
  for (;;) {
    const inner = scored.find((c) => c.el !== best.el && best.el.contains(c.el) && c.score >= SPECIFIC_SHARE * best.score);
    if (!inner) break;
    best = inner;
  }
  return best.el;
}
