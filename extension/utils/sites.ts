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
