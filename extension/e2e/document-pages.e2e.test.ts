// End-to-end: only where there is a document, never in the way. Realistic pages (navigation, footer,
// cookie banner): negatives get no badge, positives do; the badge never covers the headline and the
// open panel never covers the document's text, at 1280 and 1024 px wide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { buildForE2e, CheckedDocument, launchWithExtension, OptionsPage, screenshot } from './support/extension';
import type { ExtensionSession } from './support/extension';
import { makeStageplanPdf, startStaticServer } from './support/static-server';

const sample = (name: string): string => readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'samples', name), 'utf8');

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

async function settled(page: Page): Promise<void> {
  await page.locator('html[data-stagewijzer-checked]').waitFor({ state: 'attached' });
  await page.waitForTimeout(400); // a re-check after late mutations would land by now
}

async function rectOf(page: Page, selector: string): Promise<Rect> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      // Document coordinates: a smooth scroll between two measurements does not matter.
      const r = el.getBoundingClientRect();
      const x = window.scrollX;
      const y = window.scrollY;
      return { left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y };
    });
}

/** The rectangles of an element's text lines (what a reader reads). */
async function textRects(page: Page, selector: string): Promise<Rect[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const x = window.scrollX;
      const y = window.scrollY;
      return [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => ({ left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y }));
    });
}

