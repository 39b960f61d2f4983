// Extracts the text of a document element while keeping a mapping from text offsets back to DOM
// text nodes. Whitespace is collapsed the way HTML renders it (runs become one space) and block
// elements are separated by "\n", so the checklist engine sees clean text; mapping an offset back
// re-walks only the one text node it falls in.

/** HTML's block elements: each starts a line of the text (and, for the document finder, a block of its own). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'select',
  'textarea',
  'input',
  'button',
]);

export interface TextSegment {
  node: Text;
  /** Offsets of this node's (collapsed) text in TextMap.text. */
  start: number;
  end: number;
  /** Whether the node's leading whitespace was dropped because the text already ended in whitespace. */
  leadTrimmed: boolean;
}

export interface TextMap {
  root: Element;
  text: string;
  segments: TextSegment[];
}

/** Our own UI (badge, panel) is never part of the document text; our <mark>s are. */
export function isOwnUi(el: Element): boolean {
  const v = el.getAttribute('data-stagewijzer');
  return (v !== null && v !== 'highlight') || el.hasAttribute('data-wxt-shadow-root');
}

const WS = /[\s\u00a0]+/g;
const isWs = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0' || /\s/.test(c);

/**
 * Headings that are not <h1>–<h6>: `role="heading"` (with `aria-level`, SharePoint and other editors) and
 * lines the PDF viewer marked as headings from their type size (`data-stagewijzer-heading`).
 */
function headingLevel(el: Element): number | undefined {
  const marked = el.getAttribute('data-stagewijzer-heading') ?? (el.getAttribute('role') === 'heading' ? (el.getAttribute('aria-level') ?? '2') : null);
  if (marked === null) return undefined;
  const level = Number.parseInt(marked, 10);
  return level >= 1 && level <= 6 ? level : 2;
}

export function extractText(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let len = 0;
  let lastWs = true; // start of text counts as whitespace: no leading space

  const newline = (): void => {
    if (len === 0 || parts[parts.length - 1]?.endsWith('\n')) return;
    parts.push('\n');
    len += 1;
    lastWs = true;
  };

  /** Markup hints with no DOM counterpart ("## " before a heading, "- " before a list item). */
  const virtual = (s: string): void => {
    parts.push(s);
    len += s.length;
    lastWs = true;
  };

  const visit = (parent: Node): void => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const node = c as Text;
        let s = node.data.replace(WS, ' ');
        if (s.length === 0) continue;
        let leadTrimmed = false;
        if (lastWs && s.charCodeAt(0) === 32) {
          s = s.slice(1);
          leadTrimmed = true;
          if (s.length === 0) continue;
        }
        segments.push({ node, start: len, end: len + s.length, leadTrimmed });
        parts.push(s);
        len += s.length;
        lastWs = s.charCodeAt(s.length - 1) === 32;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.localName;
        if (SKIP_TAGS.has(tag) || isOwnUi(el) || el.hasAttribute('hidden')) continue;
        if (tag === 'br') {
          newline();
          continue;
        }
        const heading = HEADING_LEVEL[tag] ?? headingLevel(el);
        const block = BLOCK_TAGS.has(tag) || heading !== undefined;
        if (block) newline();
        if (heading) virtual(`${'#'.repeat(heading)} `);
        else if (tag === 'li') virtual('- ');
        else if ((tag === 'td' || tag === 'th') && el.previousElementSibling) virtual('| ');
        visit(el);
        if (block) newline();
      }
    }
  };
  visit(root);
  return { root, text: parts.join(''), segments };
}

/** Index of the segment containing text offset `offset` (or the first one after it). */
export function segmentIndexAt(map: TextMap, offset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offset inside the node's raw data of the collapsed-text position `k` within the segment. */
function rawOffset(seg: TextSegment, k: number): number {
  const data = seg.node.data;
  let i = 0;
  if (seg.leadTrimmed) while (i < data.length && isWs(data[i]!)) i++;
  let out = 0;
  while (i < data.length && out < k) {
    if (isWs(data[i]!)) {
      while (i < data.length && isWs(data[i]!)) i++;
    } else {
      i++;
    }
    out++;
  }
  return i;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Maps a text offset to a DOM position. `end` positions attach to the preceding character. */
export function toDomPosition(map: TextMap, offset: number, bias: 'start' | 'end' = 'start'): DomPosition | null {
  const segs = map.segments;
  if (segs.length === 0) return null;
  if (bias === 'start') {
    const seg = segs[segmentIndexAt(map, offset)]!;
    if (offset >= seg.end) return { node: seg.node, offset: seg.node.data.length };
    return { node: seg.node, offset: rawOffset(seg, Math.max(0, offset - seg.start)) };
  }
  const idx = segmentIndexAt(map, Math.max(0, offset - 1));
  const seg = segs[idx]!;
  if (offset >= seg.end) return { node: seg.node, offset: seg.node.data.length };
  if (offset <= seg.start) {
    const prev = segs[idx - 1];
    return prev ? { node: prev.node, offset: prev.node.data.length } : { node: seg.node, offset: rawOffset(seg, 0) };
  }
  return { node: seg.node, offset: rawOffset(seg, offset - seg.start) };
}

/** A DOM Range for the text offsets [start, end). */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  const a = toDomPosition(map, start, 'start');
  const b = toDomPosition(map, end, 'end');
  if (!a || !b) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const nodeIndexes = new WeakMap<TextMap, Map<Text, number>>();

/**
 * The typing fast path: updates the map in place for text nodes whose data changed (characterData
 * mutations), without walking the DOM. Returns null when the change cannot be patched safely
 * (a node that was not part of the text, or a change in whitespace at a node boundary); the
 * caller then re-extracts fully.
 */
export function patchTextNodes(map: TextMap, nodes: Iterable<Text>): TextMap | null {
  let index = nodeIndexes.get(map);
  if (!index) {
    index = new Map(map.segments.map((s, i) => [s.node, i]));
  }
  let text = map.text;
  const segs = map.segments;
  for (const node of nodes) {
    const i = index.get(node);
    if (i === undefined) return null;
    const seg = segs[i]!;
    const before = seg.start === 0 ? ' ' : text[seg.start - 1]!;
    let s = node.data.replace(WS, ' ');
    let leadTrimmed = false;
    if ((before === ' ' || before === '\n') && s.charCodeAt(0) === 32) {
      s = s.slice(1);
      leadTrimmed = true;
    }
    const old = text.slice(seg.start, seg.end);
    if (s.length === 0 || old.endsWith(' ') !== s.endsWith(' ') || leadTrimmed !== seg.leadTrimmed) return null;
    if (s === old) continue;
    text = text.slice(0, seg.start) + s + text.slice(seg.end);
    const delta = s.length - old.length;
    seg.end += delta;
    for (let j = i + 1; j < segs.length; j++) {
      segs[j]!.start += delta;
      segs[j]!.end += delta;
    }
  }
  const next: TextMap = { root: map.root, text, segments: segs };
  nodeIndexes.set(next, index);
  return next;
}
