// End-to-end: the built chat page against the real server (real app, real PGlite) in headless Chromium,
// at 1280×800 and at 390×844. Every state is screenshotted into e2e/artifacts/ (listed in
// artifacts/index.md) and checked with axe-core (WCAG 2.x A and AA): zero violations in every state.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_ORDER, sourceHash, sourceRefOf, type AskAnswer, type CheckState } from '../../src/contract/index.ts';
import { createApp } from '../../src/app.ts';
import { createTestApp, type TestApp } from '../../test/support/server.ts';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A school page that describes some of a stageplan (how long, what pupils do), not surely one. */
const UNSURE_STAGE_PAGE = `Stage in leerjaar 3

In het derde leerjaar lopen alle leerlingen van de basisberoepsgerichte leerweg stage bij een bedrijf in de buurt. De stage duurt tien dagen. Tijdens de stage helpen leerlingen mee in het bedrijf en voeren ze opdrachten uit het stageboek uit. Leerlingen zoeken zelf een stageplek; de mentor helpt als dat niet lukt.

Heeft u vragen over de stage? Neem dan contact op met de mentor van uw kind.
`;

/** The newest turn of the conversation. */
const LAST = '.turns > li:last-child';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The real app, listening on a port that stays the same when it is stopped and started again. */
class Server {
  private http: ReturnType<typeof serve> | null = null;
  url = '';
  port = 0;
  constructor(private readonly fetch: (req: Request) => Response | Promise<Response>) {}

