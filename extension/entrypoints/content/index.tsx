// Finds the stage document on an enabled page, runs the checklist locally, and shows a badge and
// a hint panel in open shadow roots. Registered at run time only for sites the user enabled.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Badge, HintPanel } from '../../components/HintPanel';
import { PANEL_CSS } from '../../components/panel-css';
import { checkDocument } from '../../utils/checklist';
import type { CheckResult, RequirementResult } from '../../utils/checklist';
import { DocumentCheck } from '../../utils/document-check';
import { findDocumentElement } from '../../utils/find-document';
import { clearHighlight, highlightRange } from '../../utils/highlight';
import { isOwnUi } from '../../utils/text-map';

const RECHECK_DELAY_MS = 300;

/**
 * Runs the checklist in the extension's background (still on this computer: the text never
 * leaves the browser), so the page's main thread only pays for text extraction while the user
 * types. Falls back to running it here when the background cannot be reached.
 */
async function checkOffThread(text: string): Promise<CheckResult> {
  try {
    const result = (await browser.runtime.sendMessage({ type: 'checklist', text })) as CheckResult | undefined;
    if (result && typeof result.kind === 'string') return result;
  } catch {
    // extension reloaded or background unavailable
  }
  return checkDocument(text);
}

export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  cssInjectionMode: 'manual',
  main(ctx) {
    const w = window as unknown as { __stagewijzer?: PageChecker };
    if (w.__stagewijzer) return; // already injected (registered script + action click)
    w.__stagewijzer = new PageChecker(ctx);
    void w.__stagewijzer.start();
  },
});

type Ui = ShadowRootContentScriptUi<void>;

class PageChecker {
  private check: DocumentCheck | null = null;
  private badge: Ui | null = null;
  private panel: Ui | null = null;
  private panelOpen = false;
  private activeId: string | null = null;
  private notice: string | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Text nodes edited since the last check; null when the structure changed (full re-extract). */
  private edited: Set<Text> | null = new Set();

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    const first = this.runCheck();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    this.ctx.onInvalidated(() => this.observer?.disconnect());
    const reposition = (): void => this.positionBadge();
    this.ctx.addEventListener(window, 'resize', reposition);
    this.ctx.addEventListener(document, 'scroll', reposition, { capture: true, passive: true });
    browser.runtime.onMessage.addListener((msg: unknown) => {
      if ((msg as { type?: string })?.type === 'stagewijzer:open-panel' && this.check && this.check.result.kind !== 'unknown') {
        this.panelOpen = true;
        void this.render();
      }
    });
    await first;
    await this.render();
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.some((r) => {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el || insideOwnUi(el)) return false;
      if (r.type === 'childList') {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && isOwnUi(n as Element))) return false;
      }
      // Outside the current document element only a structural change can matter.
      const c = this.check;
      if (c && c.root.isConnected && c.result.kind !== 'unknown' && !c.root.contains(el)) return false;
      return true;
    });
    if (!relevant) return;
    for (const r of records) {
      if (r.type === 'characterData' && r.target.nodeType === 3) this.edited?.add(r.target as Text);
      else if (!(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === 1 && isOwnUi(n as Element)))) {
        this.edited = null;
      }
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.runCheck().then(() => this.render());
    }, RECHECK_DELAY_MS);
  }

  /** The work done per mutation batch: (re)find, extract, check. */
  private async runCheck(): Promise<void> {
    const edited = this.edited ?? undefined;
    this.edited = new Set();
    if (!this.check || !this.check.root.isConnected || this.check.result.kind === 'unknown') {
      const root = findDocumentElement(document);
      if (root !== this.check?.root || !this.check) this.check = root ? await DocumentCheck.create(root, checkOffThread) : null;
      else await this.check.refreshAsync(checkOffThread);
    } else {
      await this.check.refreshAsync(checkOffThread, edited);
    }
    // A visible marker that the check ran (and what it found), for tests and support.
    document.documentElement.setAttribute('data-stagewijzer-checked', this.check?.result.kind ?? 'none');
  }

  private async render(): Promise<void> {
    const result = this.check?.result;
    if (!result || result.kind === 'unknown') {
      this.badge?.remove();
      this.panel?.remove();
      this.badge = this.panel = null;
      return;
    }
    if (!this.badge) {
      this.badge = await this.mountUi('stagewijzer-badge', 'badge');
      // The host is the positioned box (PANEL_CSS, `:host(stagewijzer-badge)`); it is a child of <html>,
      // so `absolute` means document coordinates.
    }
    this.badge.shadowHost.setAttribute('data-kind', result.kind);
    render(<Badge result={result} onClick={() => this.togglePanel()} />, this.badge.uiContainer);
    this.positionBadge();

    if (this.panelOpen) {
      if (!this.panel) this.panel = await this.mountUi('stagewijzer-panel', 'panel');
      this.panel.shadowHost.setAttribute('data-kind', result.kind);
      render(
        <HintPanel
          result={result}
          activeId={this.activeId}
          notice={this.notice}
          onSelect={(req) => this.select(req)}
          onClose={() => this.togglePanel(false)}
        />,
        this.panel.uiContainer,
      );
    } else if (this.panel) {
      render(null, this.panel.uiContainer);
      this.panel.remove();
      this.panel = null;
    }
  }

  private async mountUi(name: string, role: 'badge' | 'panel'): Promise<Ui> {
    const ui = await createShadowRootUi<void>(this.ctx, {
      name,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      css: PANEL_CSS,
      isolateEvents: true,
      onMount: () => undefined,
    });
    ui.shadowHost.setAttribute('data-stagewijzer', role);
    ui.mount();
    this.observer?.takeRecords(); // our own nodes never trigger a re-check
    return ui;
  }

  private positionBadge(): void {
    const host = this.badge?.shadowHost;
    const root = this.check?.root;
    if (!host || !root) return;
    const rect = root.getBoundingClientRect();
    const top = Math.max(0, rect.top + window.scrollY) + 4;
    const right = Math.min(rect.right, document.documentElement.clientWidth) + window.scrollX - 4;
    host.style.setProperty('--sw-top', `${top}px`);
    host.style.setProperty('--sw-left', `${right}px`);
  }

  private togglePanel(open = !this.panelOpen): void {
    this.panelOpen = open;
    if (!open) {
      this.activeId = null;
      this.notice = null;
      clearHighlight(document);
      this.observer?.takeRecords();
    }
    void this.render();
  }

  private select(req: RequirementResult): void {
    if (!this.check) return;
    const { range, notice } = this.check.locate(req);
    this.activeId = req.id;
    this.notice = notice;
    if (range) highlightRange(range);
    else clearHighlight(document);
    this.observer?.takeRecords();
    void this.render();
  }
}

function insideOwnUi(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isOwnUi(e) || e.getAttribute('data-stagewijzer') === 'style') return true;
  }
  return false;
}
