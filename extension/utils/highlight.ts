// Highlights an evidence range in the page: CSS Custom Highlight API where available, else
// <mark data-stagewijzer="highlight"> wrappers. The nearest element always gets
// data-stagewijzer-active-evidence so the state is visible to tests and assistive tooling.

export const HIGHLIGHT_NAME = 'stagewijzer-evidence';
const ACTIVE_ATTR = 'data-stagewijzer-active-evidence';

export function highlightStyles(): string {
  return `::highlight(${HIGHLIGHT_NAME}){background-color:#ffe066;color:#111;}
mark[data-stagewijzer="highlight"]{background-color:#ffe066;color:#111;padding:0;}
[${ACTIVE_ATTR}]{outline:2px dashed #b45309;outline-offset:2px;}`;
}

function ensureStyles(doc: Document): void {
  if (doc.querySelector('style[data-stagewijzer="style"]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-stagewijzer', 'style');
  style.textContent = highlightStyles();
  (doc.head ?? doc.documentElement).append(style);
}

export function clearHighlight(doc: Document = document): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  registry?.delete(HIGHLIGHT_NAME);
  for (const el of doc.querySelectorAll(`[${ACTIVE_ATTR}]`)) el.removeAttribute(ACTIVE_ATTR);
  for (const mark of doc.querySelectorAll('mark[data-stagewijzer="highlight"]')) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parent.normalize();
  }
}

function wrapWithMarks(range: Range): void {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const nodes: Text[] = [];
  if (root.nodeType === 3) nodes.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n as Text);
  }
  for (const node of nodes) {
    let target = node;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) continue;
    if (end < target.data.length) target.splitText(end);
    if (start > 0) target = target.splitText(start);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-stagewijzer', 'highlight');
    target.parentNode!.insertBefore(mark, target);
    mark.append(target);
  }
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Highlights the range, scrolls it into view and marks its nearest element. Returns that element. */
export function highlightRange(range: Range): Element | null {
  const doc = range.startContainer.ownerDocument!;
  clearHighlight(doc);
  ensureStyles(doc);
  const common = range.commonAncestorContainer;
  const element = common.nodeType === 1 ? (common as Element) : common.parentElement;
  const g = globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (r: Range) => unknown };
  if (g.CSS?.highlights && g.Highlight) {
    g.CSS.highlights.set(HIGHLIGHT_NAME, new g.Highlight(range));
  } else {
    wrapWithMarks(range);
  }
  element?.setAttribute(ACTIVE_ATTR, '');
  element?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  return element;
}