  async start(): Promise<void> {
    this.http = await new Promise((ok) => {
      const s = serve({ fetch: this.fetch, port: this.port, hostname: '127.0.0.1' }, () => ok(s));
    });
    const address = this.http.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.url = `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const http = this.http;
    this.http = null;
    if (!http) return;
    await new Promise<void>((ok) => {
      http.close(() => ok());
      (http as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  }
}

interface Shot {
  viewport: string;
  state: string;
  file: string;
  violations: string[];
}
const shots: Shot[] = [];

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** axe-core's WCAG A/AA violations on the page as it is now (injected through the debugger, not the page's CSP). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  }, AXE_TAGS);
  return result;
}

let testApp: TestApp;
let server: Server;
let browser: Browser;
let token = '';

beforeAll(async () => {
  const { build } = await import('vite');
  await build({ configFile: `${WEB_ROOT}/vite.config.ts`, logLevel: 'warn' });
  mkdirSync(ARTIFACTS, { recursive: true });
  testApp = await createTestApp({ localSchool: true });
  const app = createApp({ ...testApp.parts, assets: serveStatic({ root: DIST, index: 'index.html' }) });
  server = new Server(app.fetch);
  await server.start();
  token = testApp.parts.localSchool!.token;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

describe.each(VIEWPORTS)('chat page at $width×$height (e2e)', (viewport) => {
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const phone = viewport.name === 'phone';

  /** Screenshot of the state, and axe: no violations. */
  async function shot(state: string, fullPage = true): Promise<void> {
    const file = `${viewport.name}-${String(shots.filter((s) => s.file.startsWith(`${viewport.name}-`)).length + 1).padStart(2, '0')}-${state}.png`;
    await page.screenshot({ path: `${ARTIFACTS}/${file}`, fullPage });
    const violations = await axeViolations(page);
    shots.push({ viewport: `${viewport.width}×${viewport.height}`, state, file, violations });
    expect(violations, `axe in state "${state}"`).toEqual([]);
  }

  const plansCount = async () =>
    ((await (await fetch(`${server.url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).json()) as { plans: unknown[] }).plans.length;
  const status = () => page.locator('.ask [role="status"]').innerText();

  /** The top of an element is in the viewport, without scrolling. */
  const inView = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight * 0.75 && r.bottom > 0;
    });

  beforeAll(async () => {
    context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: 1,
      hasTouch: phone,
      isMobile: phone,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Stagewijzer' }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('starts with the question box in view and the page in Dutch', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await inView('#question')).toBe(true);
    await shot('start');
  });

  it('asks a question and shows the answer’s start in view, with the examples folded away', async () => {
    if (phone) {
      await page.getByRole('button', { name: 'Wat moet er volgens de wet in een stageovereenkomst staan?' }).click();
    } else {
      await tabTo(page, '#question');
      await page.keyboard.type('Wat moet er volgens de wet in een stageovereenkomst staan?');
      await page.keyboard.press('Enter');
    }
    await expect.poll(status).toBe('Het antwoord is klaar.');
    const card = `${LAST} .answer-card`;
    expect((await page.locator(`${card} .rich-text`).first().innerText()).length).toBeGreaterThan(20);
    // The newest answer's start (its lead when there is one) is on screen without scrolling.
    await expect.poll(() => inView(`${card} .rich-text`)).toBe(true);
    expect(await page.locator('details.ask-options').getAttribute('open')).toBeNull();
    await shot('answer', false);
    await shot('answer-full');
  });

  it('has touch targets of at least 24 px, and 44 px where they fit', async () => {
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('button, summary, [role="tab"], .radio-pill span, input[type="radio"]')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden, [hidden]')) continue;
        const min = el.matches('.chip, .example, [role="tab"], .radio-pill span, .button, summary, .close-button') ? 44 : 24;
        if (el.matches('input[type="radio"]')) continue; // covered by its label
        if (r.width < 24 || r.height < min)
          out.push(`${el.className || el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
  });

  it('shows sources collapsed under the answer, law and report each with their own chip', async () => {
    const sources = page.locator(`${LAST} details.sources`);
    if ((await sources.getAttribute('open')) === null) await sources.locator('summary').click();
    const law = page.locator('.chip-law').first();
    const report = page.locator('.chip-report').first();
    await law.waitFor();
    // A report chip comes with the next, report-heavy answer when this one has none.
    if ((await report.count()) === 0) {
      await page.locator('#question').fill('Hoe evalueren scholen hun stages volgens de inspectie?');
      await page.locator('#question').press('Enter');
      await expect.poll(() => page.locator('.turn').count()).toBe(2);
      await expect.poll(status).toBe('Het antwoord is klaar.');
      const last = page.locator(`${LAST} details.sources`);
      if ((await last.getAttribute('open')) === null) await last.locator('summary').click();
    }
    await report.waitFor();
    const look = (chip: typeof law) =>
      chip.evaluate((el) => ({
        kind: el.querySelector('.chip-kind')?.textContent,
        icon: el.querySelector('.chip-icon')?.textContent,
        border: getComputedStyle(el).borderColor,
      }));
    const [a, b] = [await look(law), await look(report)];
    expect(a.kind).toBe('Wet');
    expect(b.kind).toBe('Inspectierapport');
    expect(a.icon).not.toBe(b.icon);
    expect(a.border).not.toBe(b.border);
    await shot('sources');
  });

  it('opens a source with the quote highlighted (the whole screen on a phone)', async () => {
    const chip = page.locator(`${LAST} .chip`).first();
    const chipId = await chip.getAttribute('id');
    if (phone) await chip.click();
    else {
      await tabTo(page, `#${chipId}`);
      await page.keyboard.press('Enter');
    }
    const dialog = page.locator('dialog.source-view');
    await dialog.locator('mark').first().waitFor();
    expect((await dialog.locator('mark').first().innerText()).trim().length).toBeGreaterThan(5);
    if (phone) {
      const box = (await dialog.boundingBox())!;
      expect(Math.round(box.width)).toBe(viewport.width);
      expect(Math.round(box.height)).toBe(viewport.height);
    }
    await shot('source', false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    if (!phone) expect(await page.evaluate(() => document.activeElement?.id)).toBe(chipId);
  });

  it('sends the earlier turns as history with a follow-up', async () => {
    const request = page.waitForRequest((r) => r.url().endsWith('/api/ask') && r.method() === 'POST');
    await page.locator('#question').fill('En wie betaalt de verzekering?');
    await page.locator('#question').press('Enter');
    const body = JSON.parse((await request).postData() ?? '{}') as { history?: Array<{ question: string; answer?: string }> };
    expect(body.history?.[0]?.question).toBe('Wat moet er volgens de wet in een stageovereenkomst staan?');
    expect(body.history!.length).toBeLessThanOrEqual(6);
    await expect.poll(status).toMatch(/^(Het antwoord is klaar\.|Klaar: .*)$/);
    await shot('follow-up');
  });

  it('keeps the question and offers "Opnieuw" when Stagewijzer cannot be reached', async () => {
    await server.stop();
    const question = 'Wie regelt de verzekering als een leerling op stage is?';
    await page.locator('#question').fill(question);
    await page.locator('#question').press('Enter');
    const alert = page.locator(`${LAST} [role="alert"]`);
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Stagewijzer is even niet bereikbaar');
    expect(await alert.innerText()).not.toMatch(/internet/i);
    expect(await page.locator('#question').inputValue()).toBe(question);
    await shot('error-unreachable', false);
    await server.start();
    await alert.getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(status).toBe('Het antwoord is klaar.');
    expect(await page.locator(`${LAST} .question-text`).innerText()).toBe(question);
    expect(await page.locator('#question').inputValue()).toBe('');
  });

  it('shows a long request as such and lets it be stopped', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/api/ask', async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.locator('#question').fill('Wat is een lintstage?');
    await page.locator('#question').press('Enter');
    const card = page.locator(`${LAST} .answer-card`);
    await card.getByText('Dit duurt langer dan normaal.').waitFor({ timeout: 15_000 });
    await shot('slow', false);
    await card.getByRole('button', { name: 'Stoppen' }).click();
    await card.getByText('Gestopt.').waitFor();
    release();
    await page.unroute('**/api/ask');
    await shot('stopped', false);
  });

  it('checks a sample without storing it: what needs attention first, zero counts neutral', async () => {
    const before = await plansCount();
    await page.getByRole('tab', { name: 'Document controleren' }).click();
    await page.getByRole('button', { name: /^Controleer dit voorbeeld\W+Stageovereenkomst techniek$/ }).click();
    const rows = page.locator('.requirement');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await page.locator('.checklist .kind').innerText()).toContain('Stageovereenkomst');
    const states = (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))) as CheckState[];
    const ranks = states.map((s) => CHECK_ORDER.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(await page.locator('[data-requirement="stageovereenkomst.premie"]').getAttribute('data-status')).not.toBe('present');
    // What is in order shows its evidence, not a task.
    for (const row of await page.locator('.requirement[data-status="present"]').all()) expect(await row.locator('.req-hint').count()).toBe(0);
    for (const zero of await page.locator('.summary-zero').all()) expect(await zero.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(74, 74, 74)');
    expect(await page.locator('.store-box').innerText()).toContain('nog niet opgeslagen');
    expect(await plansCount()).toBe(before);
    await shot('checklist');

    await page
      .locator('.requirement')
      .getByRole('button', { name: /^Toon in document/ })
      .first()
      .click();
    const evidence = page.locator('dialog.source-view mark').first();
    await evidence.waitFor();
    await expect
      .poll(() =>
        evidence.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await shot('evidence', false);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Opslaan bij Mijn documenten' }).click();
    await page.getByText('Opgeslagen bij Mijn documenten.').waitFor();
    expect(await plansCount()).toBe(before + 1);
  });

  it('offers a choice of document type for a text that is not a stage document, and stores nothing unasked', async () => {
    const before = await plansCount();
    await page.locator('#file-input').setInputFiles({
      name: 'nieuwsbrief.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Nieuwsbrief november\n\nDe kantine is vernieuwd en de schoolfotograaf komt op dinsdag. De ouderavond is op 12 december in de aula.\n',
      ),
    });
    const chooser = page.locator('.kind-chooser');
    await chooser.waitFor();
    expect(await chooser.locator('legend').innerText()).toBe('Wat voor document is dit?');
    expect(await page.locator('.store-box').innerText()).toContain('Niet opgeslagen');
    expect(await plansCount()).toBe(before);
    await shot('kind-chooser');
    await chooser.getByRole('radio', { name: /^Stageplan/ }).check();
    await chooser.getByRole('button', { name: 'Controleren als stageplan' }).click();
    await expect
      .poll(() =>
        page
          .locator('.checklist .kind')
          .innerText()
          .catch(() => ''),
      )
      .toContain('Stageplan');
    expect(await page.locator('.checklist').innerText()).toContain('Gecontroleerd als stageplan, zoals je koos.');
    expect(await plansCount()).toBe(before);
    await shot('kind-chosen');
  });

  it('offers the choice when the type is unsure, checks again as the chosen kind, and stores only when asked', async () => {
    const before = await plansCount();
    // A school page that describes some of a stageplan: the checklist calls it a stageplan, but not surely.
    await page.locator('#file-input').setInputFiles({ name: 'stage-leerjaar-3.txt', mimeType: 'text/plain', buffer: Buffer.from(UNSURE_STAGE_PAGE) });
    const chooser = page.locator('.kind-chooser');
    await chooser.waitFor();
    expect(await page.locator('.checklist .kind').innerText()).toContain('Stageplan');
    expect(await chooser.locator('legend').innerText()).toBe('Klopt het soort document? Je kunt een ander soort kiezen.');
    expect(await chooser.locator('.kind-why').innerText()).toContain('niet zeker');
    // The engine's candidate first, and chosen until the user picks another.
    const options = chooser.getByRole('radio');
    expect(await options.first().isChecked()).toBe(true);
    expect(await chooser.locator('.kind-option').first().innerText()).toMatch(/^Stageplan/);
    expect(await page.locator('.store-box').innerText()).toContain('nog niet opgeslagen');
    expect(await plansCount()).toBe(before);
    await shot('kind-unsure');

    await chooser.getByRole('radio', { name: /^Stageovereenkomst/ }).check();
    const recheck = page.waitForRequest((r) => r.url().endsWith('/api/check') && r.method() === 'POST');
    await chooser.getByRole('button', { name: 'Controleren als stageovereenkomst' }).click();
    const sent = JSON.parse((await recheck).postData() ?? '{}') as { text?: string; kind?: string };
    expect(sent.kind).toBe('stageovereenkomst');
    expect(sent.text).toContain('In het derde leerjaar lopen alle leerlingen');
    await expect
      .poll(() =>
        page
          .locator('.checklist .kind')
          .innerText()
          .catch(() => ''),
      )
      .toContain('Stageovereenkomst');
    expect(await page.locator('.checklist').innerText()).toContain('Gecontroleerd als stageovereenkomst, zoals je koos.');
    expect(await page.locator('.kind-chooser').count()).toBe(0);
    expect(await page.locator('[data-requirement="stageovereenkomst.partijen"]').count()).toBe(1);
    expect(await plansCount()).toBe(before);
    await shot('kind-unsure-chosen');

    // Stored only now, as the kind the user chose.
    await page.getByRole('button', { name: 'Opslaan bij Mijn documenten' }).click();
    await page.getByText('Opgeslagen bij Mijn documenten.').waitFor();
    const plans = (
      (await (await fetch(`${server.url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        plans: Array<{ title: string; kind: string }>;
      }
    ).plans;
    expect(plans.length).toBe(before + 1);
    expect(plans.find((p) => p.title === 'stage leerjaar 3')?.kind).toBe('stageovereenkomst');
  });

  it('checks an uploaded file, stores it on request, and answers a question about it from its check', async () => {
    const before = await plansCount();
    await page.locator('#file-input').setInputFiles(fileURLToPath(new URL('../../../corpus/samples/leerwerkovereenkomst-400-uur.md', import.meta.url)));
    await expect.poll(() => page.locator('.checklist h3').innerText()).toMatch(/400|leer-?werk/i);
    expect(await page.locator('[data-requirement="leerwerkovereenkomst.uren"] .status').innerText()).toContain('In strijd met de wet');
    expect(await page.locator('.requirement').first().getAttribute('data-status')).toBe('violated');
    await page.getByRole('button', { name: 'Opslaan en een vraag stellen' }).click();
    await page.locator('.attached').waitFor();
    expect(await plansCount()).toBe(before + 1);
    await page.getByRole('button', { name: 'Voldoet dit document aan de wet?' }).click();
    await expect.poll(status).toBe('Het antwoord is klaar.');
    const answer = await page.locator(`${LAST} .answer-card`).innerText();
    expect(answer).toContain('In strijd met de wet');
    expect(answer).toContain('WVO 2020 art. 2.38 lid 9');
    await shot('document-question');

    await page.getByRole('tab', { name: 'Mijn documenten' }).click();
    await expect.poll(() => page.locator('.plan-item').count()).toBeGreaterThanOrEqual(2);
    await shot('plans');
  });

  it('checks claims and shows why; a claim the sources do not address lists no evidence', async () => {
    await page.getByRole('tab', { name: 'Bewering controleren' }).click();
    const box = page.getByRole('textbox', { name: 'Bewering' });
    await box.fill('Leerlingen worden op alle bezochte afdelingen voorbereid op hun stage.');
    await page.getByRole('button', { name: 'Controleer bewering' }).click();
    const verdict = page.locator('.verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toContain('Ondersteund door het rapport');
    expect(await page.locator('.verdict-card .citation').count()).toBeGreaterThan(0);
    await shot('claim');

    await box.fill('De kantine van de school is in 2020 verbouwd.');
    await page.getByRole('button', { name: 'Controleer bewering' }).click();
    await expect.poll(() => verdict.innerText()).toContain('Niet in de bronnen');
    expect(await page.locator('.verdict-card .citation').count()).toBe(0);
    await shot('claim-not-in-sources');
  });

  it('opens a #bron= link in its source view, and offers "Opnieuw" when a source cannot be loaded', async () => {
    const section = (await (await fetch(`${server.url}/api/sources/report/10.2`)).json()) as { text: string };
    const quote = section.text.split(/(?<=\.)\s/)[0]!.trim();
    await page.goto(`${server.url}/#bron=report:10.2&citaat=${encodeURIComponent(quote)}`);
    const dialog = page.locator('dialog.source-view');
    await dialog.locator('mark').first().waitFor();
    expect(await dialog.locator('h2').innerText()).toContain('10.2');
    await shot('bron-link', false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');

    // A law citation's link as the side panel writes it (the contract's sourceHash: article, lid and quote).
    const asked = (await (
      await fetch(`${server.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Wat moet er in een stageovereenkomst staan?' }),
      })
    ).json()) as AskAnswer;
    const law = asked.citations.find((c) => c.source === 'law' && c.lid)!;
    const hash = sourceHash(sourceRefOf(law)!);
    expect(hash).toMatch(/^#bron=law:(ub-)?wvo-2020:[0-9.]+&lid=\w+&citaat=/);
    await page.goto(`${server.url}/${hash}`);
    await dialog.locator('mark').first().waitFor();
    expect(await dialog.locator('h2').innerText()).toContain(law.article!);
    const marked = (await dialog.locator('mark').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    expect(marked).toContain(law.quote.replace(/\s+/g, ' ').slice(0, 40));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');

    await page.route('**/api/sources/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}/#bron=law:ub-wvo-2020:2.36&lid=3`);
    await dialog.locator('[role="alert"]').waitFor();
    expect(await dialog.innerText()).toContain('Stagewijzer is even niet bereikbaar');
    await shot('source-error', false);
    await page.unroute('**/api/sources/**');
    await dialog.getByRole('button', { name: 'Opnieuw' }).click();
    await dialog.locator('mark').first().waitFor();
    await page.keyboard.press('Escape');
  });

  it('shows focus, and respects reduced motion', async () => {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('tab', { name: 'Vraag stellen' }).click();
    await page.route('**/api/ask', () => {}); // held: the spinner stays
    await page.locator('#question').fill('Wat is een snuffelstage?');
    await page.locator('#question').press('Enter');
    const spinner = page.locator(`${LAST} .spinner`);
    await spinner.waitFor();
    expect(await spinner.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration))).toBeLessThan(0.001);
    await page.locator(`${LAST}`).getByRole('button', { name: 'Stoppen' }).click();
    await page.unroute('**/api/ask');
    expect(pageErrors).toEqual([]);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await testApp?.close();
  // The screenshots, listed for a reviewer, with the axe result of each state.
  const lines = [
    '# Chat page screenshots (e2e)',
    '',
    `axe-core ${JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version}, tags ${AXE_TAGS.join(', ')}`,
    '',
    '| viewport | state | file | axe violations |',
    '| --- | --- | --- | --- |',
    ...shots.map((s) => `| ${s.viewport} | ${s.state} | ${s.file} | ${s.violations.length ? s.violations.join('; ') : '0'} |`),
  ];
  writeFileSync(`${ARTIFACTS}/index.md`, `${lines.join('\n')}\n`);
  console.log(`Screenshots in ${ARTIFACTS}:\n${shots.map((s) => `  ${s.file}  (axe: ${s.violations.length} violations)`).join('\n')}`);
});
