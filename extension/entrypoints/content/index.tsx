// Finds the document on an enabled page, has it checked, and shows a badge and a hint panel in open
// shadow roots, only where a block reads like a document and the checklist says it is (or may be) a
// stage document. Registered at run time only for sites the user enabled.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Badge, HintPanel } from '../../components/HintPanel';
import { badgeState } from '../../utils/check-view';
import type { BadgeState, RequirementView } from '../../utils/check-view';
import type { StageKind } from '@stagewijzer/server/contract';
import { DocumentCheck } from '../../utils/document-check';
import { findDocument } from '../../utils/find-document';
import { clearHighlight, highlightRange, prefersReducedMotion } from '../../utils/highlight';
import { stagePdfLinks } from '../../utils/pdf-links';
import { badgeBox, dockPanel } from '../../utils/placement';
import type { Box } from '../../utils/placement';
import { createShadowUi } from '../../utils/shadow-host';
import type { ShadowUi } from '../../utils/shadow-host';
import { isOwnUi } from '../../utils/text-map';
import { checkText } from './engine';

const RECHECK_DELAY_MS = 300;

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

type Ui = ShadowUi;

class PageChecker {
  private check: DocumentCheck | null = null;
  private badge: Ui | null = null;
  private panel: Ui | null = null;
  private marker: Ui | null = null;
  private panelOpen = false;
  private busy = false;
  /** The user asked (toolbar button) to check this page: a document the checklist did not recognise gets the chooser. */
  private requested = false;
  private activeId: string | null = null;
  private notice: string | null = null;
  private pushed: string | null = null;
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
    this.ctx.addEventListener(window, 'resize', () => this.layout(true));
    this.ctx.addEventListener(document, 'scroll', () => this.positionMarker(), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && this.panelOpen) this.closePanel();
    });
    browser.runtime.onMessage.addListener((msg: unknown) => {
      if ((msg as { type?: string })?.type === 'stagewijzer:open-panel' && this.check) {
        this.requested = true;
        this.panelOpen = true;
        void this.render();
      }
    });
    await first;
    await this.render();
  }

  private state(): BadgeState {
    if (!this.check) return 'quiet';
    const state = badgeState(this.check.result, this.check.chosenKind);
    return state === 'quiet' && this.requested ? 'maybe' : state;
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.some((r) => {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el || insideOwnUi(el)) return false;
      if (r.type === 'childList') {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && isOwnUi(n as Element))) return false;
      }
      // Outside the current document only a structural change can matter.
      const c = this.check;
      if (c?.root.isConnected && !c.root.contains(el) && r.type === 'characterData') return false;
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

  /** The work done per mutation batch: (re)find the document block, extract, check. */
  private async runCheck(): Promise<void> {
    const edited = this.edited ?? undefined;
    this.edited = new Set();
    if (this.check?.root.isConnected && edited) {
      await this.check.refresh(checkText, edited);
    } else {
      const found = findDocument(document);
      const root = found?.verdict === 'document' ? found.element : null;
      if (!root) this.check = null;
      else if (root !== this.check?.root) this.check = await DocumentCheck.create(root, checkText, this.check?.chosenKind ?? null);
      else await this.check.refresh(checkText);
      document.documentElement.setAttribute('data-stagewijzer-block', found?.verdict ?? 'none');
    }
    // A visible marker that the check ran (and what it found), for tests and support.
    document.documentElement.setAttribute('data-stagewijzer-checked', this.check?.result.kind ?? 'none');
    this.addPdfHints();
  }

  private async render(): Promise<void> {
    const state = this.state();
    const check = this.check;
    if (state === 'quiet' || !check) {
      this.closePanel(false);
      this.badge?.remove();
      this.badge = null;
      return;
    }
    const result = check.result;
    this.badge ??= this.mountUi('stagewijzer-badge', 'badge');
    this.badge.host.setAttribute('data-kind', result.kind);
    this.badge.host.setAttribute('data-state', state);
    render(<Badge result={result} state={state} expanded={this.panelOpen} onClick={() => this.togglePanel()} />, this.badge.container);

    if (this.panelOpen) {
      this.panel ??= this.mountUi('stagewijzer-panel', 'panel');
      this.panel.host.setAttribute('data-kind', check.chosenKind ?? result.kind);
      this.panel.host.setAttribute('data-state', state);
      render(
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere inside the panel closes it
        <div onKeyDown={(e) => e.key === 'Escape' && this.closePanel()} style="height: 100%">
          <HintPanel
            result={result}
            state={state}
            text={check.map.text}
            activeId={this.activeId}
            notice={this.notice}
            busy={this.busy}
            onSelect={(req) => this.select(req)}
            onChooseKind={(kind) => void this.checkAs(kind)}
            onClose={() => this.closePanel()}
          />
        </div>,
        this.panel.container,
      );
    } else if (this.panel) {
      render(null, this.panel.container);
      this.panel.remove();
      this.panel = null;
    }
    this.layout(false);
  }

  private mountUi(name: string, role: 'badge' | 'panel'): Ui {
    const ui = createShadowUi(name, role, { isolateKeys: true });
    this.observer?.takeRecords(); // our own nodes never trigger a re-check
    return ui;
  }

  /** Docks the panel beside the document (making room when there is none) and places the badge beside the headline. */
  private layout(remeasure: boolean): void {
    const root = this.check?.root;
    if (!root) return;
    if (this.panel) {
      if (remeasure || this.pushed === null) {
        this.unpush();
        const dock = dockPanel(viewportBox(root), document.documentElement.clientWidth);
        if (dock.push > 0) {
          const html = document.documentElement;
          this.pushed = html.style.getPropertyValue('margin-right');
          html.style.setProperty('margin-right', `${dock.push}px`, 'important');
        } else this.pushed = '';
        const host = this.panel.host;
        host.style.setProperty('--sw-panel-width', `${dock.width}px`);
        host.style.setProperty('--sw-panel-left', dock.side === 'left' ? '12px' : 'auto');
        host.style.setProperty('--sw-panel-right', dock.side === 'right' ? '12px' : 'auto');
        host.setAttribute('data-side', dock.side);
      }
    }
    this.positionBadge();
    this.positionMarker();
  }

  private unpush(): void {
    if (this.pushed === null) return;
    const html = document.documentElement;
    if (this.pushed) html.style.setProperty('margin-right', this.pushed);
    else html.style.removeProperty('margin-right');
    this.pushed = null;
  }

  private positionBadge(): void {
    const host = this.badge?.host;
    const root = this.check?.root;
    if (!host || !root) return;
    const sx = window.scrollX;
    const sy = window.scrollY;
    const shift = (b: Box): Box => ({ left: b.left + sx, right: b.right + sx, top: b.top + sy, bottom: b.bottom + sy });
    const size = host.getBoundingClientRect();
    const box = badgeBox(
      shift(viewportBox(root)),
      headlineBoxes(root).map(shift),
      { width: size.width || 220, height: size.height || 30 },
      document.documentElement.clientWidth + sx,
      this.panel ? [shift(viewportBox(this.panel.host))] : [],
    );
    host.style.setProperty('--sw-top', `${box.top}px`);
    host.style.setProperty('--sw-left', `${box.left}px`);
  }

  private togglePanel(open = !this.panelOpen): void {
    if (!open) {
      this.closePanel();
      return;
    }
    this.panelOpen = true;
    void this.render();
  }

  private closePanel(focusBadge = true): void {
    if (!this.panelOpen && !this.panel) return;
    this.panelOpen = false;
    this.activeId = null;
    this.notice = null;
    clearHighlight(document);
    this.removeMarker();
    this.unpush();
    this.observer?.takeRecords();
    if (this.panel) {
      render(null, this.panel.container);
      this.panel.remove();
      this.panel = null;
    }
    if (focusBadge) this.badge?.container.querySelector('button')?.focus();
    if (this.badge && this.check) void this.render();
  }

  private async checkAs(kind: StageKind): Promise<void> {
    if (!this.check) return;
    this.busy = true;
    void this.render();
    await this.check.checkAs(kind, checkText);
    this.busy = false;
    this.activeId = null;
    this.notice = null;
    await this.render();
  }

  private select(req: RequirementView): void {
    if (!this.check) return;
    const { range, insertion, notice } = this.check.locate(req);
    this.activeId = req.id;
    this.notice = notice;
    this.removeMarker();
    if (range) highlightRange(range);
    else clearHighlight(document);
    if (insertion) this.showMarker(insertion, req.label);
    this.observer?.takeRecords();
    void this.render();
  }

  private markerRange: Range | null = null;

  /** A dashed line in the document where a missing requirement belongs. */
  private showMarker(at: Range, label: string): void {
    const ui = createShadowUi('stagewijzer-marker', 'insertion');
    const line = document.createElement('div');
    line.className = 'marker';
    const text = document.createElement('span');
    text.textContent = `Hier hoort: ${label}`;
    line.append(text);
    ui.container.append(line);
    this.marker = ui;
    this.markerRange = at;
    this.positionMarker();
    const top = ui.host.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3;
    window.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    this.observer?.takeRecords();
  }

  private positionMarker(): void {
    const host = this.marker?.host;
    const range = this.markerRange;
    const root = this.check?.root;
    if (!host || !range || !root) return;
    const doc = root.getBoundingClientRect();
    const rects = range.getClientRects();
    const at = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
    const y = (at.bottom || doc.bottom) + window.scrollY + 4;
    host.style.setProperty('--sw-top', `${y}px`);
    host.style.setProperty('--sw-left', `${doc.left + window.scrollX}px`);
    host.style.setProperty('--sw-width', `${doc.width}px`);
  }

  private removeMarker(): void {
    this.marker?.remove();
    this.marker = null;
    this.markerRange = null;
    this.observer?.takeRecords();
  }

  /** A hint beside each link to a PDF stage document: open it in Stagewijzer's viewer. */
  private addPdfHints(): void {
    for (const a of stagePdfLinks(document)) {
      if (a.nextElementSibling?.localName === 'stagewijzer-pdf-hint') continue;
      const url = a.href;
      const ui = createShadowUi('stagewijzer-pdf-hint', 'pdf-hint', { place: (host) => a.after(host) });
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'pdf-hint';
      button.textContent = 'Openen in Stagewijzer';
      button.title = 'Open deze PDF in de viewer van Stagewijzer: daar wordt hij gecontroleerd.';
      button.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        void browser.runtime.sendMessage({ type: 'open-pdf', url });
      });
      ui.container.append(button);
    }
    this.observer?.takeRecords();
  }
}

function viewportBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The rectangles of the document's headline text (its first heading, else its first line). */
function headlineBoxes(root: Element): Box[] {
  const heading = root.querySelector('h1,h2,h3,[role="heading"]');
  const range = document.createRange();
  if (heading) range.selectNodeContents(heading);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let first: Node | null = walker.nextNode();
    while (first && !(first as Text).data.trim()) first = walker.nextNode();
    if (!first) return [];
    range.selectNodeContents(first);
  }
  return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
}

function insideOwnUi(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isOwnUi(e) || e.getAttribute('data-stagewijzer') === 'style') return true;
  }
  return false;
}
