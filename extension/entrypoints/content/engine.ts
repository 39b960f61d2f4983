// The content script's checklist: the extension's background runs it (off the page's thread, still
// on this computer). Only when the background cannot be reached is the engine itself loaded here,
// from its own file: content.js stays small.
import { browser } from 'wxt/browser';
import type { CheckView } from '../../utils/check-view';
import type { StageKind } from '@stagewijzer/server/contract';
import type { CheckPage } from '../../utils/checklist';

export const ENGINE_GLOBAL = '__stagewijzerChecklist';
export const ENGINE_FILE = '/checklist-engine.js';

let local: Promise<CheckPage> | null = null;

function loadLocalEngine(): Promise<CheckPage> {
  local ??= (async () => {
    const runtime = browser.runtime as unknown as { getURL(path: string): string };
    await import(/* @vite-ignore */ runtime.getURL(ENGINE_FILE));
    const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as CheckPage | undefined;
    if (!engine) throw new Error('checklist engine not loaded');
    return engine;
  })();
  return local;
}

async function askBackground(text: string, kind: StageKind | undefined): Promise<CheckView | null> {
  try {
    const result = (await browser.runtime.sendMessage({ type: 'checklist', text, kind })) as CheckView | undefined;
    return result && typeof result.kind === 'string' && typeof result.verdict === 'string' ? result : null;
  } catch {
    return null;
  }
}

export async function checkText(text: string, kind?: StageKind): Promise<CheckView> {
  const first = await askBackground(text, kind);
  if (first) return first;
  // A service worker that is still starting answers a moment later.
  await new Promise((r) => setTimeout(r, 300));
  const second = await askBackground(text, kind);
  if (second) return second;
  const engine = await loadLocalEngine();
  return engine(text, kind);
}
