// Per-site enablement: the content script is registered at run time for the sites the user
// granted, never for <all_urls> at install time.
import { browser } from 'wxt/browser';
import { sitesItem, removeSiteFromList } from './settings';

export const CONTENT_SCRIPT_ID = 'stagewijzer-content';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The enabled sites for which the browser still holds the host permission. */
export async function grantedSites(): Promise<string[]> {
  const sites = await sitesItem.getValue();
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [site] })) granted.push(site);
  }
  return granted;
}

/** (Re-)registers the content script for exactly the granted sites. */
export async function syncContentScriptRegistration(): Promise<string[]> {
  const matches = await grantedSites();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        matches,
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return matches;
}

/**
 * Runs the content script in tabs that were already open on the given sites: after install,
 * browser start or enabling a site, the user should not have to reload the page. The script's
 * own guard makes a second run (registered script plus this one) a no-op.
 */
async function injectIntoOpenTabs(matches: string[]): Promise<void> {
  if (matches.length === 0) return;
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(
      (tab) =>
        tab.id === undefined
          ? undefined
          : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined), // tab closed, or a page the browser does not let us script
    ),
  );
}

/** Registers the content script for the granted sites and runs it in their open tabs. */
export async function applySites(): Promise<string[]> {
  const matches = await syncContentScriptRegistration();
  await injectIntoOpenTabs(matches);
  return matches;
}

/** Removes a site: the list entry, the host permission and the registration. */
export async function removeSite(pattern: string): Promise<string[]> {
  const next = await removeSiteFromList(pattern);
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // A permission that was declared in the manifest (e2e build) cannot be removed; the list
    // entry and the registration are what count.
  }
  await syncContentScriptRegistration();
  return next;
}
