// Launches Chromium with the e2e build of the extension in a persistent context, plus page objects.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const EXTENSION_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const E2E_BUILD_DIR = join(EXTENSION_ROOT, '.output', 'chrome-mv3-e2e');
export const ARTIFACTS = join(EXTENSION_ROOT, 'e2e', 'artifacts');

/**
 * The e2e build differs from production only in its manifest: host_permissions for 127.0.0.1
 * and localhost, so permission requests resolve without a browser prompt (which Playwright cannot
 * answer). Set STAGEWIJZER_E2E_SKIP_BUILD=1 to reuse an existing build.
 */
export function buildForE2e(): void {
  if (process.env.STAGEWIJZER_E2E_SKIP_BUILD === '1') return;
  // Several e2e files run in parallel workers of one test run: the first builds, the others wait.
  const stamp = join(E2E_BUILD_DIR, '.built-for-run');
  const lock = join(EXTENSION_ROOT, '.output', '.e2e-build.lock');
  const run = String(process.ppid);
  const built = (): boolean => existsSync(stamp) && readFileSync(stamp, 'utf8') === run;
  mkdirSync(join(EXTENSION_ROOT, '.output'), { recursive: true });
  const deadline = Date.now() + 300_000;
  while (!built()) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 240_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('e2e build: timed out waiting for another worker');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      continue;
    }
    try {
      if (!built()) {
        execFileSync('npx', ['wxt', 'build'], { cwd: EXTENSION_ROOT, env: { ...process.env, STAGEWIJZER_E2E: '1' }, stdio: 'pipe' });
        writeFileSync(stamp, run);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface ExtensionSession {
  context: BrowserContext;
  /** Sends a message from the background to the tab showing `url` (what the toolbar button does). */
  messageTab(url: string, message: unknown): Promise<void>;
  extensionId: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'stagewijzer-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${E2E_BUILD_DIR}`,
      `--load-extension=${E2E_BUILD_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    messageTab: async (url, message) => {
      const sw = context.serviceWorkers()[0] ?? worker;
      await sw.evaluate(
        async ({ url, message }) => {
          const c = (
            globalThis as unknown as {
              chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } };
            }
          ).chrome;
          const [tab] = await c.tabs.query({ url });
          await c.tabs.sendMessage(tab!.id, message);
        },
        { url, message },
      );
    },
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The options page, driven as a user would. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(session: ExtensionSession): Promise<OptionsPage> {
    const page = await session.context.newPage();
    await page.goto(session.url('options.html'));
    await page.locator('#newSite').waitFor();
    return new OptionsPage(page);
  }

  async enableSite(origin: string): Promise<void> {
    await this.page.fill('#newSite', origin);
    await this.page.click('button:has-text("Toestaan")');
    const pattern = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
    await this.page.locator(`[data-site="${pattern}"]`).waitFor();
    await this.page.locator('[data-site-status]', { hasText: 'staat aan op' }).waitFor();
  }

  async disableSite(pattern: string): Promise<void> {
    await this.page.locator(`[data-site="${pattern}"] button`).click();
    await this.page.locator(`[data-site="${pattern}"]`).waitFor({ state: 'detached' });
    await this.page.locator('[data-site-status]', { hasText: 'staat uit op' }).waitFor();
  }

  /** Saves the API address; resolves with the connection test's outcome ('ok' | 'failed'). */
  async setApiBase(url: string): Promise<string> {
    await this.page.fill('#apiBase', url);
    await this.page.click('button:has-text("Opslaan en toegang geven")');
    const result = this.page.locator('[data-connection]');
    await this.page.waitForFunction((u) => {
      const el = document.querySelector('[data-connection]');
      return !!el && el.textContent!.includes(u);
    }, url);
    return (await result.getAttribute('data-connection'))!;
  }

  async setLocalOnly(on: boolean): Promise<void> {
    const box = this.page.locator('input[name="localOnly"]');
    if ((await box.isChecked()) !== on) await box.click();
    await this.page.locator('[data-status-message]', { hasText: on ? 'staat aan' : 'staat uit' }).waitFor();
  }
}

/** A page with the content script's badge and hint panel (in this frame or an iframe). */
export class CheckedDocument {
  constructor(readonly root: Page | ReturnType<Page['frameLocator']>) {}

  badge(): Locator {
    return this.root.locator('[data-stagewijzer="badge"]');
  }
  panel(): Locator {
    return this.root.locator('[data-stagewijzer="panel"]');
  }
  row(id: string): Locator {
    return this.panel().locator(`[data-requirement-id="${id}"]`);
  }
  async openPanel(): Promise<void> {
    await this.badge().locator('button').click();
    await this.panel().locator('[data-requirement-id]').first().waitFor();
  }
  async statusOf(id: string): Promise<string | null> {
    return this.row(id).getAttribute('data-status');
  }
  activeEvidence(): Locator {
    return this.root.locator('[data-stagewijzer-active-evidence]');
  }
}
