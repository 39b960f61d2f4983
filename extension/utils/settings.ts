// User settings, kept in browser.storage.local.
import { storage } from 'wxt/utils/storage';

export const DEFAULT_API_BASE = 'http://localhost:8787';

export const apiBaseItem = storage.defineItem<string>('local:apiBase', { fallback: DEFAULT_API_BASE });
export const schoolTokenItem = storage.defineItem<string>('local:schoolToken', { fallback: '' });
/** "Alleen lokaal controleren": no network at all. */
export const localOnlyItem = storage.defineItem<boolean>('local:localOnly', { fallback: false });
/** Match patterns ("https://intranet.school.nl/*") of the sites the user enabled. */
/** Pages on this machine (the default API, local school tools in development) need no prompt; every other site is asked. */
export const DEFAULT_SITES = ['http://localhost/*', 'http://127.0.0.1/*'];
export const sitesItem = storage.defineItem<string[]>('local:sites', { fallback: DEFAULT_SITES });

export interface Settings {
  apiBase: string;
  schoolToken: string;
  localOnly: boolean;
}

export async function loadSettings(): Promise<Settings> {
  const [apiBase, schoolToken, localOnly] = await Promise.all([apiBaseItem.getValue(), schoolTokenItem.getValue(), localOnlyItem.getValue()]);
  return { apiBase, schoolToken, localOnly };
}

/** Validates and normalises an API base URL; null when it is not an http(s) URL. */
export function normaliseApiBase(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The host permission pattern for a page or API URL: scheme + host, any port, any path.
 * null for anything that is not http(s) (chrome://, file://, the extension's own pages).
 */
export function originPattern(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** A readable name for a pattern in the options list: "https://intranet.school.nl". */
export function patternLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

export async function addSite(pattern: string): Promise<string[]> {
  const sites = await sitesItem.getValue();
  if (sites.includes(pattern)) return sites;
  const next = [...sites, pattern].sort();
  await sitesItem.setValue(next);
  return next;
}

export async function removeSiteFromList(pattern: string): Promise<string[]> {
  const next = (await sitesItem.getValue()).filter((s) => s !== pattern);
  await sitesItem.setValue(next);
  return next;
}

export const LOCAL_ONLY_MESSAGE =
  'Alleen lokaal controleren staat aan. Deze functie gebruikt de Stagewijzer-server en staat daarom uit. Je kunt dit wijzigen in de instellingen.';
