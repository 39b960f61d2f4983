// End-to-end: the built chat page against the real server (real app, real PGlite) in headless Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/support/server.ts';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';


/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

describe('chat page (e2e)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${DIST}/index.html`)) {
      const { build } = await import('vite');
      await build({ configFile: `${WEB_ROOT}/vite.config.ts`, logLevel: 'warn' });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ assets: serveStatic({ root: DIST, index: 'index.html' }) });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Stagewijzer' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the page with lang="nl" and the session token', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const session = (await (await fetch(`${server.url}/api/session`)).json()) as { token?: string };
    expect(session.token).toBeTruthy();
  });

  it('asks a question with the keyboard only and shows an answer with citation chips', async () => {
    await tabTo(page, '#question');
    await page.keyboard.type('Wat moet er in een stageovereenkomst staan?');
    await page.keyboard.press('Enter');
    const chip = page.locator('.answer-card .chip').first();
    await chip.waitFor();
    await expect.poll(() => page.locator('.ask [role="status"]').innerText()).toBe('Het antwoord is klaar.');
    expect((await page.locator('.answer-card .answer-text').first().innerText()).length).toBeGreaterThan(20);
    await page.screenshot({ path: `${ARTIFACTS}/1-answer.png`, fullPage: true });

    // Open the first chip from the keyboard; the source view shows the quote highlighted.
    const chipId = await chip.getAttribute('id');
    await tabTo(page, `#${chipId}`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.source-view');
    await dialog.locator('mark').first().waitFor();
    expect((await dialog.locator('mark').first().innerText()).trim().length).toBeGreaterThan(5);
    await page.screenshot({ path: `${ARTIFACTS}/2-source.png` });

    // Escape closes it and focus returns to the chip.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(chipId);
  });

  it('uploads a sample document and shows the checklist with statuses', async () => {
    await page.getByRole('tab', { name: 'Document controleren' }).click();
    await page.getByRole('button', { name: 'Voorbeeld controleren: Stageovereenkomst techniek' }).click();
    const rows = page.locator('.requirement');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await page.locator('.checklist .kind').innerText()).toContain('Stageovereenkomst');
    for (const text of await page.locator('.requirement .status').allInnerTexts()) {
      expect(text).toMatch(/Aanwezig|Ontbreekt|Onduidelijk|In strijd met de wet/);
    }
    expect(await page.locator('[data-requirement="stageovereenkomst.premie"] .status').innerText()).not.toContain('Aanwezig');
    await page.screenshot({ path: `${ARTIFACTS}/3-checklist.png`, fullPage: true });

    // Evidence is highlighted in the document text.
    await page.locator('.requirement').getByRole('button', { name: /^Toon in document/ }).first().click();
    const evidence = page.locator('dialog.source-view mark').first();
    await evidence.waitFor();
    // The highlighted evidence is scrolled into view.
    await expect
      .poll(() => evidence.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }))
      .toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/4-evidence.png` });
    await page.keyboard.press('Escape');

    // A user file through the file input works the same way; the plan shows up in Mijn documenten.
    await page.locator('#file-input').setInputFiles(fileURLToPath(new URL('../../../corpus/samples/leerwerkovereenkomst-400-uur.md', import.meta.url)));
    await expect.poll(() => page.locator('.checklist h3').innerText()).toMatch(/400|leer-?werk/i);
    expect(await page.locator('[data-requirement="leerwerkovereenkomst.uren"] .status').innerText()).toContain('In strijd met de wet');
    await page.getByRole('tab', { name: 'Mijn documenten' }).click();
    await expect.poll(() => page.locator('.plan-item').count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}/5-plans.png`, fullPage: true });

    // Asked about the stored document, "Voldoet dit document aan de wet?" is answered from its own check.
    await page.getByRole('tab', { name: 'Document controleren' }).click();
    await page.getByRole('button', { name: 'Stel een vraag over dit document' }).click();
    await page.getByRole('button', { name: 'Voldoet dit document aan de wet?' }).click();
    await expect.poll(() => page.locator('.ask [role="status"]').innerText()).toBe('Het antwoord is klaar.');
    const answer = await page.locator('.answer-card .answer-text').last().innerText();
    expect(answer).toContain('In strijd met de wet');
    expect(answer).toContain('WVO 2020 art. 2.38 lid 9');
    await page.screenshot({ path: `${ARTIFACTS}/5b-document-question.png`, fullPage: true });
  });

  it('checks a claim and shows a verdict with evidence', async () => {
    await page.getByRole('tab', { name: 'Bewering controleren' }).click();
    await page.getByRole('textbox', { name: 'Bewering' }).fill('De meeste vmbo-afdelingen evalueren hun stages formeel en structureel.');
    await page.getByRole('button', { name: 'Controleer bewering' }).click();
    const verdict = page.locator('.verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/Ondersteund door het rapport|In strijd met het rapport|Niet in de bronnen/);
    await page.screenshot({ path: `${ARTIFACTS}/6-claim.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
