import { describe, expect, it } from 'vitest';
import { badgeBox, dockPanel, intersects, PANEL_MIN } from './placement';

const badge = { width: 220, height: 28 };

describe('badgeBox', () => {
  const headline = [{ left: 100, top: 100, right: 700, bottom: 140 }];

  it('goes beside the document when there is room, level with the headline', () => {
    const b = badgeBox({ left: 100, top: 80, right: 760, bottom: 2000 }, headline, badge, 1280);
    expect(b.left).toBeGreaterThan(760);
    expect(b.top).toBe(100);
  });

  it('never covers the headline when the document fills the width', () => {
    const wide = [
      { left: 20, top: 100, right: 1000, bottom: 140 },
      { left: 20, top: 140, right: 600, bottom: 180 },
    ];
    const b = badgeBox({ left: 10, top: 80, right: 1014, bottom: 2000 }, wide, badge, 1024);
    for (const h of wide) expect(intersects(b, h)).toBe(false);
    // After the headline's last line, inside the document.
    expect(b.top).toBeGreaterThanOrEqual(140);
    expect(b.right).toBeLessThanOrEqual(1014);
  });

  it('stays out from under the open panel', () => {
    const panel = { left: 860, top: 12, right: 1268, bottom: 788 };
    const b = badgeBox({ left: 200, top: 80, right: 820, bottom: 2000 }, headline, badge, 1280, [panel]);
    expect(intersects(b, panel)).toBe(false);
    for (const h of headline) expect(intersects(b, h)).toBe(false);
  });
});

describe('dockPanel', () => {
  it('docks on the side with room', () => {
    expect(dockPanel({ left: 260, top: 0, right: 800, bottom: 900 }, 1280)).toMatchObject({ side: 'right', push: 0 });
    expect(dockPanel({ left: 700, top: 0, right: 1260, bottom: 900 }, 1280)).toMatchObject({ side: 'left', push: 0 });
  });

  it('makes room when neither side has enough', () => {
    const d = dockPanel({ left: 200, top: 0, right: 1000, bottom: 900 }, 1024);
    expect(d.side).toBe('right');
    expect(d.width).toBeGreaterThanOrEqual(PANEL_MIN);
    expect(d.push).toBeGreaterThan(d.width);
  });
});
