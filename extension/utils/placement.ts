// Where the badge and the panel go, from the rectangles of the page (viewport coordinates). Pure
// functions: the content script measures, these decide. The rule: never over the document's
// headline, never over the text being read.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 8;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxAt(left: number, top: number, size: Size): Box {
  return { left, top, right: left + size.width, bottom: top + size.height };
}

/**
 * The badge's box: beside the document at its top, else right after the headline on its line, else
 * above the document, else just below the headline. `headline` holds the rectangles of the headline's
 * text lines (empty when the document has none); `obstacles` are boxes it must not go under (the open panel).
 */
export function badgeBox(doc: Box, headline: Box[], badge: Size, viewportWidth: number, obstacles: Box[] = []): Box {
  const free = (b: Box, maxRight: number): boolean =>
    b.left >= 0 && b.top >= 0 && b.right <= maxRight && headline.every((h) => !intersects(b, h)) && obstacles.every((o) => !intersects(b, o));
  const top = headline[0]?.top ?? doc.top;
  const beside = boxAt(doc.right + GAP, top, badge);
  if (free(beside, viewportWidth)) return beside;
  const last = headline[headline.length - 1];
  if (last) {
    const afterHeadline = boxAt(last.right + 2 * GAP, last.top + Math.max(0, (last.bottom - last.top - badge.height) / 2), badge);
    if (free(afterHeadline, Math.min(doc.right, viewportWidth))) return afterHeadline;
  }
  const above = boxAt(Math.min(doc.right, viewportWidth) - badge.width, doc.top - badge.height - GAP, badge);
  if (free(above, viewportWidth)) return above;
  const below = headline.length > 0 ? Math.max(...headline.map((h) => h.bottom)) + GAP / 2 : doc.top + GAP / 2;
  return boxAt(Math.max(0, Math.min(doc.right, viewportWidth) - badge.width), below, badge);
}

export const PANEL_MIN = 300;
export const PANEL_MAX = 420;

export interface Dock {
  side: 'left' | 'right';
  width: number;
  /** Space the page must give up on that side so the panel covers no text (0: none needed). */
  push: number;
}

/**
 * The panel docks beside the document where there is room for it (the wider side first), and
 * otherwise makes room on the right by narrowing the page.
 */
export function dockPanel(doc: Box, viewportWidth: number): Dock {
  const right = viewportWidth - doc.right - 2 * GAP;
  const left = doc.left - 2 * GAP;
  const [first, second] = right >= left ? (['right', 'left'] as const) : (['left', 'right'] as const);
  const space = { right, left };
  for (const side of [first, second]) {
    if (space[side] >= PANEL_MIN) return { side, width: Math.min(PANEL_MAX, space[side]), push: 0 };
  }
  const width = Math.max(Math.min(PANEL_MAX, Math.round(viewportWidth * 0.36)), Math.min(PANEL_MIN, viewportWidth - 2 * GAP));
  return { side: 'right', width, push: width + 2 * GAP };
}
