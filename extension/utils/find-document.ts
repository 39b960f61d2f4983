// Finds the block that holds a document on a page (school intranets, SharePoint-style pages, portals,
// published documents, plain pages) and says whether it reads like a document at all. What the text
// is (a stage document or not) is the checklist engine's call; this module only decides which block
// is the document and rejects blocks that are no document: lists of links, teaser grids (home pages,
// news overviews) and scraps of text. Language-independent: it measures the DOM, not words.
import { BLOCK_TAGS, isOwnUi } from './text-map';

const NAMED_CANDIDATES = [
  'article',
  'main',
  '[role="main"]',
  '[role="document"]',
  '.document',
  '.doc',
  '.document-body',
  '.ms-rtestate-field',
  '.ms-rte-layoutszone-inner',
  '[data-automation-id="CanvasZone"]',
  '.CanvasZone',
  '.WordSection1',
  '#content',
  '.content',
  '#main',
  '.page-content',
  '.entry-content',
  '.post-content',
  '.article-body',
  '[contenteditable="true"]',
  '[contenteditable=""]',
].join(',');

/** Page chrome: never part of a document, never a candidate. */
const CHROME = 'nav,[role="navigation"],header,footer,aside,[role="banner"],[role="contentinfo"],[role="dialog"],[role="alertdialog"],[aria-modal="true"]';
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'select', 'button', 'input', 'textarea']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A paragraph of running text has at least this many words. */
const PROSE_WORDS = 15;
/** Less running text than this (characters) is no document. */
export const MIN_PROSE = 400;
/** A block where links carry more than this share of the text is a list of links. */
export const MAX_LINK_SHARE = 0.4;
/** A block where running text (and table cells) is less than this share of the text is fragments. */
export const MIN_PROSE_SHARE = 0.45;
const SPECIFIC_SHARE = 0.8;
/** Bounds: pages with absurd numbers of blocks are measured on their first blocks only. */
const MAX_LEAVES = 20_000;

export type BlockVerdict = 'document' | 'little-text' | 'link-list' | 'teasers' | 'fragments';

export interface BlockProfile {
  /** Visible characters (whitespace-collapsed) of the block, page chrome excluded. */
  chars: number;
  linkChars: number;
  /** Characters in paragraphs of running text and in table cells. */
  proseChars: number;
  headings: number;
  /** Headings whose text is a link: the mark of teaser cards. */
  linkedHeadings: number;
}

export interface FoundDocument {
  element: Element;
  verdict: BlockVerdict;
  profile: BlockProfile;
}

interface Leaf {
  el: Element;
  chars: number;
  linkChars: number;
  words: number;
  heading: boolean;
  linkedHeading: boolean;
  cell: boolean;
}

function isChrome(el: Element): boolean {
  return el.matches(CHROME) || isOwnUi(el) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Collects the page's text blocks ("leaves": the nearest block element of each run of text). */
function collectLeaves(doc: Document): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (el: Element, leaf: Leaf | null, inLink: boolean): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (leaves.length >= MAX_LEAVES) return;
      if (c.nodeType === 3) {
        const t = (c as Text).data.replace(/\s+/g, ' ').trim();
        if (!t || !leaf) continue;
        leaf.chars += t.length;
        if (inLink) leaf.linkChars += t.length;
        leaf.words += t.split(' ').length;
      } else if (c.nodeType === 1) {
        const child = c as Element;
        const tag = child.localName;
        if (SKIP.has(tag) || isChrome(child)) continue;
        if (BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th') {
          const own: Leaf = {
            el: child,
            chars: 0,
            linkChars: 0,
            words: 0,
            heading: HEADING.has(tag),
            linkedHeading: false,
            cell: tag === 'td' || tag === 'th',
          };
          visit(child, own, inLink);
          if (own.chars > 0) {
            own.linkedHeading = own.heading && own.linkChars >= own.chars * 0.6;
            leaves.push(own);
          }
        } else {
          visit(child, leaf, inLink || tag === 'a');
        }
      }
    }
  };
  if (doc.body) {
    const root: Leaf = { el: doc.body, chars: 0, linkChars: 0, words: 0, heading: false, linkedHeading: false, cell: false };
    visit(doc.body, root, false);
    if (root.chars > 0) leaves.push(root);
  }
  return leaves;
}