describe('Stagewijzer on real-looking pages (Chromium, e2e build)', () => {
  let session: ExtensionSession;
  let site: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    buildForE2e();
    const pdf = await makeStageplanPdf(sample('stageplan-vmbo-onvolledig.md'));
    site = await startStaticServer({ '/docs/stageplan.pdf': { type: 'application/pdf', body: pdf } });
    session = await launchWithExtension();
    const options = await OptionsPage.open(session);
    await options.enableSite(site.url);
    await options.page.close();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  describe.each([
    ['news-inspectie', 'a news article about the inspectie report'],
    ['school-home', 'a school home page with stage news and tiles'],
    ['stage-downloads', 'a list of links to stage PDFs'],
  ])('%s (%s)', (fixture) => {
    it('gets no badge', async () => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${site.url}/${fixture}.html`);
      await settled(page);
      expect(await page.locator('[data-stagewijzer="badge"]').count()).toBe(0);
      expect(await page.locator('[data-stagewijzer="panel"]').count()).toBe(0);
      await screenshot(page, `10-no-badge-${fixture}-1280`);
      await page.close();
    });
  });

  it('checks a page on request (toolbar button) even when the checklist did not recognise it: the user chooses the kind', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/news-inspectie.html`);
    await settled(page);
    expect(await page.locator('[data-stagewijzer="badge"]').count()).toBe(0);
    await session.messageTab(`${site.url}/news-inspectie.html`, { type: 'stagewijzer:open-panel' });
    const doc = new CheckedDocument(page);
    await doc.panel().locator('[data-kind-chooser]').waitFor();
    expect(await doc.badge().getAttribute('data-state')).toBe('maybe');
    expect(await doc.panel().locator('[data-requirement-id]').count()).toBe(0);
    expect(await axeViolations(page, { ownUiOnly: true })).toEqual([]);
    await screenshot(page, '16-on-request-chooser');
    await doc.panel().locator('[data-choose-kind="stageovereenkomst"]').click();
    await doc.panel().locator('[data-requirement-id]').first().waitFor();
    expect(await doc.panel().getAttribute('data-kind')).toBe('stageovereenkomst');
    expect(await doc.badge().getAttribute('data-state')).toBe('full');
    await page.close();
  });

  it('gives links to PDF stage documents a hint that opens them in the viewer', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/stage-downloads.html`);
    await settled(page);
    const hints = page.locator('[data-stagewijzer="pdf-hint"]');
    await expect.poll(() => hints.count()).toBeGreaterThanOrEqual(6);
    // The school guide and the calendar are PDFs but no stage documents; the Word file is no PDF.
    const hinted = await hints.evaluateAll((els) => els.map((e) => (e.previousElementSibling as HTMLAnchorElement).getAttribute('href')));
    expect(hinted).toContain('docs/stageplan.pdf');
    expect(hinted).not.toContain('docs/schoolgids-2026.pdf');
    expect(hinted).not.toContain('docs/jaarkalender.pdf');
    expect(hinted).not.toContain('docs/stagelogboek.docx');
    expect(await axeViolations(page, { ownUiOnly: true })).toEqual([]);
    await screenshot(page, '11-pdf-link-hints');
    const [viewer] = await Promise.all([session.context.waitForEvent('page'), page.locator('[data-stagewijzer="pdf-hint"]').first().locator('button').click()]);
    await viewer.waitForURL(/pdfviewer\.html\?file=/);
    expect(decodeURIComponent(viewer.url())).toContain(`${site.url}/docs/stageplan.pdf`);
    await new CheckedDocument(viewer).panel().locator('[data-requirement-id]').first().waitFor({ timeout: 30_000 });
    await viewer.close();
    await page.close();
  });

  it('gives a page that may be a stage document a quiet badge that checks only when the user chooses a kind', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/stage-leerjaar3.html`);
    const doc = new CheckedDocument(page);
    await doc.badge().locator('button').waitFor();
    expect(await doc.badge().getAttribute('data-state')).toBe('maybe');
    expect(await doc.badge().locator('button').innerText()).toContain('Mogelijk stagedocument');
    await doc.badge().locator('button').click();
    const chooser = doc.panel().locator('[data-kind-chooser]');
    await chooser.waitFor();
    // The engine's candidate first; nothing is listed as checked before the user chooses.
    expect(await chooser.locator('[data-choose-kind]').first().getAttribute('data-choose-kind')).toBe('stageplan');
    expect(await doc.panel().locator('[data-requirement-id]').count()).toBe(0);
    expect(await axeViolations(page, { ownUiOnly: true })).toEqual([]);
    await screenshot(page, '17-maybe-chooser');
    await chooser.locator('[data-choose-kind="stageplan"]').first().click();
    await doc.panel().locator('[data-requirement-id]').first().waitFor();
    expect(await doc.panel().getAttribute('data-kind')).toBe('stageplan');
    expect(await doc.badge().getAttribute('data-state')).toBe('full');
    await page.close();
  });

  it("badges a school's page about its stages (no word 'stageplan'), or offers to check it", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/school-stages.html`);
    const doc = new CheckedDocument(page);
    await doc.badge().locator('button').waitFor();
    if ((await doc.badge().getAttribute('data-state')) === 'maybe') {
      await doc.badge().locator('button').click();
      await doc.panel().locator('[data-choose-kind="stageplan"]').click();
    } else {
      await doc.openPanel();
    }
    await doc.panel().locator('[data-requirement-id]').first().waitFor();
    expect(await doc.panel().getAttribute('data-kind')).toBe('stageplan');
    await screenshot(page, '12-school-stages-panel-1280');
    await page.close();
  });

  describe.each([1280, 1024])('at %i px wide', (width) => {
    it.each([
      ['model-overeenkomst', '#model', 'stageovereenkomst'],
      ['portal-stageplan', '#doc', 'stageplan'],
    ])('%s: the badge leaves the headline free and the panel docks beside the text', async (fixture, docSelector, kind) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${site.url}/${fixture}.html`);
      const doc = new CheckedDocument(page);
      await doc.badge().locator('button').waitFor();
      expect(await doc.badge().getAttribute('data-kind')).toBe(kind);
      expect(await doc.badge().getAttribute('data-state')).toBe('full');
      const badge = await rectOf(page, '[data-stagewijzer="badge"] >> button');
      for (const line of await textRects(page, `${docSelector} h1`)) expect(overlaps(badge, line)).toBe(false);
      await screenshot(page, `13-badge-${fixture}-${width}`);

      await doc.openPanel();
      await page.waitForTimeout(100); // layout after docking
      const panel = await rectOf(page, '[data-stagewijzer="panel"]');
      const text = await rectOf(page, docSelector);
      expect(overlaps(panel, text)).toBe(false);
      // The badge moved along with the page and still leaves the headline free.
      const badgeAfter = await rectOf(page, '[data-stagewijzer="badge"] >> button');
      for (const line of await textRects(page, `${docSelector} h1`)) expect(overlaps(badgeAfter, line)).toBe(false);
      expect(overlaps(badgeAfter, panel)).toBe(false);
      await screenshot(page, `14-panel-${fixture}-${width}`);

      // Escape closes the panel, gives the page its width back, and returns focus to the badge.
      await page.keyboard.press('Escape');
      await doc.panel().waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
      expect(
        await doc
          .badge()
          .locator('button')
          .evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b),
      ).toBe(true);
      await page.close();
    });
  });

  it('lists what needs attention first and shows where a missing item belongs in the document', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/portal-stageplan.html`);
    const doc = new CheckedDocument(page);
    await doc.openPanel();
    const statuses = await doc
      .panel()
      .locator('[data-requirement-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    const firstPresent = statuses.indexOf('present');
    expect(firstPresent).toBeGreaterThan(0);
    expect(statuses.slice(firstPresent).every((s) => s === 'present')).toBe(true);

    await doc.row('stageplan.opbouw').locator('button').click();
    const marker = page.locator('[data-stagewijzer="insertion"]');
    await marker.waitFor();
    expect(await marker.evaluate((h) => h.shadowRoot!.textContent)).toContain('Hier hoort: Opbouw van de stage');
    // Between the section on omvang and the next heading ("Overige afspraken").
    const at = await rectOf(page, '[data-stagewijzer="insertion"]');
    const omvang = await rectOf(page, '#doc h2:has-text("Omvang") + p');
    const next = await rectOf(page, '#doc h2:has-text("Overige afspraken")');
    expect(at.top).toBeGreaterThanOrEqual(omvang.bottom - 2);
    expect(at.top).toBeLessThanOrEqual(next.top + 2);
    expect(await doc.panel().locator('[role="status"]').innerText()).toContain('Dit hoort na ‘Omvang van de stage’');
    await screenshot(page, '15-missing-item-marker');

    expect(await axeViolations(page, { ownUiOnly: true })).toEqual([]);
    await page.close();
  });

  it('can load the checklist engine from its own file when the background is out of reach', async () => {
    // What content/engine.ts does as its fallback: import the web-accessible engine file into the page's world.
    const page = await session.context.newPage();
    await page.goto(`${site.url}/portal-stageplan.html`);
    // A string, so the test runner does not rewrite the page's import().
    const result = await page.evaluate(`(async () => {
      await import(${JSON.stringify(session.url('checklist-engine.js'))});
      const r = globalThis.__stagewijzerChecklist(document.querySelector('#doc').textContent);
      return { kind: r.kind, requirements: r.requirements.length };
    })()`);
    expect(result).toEqual({ kind: 'stageplan', requirements: 5 });
    await page.close();
  });

  it('jumps without animation when the reader asked for reduced motion', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.url}/portal-stageplan.html`);
    const doc = new CheckedDocument(page);
    await doc.openPanel();
    await doc.row('stageplan.opbouw').locator('button').click();
    await page.locator('[data-stagewijzer="insertion"]').waitFor();
    const first = await page.evaluate(() => window.scrollY);
    await page.waitForTimeout(150);
    expect(first).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(first);
    await page.close();
  });

  it('has no axe violations in the badge and the open panel, and shows visible focus', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/model-overeenkomst.html`);
    const doc = new CheckedDocument(page);
    await doc.badge().locator('button').waitFor();
    expect(await axeViolations(page, { ownUiOnly: true })).toEqual([]);
    await doc.badge().locator('button').focus();
    await page.keyboard.press('Enter');
    await doc.panel().locator('[data-requirement-id]').first().waitFor();
    expect(await axeViolations(page, { ownUiOnly: true })).toEqual([]);
    await page.keyboard.press('Tab');
    const outline = await doc.panel().evaluate((host) => {
      const active = host.shadowRoot!.activeElement as HTMLElement | null;
      return active ? getComputedStyle(active).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await page.close();
  });
});
