import { beforeEach, describe, expect, it, vi } from 'vitest';

// @wxt-dev/browser reads globalThis.chrome when it is first imported: stub it before any import.
const { fakeBrowser } = await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing');
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  (globalThis as Record<string, unknown>).browser = fakeBrowser;
  return { fakeBrowser };
});

import {
  addSite,
  apiBaseItem,
  DEFAULT_API_BASE,
  loadSettings,
  localOnlyItem,
  normaliseApiBase,
  originPattern,
  patternLabel,
  sitesItem,
  DEFAULT_SITES,
} from './settings';
import { CONTENT_SCRIPT_ID, removeSite, syncContentScriptRegistration } from './sites';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to the local API, no token, network allowed', async () => {
    expect(await loadSettings()).toEqual({ apiBase: DEFAULT_API_BASE, schoolToken: '', localOnly: false });
  });

  it('keeps settings in browser.storage.local', async () => {
    await apiBaseItem.setValue('https://stagewijzer.example.nl');
    await localOnlyItem.setValue(true);
    expect(await fakeBrowser.storage.local.get(['apiBase', 'localOnly'])).toEqual({
      apiBase: 'https://stagewijzer.example.nl',
      localOnly: true,
    });
  });

  it('normalises an API base URL and rejects what is not http(s)', () => {
    expect(normaliseApiBase(' https://api.school.nl/stagewijzer/ ')).toBe('https://api.school.nl/stagewijzer');
    expect(normaliseApiBase('http://localhost:8787')).toBe('http://localhost:8787');
    expect(normaliseApiBase('javascript:alert(1)')).toBeNull();
    expect(normaliseApiBase('geen url')).toBeNull();
    expect(normaliseApiBase('https://user:pw@api.school.nl')).toBeNull();
  });

  it('turns a page URL into a host permission pattern for any port and path', () => {
    expect(originPattern('https://intranet.school.nl:8443/stage/plan.aspx?x=1')).toBe('https://intranet.school.nl/*');
    expect(originPattern('http://127.0.0.1:5173/')).toBe('http://127.0.0.1/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('file:///home/plan.html')).toBeNull();
    expect(patternLabel('https://intranet.school.nl/*')).toBe('https://intranet.school.nl');
  });

  it('starts with only the pages on this machine enabled', async () => {
    expect(await sitesItem.getValue()).toEqual(DEFAULT_SITES);
    expect(DEFAULT_SITES).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
  });

  it('adds a site once and keeps the list sorted', async () => {
    await sitesItem.setValue([]);
    await addSite('https://b.school.nl/*');
    await addSite('https://a.school.nl/*');
    await addSite('https://b.school.nl/*');
    expect(await sitesItem.getValue()).toEqual(['https://a.school.nl/*', 'https://b.school.nl/*']);
  });
});

describe('per-site registration', () => {
  const granted = new Set<string>();
  let registered: Array<{ id: string; matches?: string[]; allFrames?: boolean }> = [];

  beforeEach(() => {
    fakeBrowser.reset();
    granted.clear();
    registered = [];
    const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    b.permissions!.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
    b.permissions!.remove = vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((o) => {
        granted.delete(o);
      });
      return true;
    });
    b.scripting!.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)));
    b.scripting!.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    });
    b.scripting!.registerContentScripts = vi.fn(async (scripts: typeof registered) => {
      registered.push(...scripts);
    });
  });

  it('registers the content script only for sites that still hold their permission, in all frames', async () => {
    await addSite('https://a.school.nl/*');
    await addSite('https://b.school.nl/*');
    granted.add('https://a.school.nl/*');
    expect(await syncContentScriptRegistration()).toEqual(['https://a.school.nl/*']);
    expect(registered).toMatchObject([{ id: CONTENT_SCRIPT_ID, matches: ['https://a.school.nl/*'], allFrames: true }]);
  });

  it('removing a site removes the list entry, the permission and the registration', async () => {
    await sitesItem.setValue([]);
    await addSite('https://a.school.nl/*');
    granted.add('https://a.school.nl/*');
    await syncContentScriptRegistration();
    expect(await removeSite('https://a.school.nl/*')).toEqual([]);
    expect(granted.size).toBe(0);
    expect(registered).toEqual([]);
  });
});