function isProse(l: Leaf): boolean {
  if (l.heading) return false;
  if (l.linkChars > l.chars * 0.5) return false;
  return l.cell || l.words >= PROSE_WORDS;
}

function emptyProfile(): BlockProfile {
  return { chars: 0, linkChars: 0, proseChars: 0, headings: 0, linkedHeadings: 0 };
}

/** Adds every leaf to the profiles of the candidates that contain it: leaves × depth, no quadratic scan. */
function profileCandidates(candidates: Set<Element>, leaves: Leaf[]): Map<Element, BlockProfile> {
  const profiles = new Map<Element, BlockProfile>();
  for (const c of candidates) profiles.set(c, emptyProfile());
  for (const l of leaves) {
    const prose = isProse(l);
    for (let e: Element | null = l.el; e; e = e.parentElement) {
      const p = profiles.get(e);
      if (!p) continue;
      p.chars += l.chars;
      p.linkChars += l.linkChars;
      if (prose) p.proseChars += l.chars - l.linkChars;
      if (l.heading) p.headings++;
      if (l.linkedHeading) p.linkedHeadings++;
    }
  }
  return profiles;
}

/** Whether a block with this profile reads like a document (rather than a list of links, teasers or scraps). */
export function verdictOf(p: BlockProfile): BlockVerdict {
  if (p.linkChars > p.chars * MAX_LINK_SHARE) return 'link-list';
  if (p.linkedHeadings >= 3 && p.linkedHeadings >= p.headings * 0.4) return 'teasers';
  if (p.proseChars < MIN_PROSE) return 'little-text';
  if (p.proseChars < p.chars * MIN_PROSE_SHARE) return 'fragments';
  return 'document';
}

/**
 * The block that holds the page's document and its verdict, or null when the page has no text.
 * The block is the candidate with the most running text, narrowed to the most specific candidate
 * that still holds most of it.
 */
export function findDocument(doc: Document = document): FoundDocument | null {
  const body = doc.body;
  if (!body) return null;
  const leaves = collectLeaves(doc);
  if (leaves.length === 0) return null;
  const candidates = new Set<Element>([body]);
  for (const el of doc.querySelectorAll(NAMED_CANDIDATES)) candidates.add(el);
  for (const l of leaves) {
    if (!isProse(l) && !l.heading) continue;
    const holder = l.cell ? l.el.closest('table') : l.el;
    if (holder?.parentElement) candidates.add(holder.parentElement);
  }
  for (const el of [...candidates]) if (insideChrome(el)) candidates.delete(el);
  const profiles = profileCandidates(candidates, leaves);
  const scored: Array<{ el: Element; score: number; profile: BlockProfile }> = [];
  for (const [el, profile] of profiles) {
    const score = profile.proseChars - 0.5 * profile.linkChars;
    if (profile.chars > 0) scored.push({ el, score, profile });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  let best = scored[0]!;
  for (;;) {
    // Narrow down only to a block that keeps the headings (the title tells what the document is).
    const inner = scored.find(
      (c) => c.el !== best.el && best.el.contains(c.el) && c.score > 0 && c.score >= SPECIFIC_SHARE * best.score && c.profile.headings >= best.profile.headings,
    );
    if (!inner) break;
    best = inner;
  }
  return { element: best.el, verdict: verdictOf(best.profile), profile: best.profile };
}

/** The document element, or null when the page holds no document-like block. */
export function findDocumentElement(doc: Document = document): Element | null {
  const found = findDocument(doc);
  return found && found.verdict === 'document' ? found.element : null;
}

function insideChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e !== el.ownerDocument.body && isChrome(e)) return true;
  return false;
}
