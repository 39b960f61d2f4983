// End-to-end: the built extension in Chromium against fixture pages and a real API server.
// Context menus cannot be driven from Playwright, so the claim check opens the side panel page
// directly with ?claim=… (the same page the context menu opens, with the same code path).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSourceHash } from '@stagewijzer/server/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { buildForE2e, CheckedDocument, launchWithExtension, OptionsPage, screenshot } from './support/extension';
import type { ExtensionSession } from './support/extension';
import { makeStageplanPdf, startStaticServer } from './support/static-server';

interface AskBody {
  question: string;
  persona?: string;
  history?: Array<{ question: string; answer?: string }>;
}

const sample = (name: string): string => readFileSync(fileURLToPath(new URL(`../../corpus/samples/${name}`, import.meta.url)), 'utf8');

describe('Stagewijzer extension (Chromium, e2e build)', () => {
  let session: ExtensionSession;
  let site: { url: string; close(): Promise<void> };
  let api: { url: string; close(): Promise<void> } | undefined;
  let options: OptionsPage;
  const asked: AskBody[] = [];

  beforeAll(async () => {
    buildForE2e();
    const pdf = await makeStageplanPdf(sample('stageplan-vmbo-onvolledig.md'));
    site = await startStaticServer({
      '/docs/stageplan.pdf': { type: 'application/pdf', body: pdf },
      // A web page served as a PDF (what a login redirect looks like).
      '/not-stage.pdf': { type: 'application/pdf', body: readFileSync(fileURLToPath(new URL('./fixtures/not-stage.html', import.meta.url))) },
    });
    session = await launchWithExtension();
    options = await OptionsPage.open(session);
    await options.enableSite(site.url);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await site?.close();
    await api?.close();
  });

  it('works on pages of this machine without any setup, with visible badge and panel hosts', async () => {
    const fresh = await launchWithExtension();
    try {
      const page = await fresh.context.newPage();
      await page.goto(`${site.url}/portal-stageplan.html`);
      const doc = new CheckedDocument(page);
      await page.locator('[data-stagewijzer="badge"]').waitFor({ state: 'visible' });
      await doc.openPanel();
      await page.locator('[data-stagewijzer="panel"]').waitFor({ state: 'visible' });
      const box = await page.locator('[data-stagewijzer="panel"]').boundingBox();
      expect(box!.width).toBeGreaterThan(200);
    } finally {
      await fresh.close();
    }
  });

  it('shows a badge on a portal page with a stageplan and the right statuses in the panel', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/portal-stageplan.html`);
    const doc = new CheckedDocument(page);
    await doc.badge().locator('button').waitFor();
    expect(await doc.badge().getAttribute('data-kind')).toBe('stageplan');
    await screenshot(page, '01-portal-badge');

    await doc.openPanel();
    expect(await doc.panel().getAttribute('data-kind')).toBe('stageplan');
    expect(await doc.statusOf('stageplan.doel')).toBe('present');
    expect(await doc.statusOf('stageplan.opbouw')).toBe('missing');
    expect(await doc.statusOf('stageplan.organisatie')).toBe('missing');
    // Status is text + icon, never colour alone; missing items say where they are expected.
    await expect.poll(() => doc.row('stageplan.opbouw').innerText()).toContain('Ontbreekt');
    expect(await doc.row('stageplan.opbouw').innerText()).toContain('Hoort in het document na ‘Omvang van de stage’');
    // The shadow root is open and the hostile page CSS (hotpink 30px buttons) does not reach in.
    const fontSize = await doc
      .row('stageplan.doel')
      .locator('button')
      .evaluate((b) => getComputedStyle(b).fontSize);
    expect(fontSize).not.toBe('30px');
    await screenshot(page, '02-portal-panel');

    await doc.row('stageplan.doel').locator('button').click();
    await doc.activeEvidence().first().waitFor();
    const highlighted = await doc.activeEvidence().first().innerText();
    expect(highlighted.toLowerCase()).toContain('doel');
    await screenshot(page, '03-portal-highlight');
    await page.close();
  });

  it('starts on pages that were already open when a site is enabled, without a reload', async () => {
    // localhost is enabled by default; switch it off, open the page, switch it on again.
    const localhost = site.url.replace('127.0.0.1', 'localhost');
    await options.page.bringToFront();
    await options.disableSite('http://localhost/*');
    const page = await session.context.newPage();
    await page.goto(`${localhost}/portal-stageplan.html`);
    await page.waitForLoadState('load');
    expect(await page.locator('html[data-stagewijzer-checked]').count()).toBe(0);
    await options.page.bringToFront();
    await options.enableSite(localhost);
    const doc = new CheckedDocument(page);
    await doc.badge().locator('button').waitFor();
    expect(await doc.badge().getAttribute('data-kind')).toBe('stageplan');
    await page.close();
  });

  it('re-checks when the document changes', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/portal-stageplan.html`);
    const doc = new CheckedDocument(page);
    await doc.badge().locator('button').waitFor();
    await doc.openPanel();
    expect(await doc.statusOf('stageplan.opbouw')).toBe('missing');
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML =
        '<h2>Opbouw van de stage</h2><p>De stage is opgebouwd in twee fasen: in leerjaar 3 een oriënterende snuffelstage van vijf dagen, in leerjaar 4 een beroepsgerichte blokstage van tien dagen die voortbouwt op de eerste fase.</p>';
      document.querySelector('#doc')!.append(section);
    });
    await expect.poll(() => doc.statusOf('stageplan.opbouw'), { timeout: 5000 }).not.toBe('missing');
    await page.close();
  });

  it('gives a document inside an iframe its own badge and panel', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/sharepoint.html`);
    const frame = new CheckedDocument(page.frameLocator('#doc-frame'));
    await frame.badge().locator('button').waitFor();
    expect(await frame.badge().getAttribute('data-kind')).toBe('stageovereenkomst');
    await frame.openPanel();
    expect(await frame.panel().getAttribute('data-kind')).toBe('stageovereenkomst');
    expect(await frame.statusOf('stageovereenkomst.periode')).toBe('present');
    // The SharePoint chrome around the frame is not a stage document.
    await page.locator('html[data-stagewijzer-checked]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-stagewijzer="badge"]').count()).toBe(0);
    await screenshot(page, '04-sharepoint-iframe');
    await page.close();
  });

  it('shows no badge on a page that is not a stage document', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/not-stage.html`);
    // Wait until the content script has checked the page, then assert there is no badge.
    await page.locator('html[data-stagewijzer-checked]').waitFor({ state: 'attached' });
    expect(await page.locator('html').getAttribute('data-stagewijzer-checked')).toBe('unknown');
    expect(await page.locator('[data-stagewijzer="badge"]').count()).toBe(0);
    await screenshot(page, '05-not-stage');
    await page.close();
  });

  it('opens a PDF in its own viewer with the same hint panel', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url(`pdfviewer.html?file=${encodeURIComponent(`${site.url}/docs/stageplan.pdf`)}`));
    const doc = new CheckedDocument(page);
    await doc.panel().locator('[data-requirement-id]').first().waitFor({ timeout: 30_000 });
    expect(await doc.panel().getAttribute('data-kind')).toBe('stageplan');
    expect(await doc.statusOf('stageplan.doel')).toBe('present');
    expect(await doc.statusOf('stageplan.opbouw')).toBe('missing');
    expect(await doc.statusOf('stageplan.organisatie')).toBe('missing');
    // The pages themselves are drawn (canvas) with a text layer, and the highlight lands on the page.
    expect(await page.locator('#document .page').count()).toBe(2);
    await expect
      .poll(() =>
        page
          .locator('#document .page canvas')
          .first()
          .evaluate((c) => (c as HTMLCanvasElement).width),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('#document .page .textLayer span').count()).toBeGreaterThan(10);
    // Lines set larger than the body text are read as headings (13 pt titles over 10 pt text).
    const headings = await page.locator('[data-stagewijzer-heading]').allInnerTexts();
    expect(headings).toContain('Doel van de stage');
    expect(headings).not.toContain('Schooljaar: 2026-2027');
    await doc.row('stageplan.omvang').locator('button').click();
    await doc.activeEvidence().first().waitFor();
    expect(
      await doc
        .activeEvidence()
        .first()
        .evaluate((el) => !!el.closest('.textLayer')),
    ).toBe(true);
    expect(await page.locator('html').evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(14);
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForTimeout(600); // the smooth scroll to the evidence
    await screenshot(page, '06-pdf-viewer');
    await page.close();
  });

  it.each([
    ['/docs/weg.pdf', 'staat niet (meer) op dit adres'],
    ['/not-stage.pdf', 'geen geldige PDF'],
  ])('says in plain Dutch why a PDF cannot be shown (%s), with Opnieuw', async (path, message) => {
    const page = await session.context.newPage();
    await page.goto(session.url(`pdfviewer.html?file=${encodeURIComponent(`${site.url}${path}`)}`));
    const error = page.locator('[data-pdf-error]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain(message);
    expect(await error.locator('[data-retry]').innerText()).toBe('Opnieuw');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `06b-pdf-error-${path.replace(/\W+/g, '-')}`);
    await page.close();
  });

  describe('with the API server', () => {
    beforeAll(async () => {
      // Imported here so the page tests run even while the server is incomplete.
      const { startTestServer } = await import('../../server/test/support/server.ts');
      api = await startTestServer({
        // What the background sent to /api/ask (the side panel's questions with their history).
        observe: (req) => {
          if (req.method === 'POST' && new URL(req.url).pathname === '/api/ask')
            void req.json().then(
              (b: AskBody) => asked.push(b),
              () => undefined,
            );
        },
      });
      await options.page.bringToFront();
    }, 180_000);

    it('options: tests the connection for real and says what failed; confirms added and removed sites', async () => {
      const page = options.page;
      await page.setViewportSize({ width: 1280, height: 800 });
      // Nothing listens on port 9: the test must say so, not claim access.
      expect(await options.setApiBase('http://127.0.0.1:9')).toBe('failed');
      expect(await page.locator('[data-connection]').innerText()).toContain('op dit adres antwoordt geen server');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, '20-options-connection-failed');
      expect(await options.setApiBase(api!.url)).toBe('ok');
      expect(await page.locator('[data-connection]').innerText()).toContain('Verbonden met Stagewijzer');
      await page.click('button:has-text("Verbinding testen")');
      await page.locator('[data-connection="ok"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, '21-options-connection-ok');
      // Adding and removing a site is confirmed where it happens.
      await options.disableSite('http://localhost/*');
      expect(await page.locator('[data-site-status]').innerText()).toContain('Verwijderd');
      await options.enableSite('http://localhost');
      expect(await page.locator('[data-site-status]').innerText()).toContain('Toegevoegd');
      expect(await axeViolations(page)).toEqual([]);
    });

    it('checks a claim against the report in the side panel', async () => {
      const claim = 'De meeste vmbo-afdelingen evalueren hun stages niet formeel en structureel.';
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.url(`sidepanel.html?claim=${encodeURIComponent(claim)}`));
      await page.locator('[data-claim-result], [data-claim-error]').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-claim-error]').count()).toBe(0);
      const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
      expect(['supported', 'contradicted', 'not_in_sources']).toContain(verdict);
      expect((await page.locator('[data-claim-explanation]').innerText()).length).toBeGreaterThan(10);
      if (verdict !== 'not_in_sources') expect(await page.locator('[data-claim-result] [data-citation]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, '07-claim-check');
      await page.close();
    });

    it('streams an answer with citations in the side-panel chat', async () => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.url('sidepanel.html'));
      await page.locator('label:has-text("Stagecoördinator")').click();
      await page.fill('#question', 'Wat moet er in een stageovereenkomst staan?');
      await page.click('button:has-text("Vraag")');
      await page.locator('[data-answer][data-done="true"], [data-chat-error]').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-chat-error]').count()).toBe(0);
      expect((await page.locator('[data-answer]').innerText()).length).toBeGreaterThan(20);
      expect(await page.locator('[data-chat] [data-citation]').count()).toBeGreaterThan(0);
      // Readable type, quotes collapsed under the answer.
      expect(
        await page
          .locator('[data-answer] p')
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
      ).toBeGreaterThanOrEqual(14);
      expect(
        await page
          .locator('[data-quotes]')
          .first()
          .evaluate((d) => (d as HTMLDetailsElement).open),
      ).toBe(false);
      await screenshot(page, '08-chat');
      expect(await axeViolations(page)).toEqual([]);

      // Every marker opens its source in the chat page's source view (the contract's #bron= links, which the page
      // reads with parseSourceHash): the section or the article and lid, and the quote to highlight.
      const markers = page.locator('[data-answer] [data-marker]');
      expect(await markers.count()).toBeGreaterThan(0);
      const hrefs = (await markers.evaluateAll((els) => els.map((a) => a.getAttribute('href')))) as string[];
      for (const href of hrefs) {
        expect(href).toMatch(new RegExp(`^${api!.url}/#bron=(report:[0-9.]+|law:(ub-)?wvo-2020:[0-9.a-z]+(&lid=[0-9a-z]+)?)&citaat=[^&]+$`));
        expect(parseSourceHash(new URL(href).hash)?.quote?.length).toBeGreaterThan(10);
      }
      const [source] = await Promise.all([session.context.waitForEvent('page'), markers.first().click()]);
      await source.waitForLoadState('domcontentloaded');
      expect(source.url()).toBe(hrefs[0]);
      await source.close();

      // A follow-up is a second turn in the same conversation, sent with the first as history (its short answer).
      // the lead as read, without its citation markers (a marker's chip also names its source)
      const lead = (
        await page
          .locator('[data-turn]')
          .first()
          .locator('[data-answer]')
          .evaluate((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            for (const marker of copy.querySelectorAll('[data-marker]')) marker.remove();
            return copy.textContent ?? '';
          })
      ).trim();
      await page.fill('#question', 'En wie betaalt de verzekering?');
      await page.click('button:has-text("Vraag")');
      await expect.poll(() => page.locator('[data-turn] [data-answer][data-done="true"]').count(), { timeout: 30_000 }).toBe(2);
      await expect.poll(() => asked.find((b) => b.question === 'En wie betaalt de verzekering?')).toBeDefined();
      const followUp = asked.find((b) => b.question === 'En wie betaalt de verzekering?')!;
      expect(followUp.history).toHaveLength(1);
      expect(followUp.history![0]!.question).toBe('Wat moet er in een stageovereenkomst staan?');
      // The short answer shown (its first line, without markers), not the long one with quotes.
      const sentStart = followUp
        .history![0]!.answer!.split('\n')[0]!
        .replace(/\[\d+\]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      expect(sentStart.length).toBeGreaterThan(10);
      expect(lead.replace(/\s+/g, ' ')).toContain(sentStart);
      expect(asked.find((b) => b.question === 'Wat moet er in een stageovereenkomst staan?')?.history).toBeUndefined();
      await screenshot(page, '08b-chat-follow-up');
      await page.close();
    });

    it('side panel: when Stagewijzer cannot be reached, says so and offers Opnieuw with the question kept', async () => {
      await options.page.bringToFront();
      expect(await options.setApiBase('http://127.0.0.1:9')).toBe('failed');
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.url('sidepanel.html'));
      await page.fill('#question', 'Krijg ik geld voor mijn stage?');
      await page.click('button:has-text("Vraag")');
      const error = page.locator('[data-chat-error]');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toContain('Stagewijzer is even niet bereikbaar');
      expect(await page.locator('#question').inputValue()).toBe('Krijg ik geld voor mijn stage?');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, '08c-chat-unreachable');
      await options.page.bringToFront();
      expect(await options.setApiBase(api!.url)).toBe('ok');
      await page.bringToFront();
      await error.locator('[data-retry]').click();
      await page.locator('[data-answer][data-done="true"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-chat-error]').count()).toBe(0);
      await page.close();
    });

    it('switches claim check and chat off with "Alleen lokaal controleren"', async () => {
      await options.page.bringToFront();
      await options.setLocalOnly(true);
      const page = await session.context.newPage();
      await page.goto(session.url('sidepanel.html?claim=Alle%20scholen%20screenen%20stagebedrijven.'));
      await page.locator('[data-local-only]').waitFor();
      expect(await page.locator('#question').isDisabled()).toBe(true);
      expect(await page.locator('[data-claim-result]').count()).toBe(0);
      await screenshot(page, '09-local-only');
      await page.close();
      await options.setLocalOnly(false);
    });
  });
});
