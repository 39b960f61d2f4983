// Service worker: per-site enablement, context menus, PDF viewer, and every API call.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { checkClaim, streamAnswer, testConnection } from '../utils/api';
import { checkPage } from '../utils/checklist';
import type { AskEvent } from '../utils/api-types';
import { ASK_PORT } from '../utils/messages';
import type { AskClientMessage, BackgroundRequest } from '../utils/messages';
import { isPdfUrl, pdfViewerUrl } from '../utils/pdf';
import { addSite, loadSettings, originPattern } from '../utils/settings';
import { applySites, CONTENT_SCRIPT_FILE, syncContentScriptRegistration } from '../utils/sites';

const MENU_OPEN_PDF = 'stagewijzer-open-pdf';
const MENU_CHECK_CLAIM = 'stagewijzer-check-claim';
const MENU_OPEN_CHAT = 'stagewijzer-open-chat';
export const PENDING_CLAIM_KEY = 'pendingClaim';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_OPEN_PDF,
        title: 'Openen in Stagewijzer',
        contexts: ['link'],
        targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'],
      });
      browser.contextMenus.create({ id: MENU_CHECK_CLAIM, title: 'Controleer bij het inspectierapport', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_OPEN_CHAT, title: 'Stagewijzer-chat openen', contexts: ['action'] });
    });
    void applySites();
  });
  browser.runtime.onStartup.addListener(() => void applySites());
  browser.permissions.onRemoved.addListener(() => void syncContentScriptRegistration());

  browser.action.onClicked.addListener((tab) => {
    if (!tab.id || !tab.url) return;
    if (isPdfUrl(tab.url)) {
      // permissions.request must run inside the user gesture: no await before it.
      const pattern = originPattern(tab.url);
      const request = pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(false);
      void request.catch(() => false).then(() => browser.tabs.create({ url: pdfViewerUrl(tab.url!), index: tab.index + 1 }));
      return;
    }
    void enableOnTab(tab.id, tab.url);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_PDF && info.linkUrl) {
      const pattern = originPattern(info.linkUrl);
      const request = pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(false);
      void request.catch(() => false).then(() => browser.tabs.create({ url: pdfViewerUrl(info.linkUrl!), index: (tab?.index ?? 0) + 1 }));
    } else if (info.menuItemId === MENU_CHECK_CLAIM && info.selectionText) {
      // Open first (user gesture), then hand over the claim through session storage.
      openSidePanel(tab?.windowId);
      void browser.storage.session.set({ [PENDING_CLAIM_KEY]: { claim: info.selectionText, at: Date.now() } });
    } else if (info.menuItemId === MENU_OPEN_CHAT) {
      openSidePanel(tab?.windowId);
    }
  });

  browser.runtime.onMessage.addListener((msg: BackgroundRequest, sender, sendResponse: (r: unknown) => void) => {
    if (msg?.type === 'checklist') {
      // The content script's checklist run, off the page's main thread. Local: no network.
      sendResponse(checkPage(msg.text, msg.kind));
      return false;
    }
    if (msg?.type === 'open-pdf' && isPdfUrl(msg.url)) {
      // From the hint beside a PDF link: the page's site is enabled, so the PDF can be fetched.
      void browser.tabs.create({ url: pdfViewerUrl(msg.url), index: (sender.tab?.index ?? 0) + 1 });
      return false;
    }
    if (msg?.type === 'test-connection') {
      void loadSettings()
        .then(async (s) => {
          const pattern = originPattern(s.apiBase);
          const access = pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
          return testConnection(s, access);
        })
        .then(sendResponse);
      return true;
    }
    if (msg?.type === 'claim') {
      void loadSettings()
        .then((s) => checkClaim(s, msg.claim))
        .then(sendResponse);
      return true;
    }
    return false;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ASK_PORT) return;
    let controller: AbortController | null = null;
    port.onDisconnect.addListener(() => controller?.abort());
    port.onMessage.addListener((msg: AskClientMessage) => {
      if (msg.type === 'stop') {
        controller?.abort();
        return;
      }
      controller?.abort();
      const current = new AbortController();
      controller = current;
      const send = (e: AskEvent): void => {
        if (!current.signal.aborted) port.postMessage(e);
      };
      void loadSettings()
        .then((s) => streamAnswer(s, msg.question, msg.persona, send, current.signal, fetch, msg.history ?? []))
        .finally(() => {
          if (!current.signal.aborted) port.postMessage({ type: 'end' });
        });
    });
  });
});

/** Action click on a page: ask for this site, register the content script, run it now. */
async function enableOnTab(tabId: number, url: string): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  let granted = false;
  try {
    granted = await browser.permissions.request({ origins: [pattern] });
  } catch {
    granted = false;
  }
  if (granted) {
    await addSite(pattern);
    await syncContentScriptRegistration();
  }
  // activeTab covers this one run even when the user declined the lasting permission.
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    await browser.tabs.sendMessage(tabId, { type: 'stagewijzer:open-panel' });
  } catch {
    // Pages the extension may not script (browser pages, the web store).
  }
}

function openSidePanel(windowId: number | undefined): void {
  const b = browser as unknown as {
    sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel && windowId !== undefined) void b.sidePanel.open({ windowId }).catch(() => undefined);
  else if (b.sidebarAction) void b.sidebarAction.open().catch(() => undefined);
}
