// Our UI on a page lives in open shadow roots: page CSS cannot reach in, ours cannot leak out.
import { PANEL_CSS } from '../components/panel-css';

export interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Creates `<tag data-stagewijzer="role">` with an open shadow root holding our styles and a container.
 * With `isolateKeys`, key presses inside stay inside (page shortcuts do not fire while using the panel).
 */
export function createShadowUi(tag: string, role: string, options: { isolateKeys?: boolean; place?: (host: HTMLElement) => void } = {}): ShadowUi {
  const host = document.createElement(tag);
  host.setAttribute('data-stagewijzer', role);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  const container = document.createElement('div');
  container.className = 'sw-root';
  shadow.append(style, container);
  if (options.isolateKeys) for (const type of KEY_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  if (options.place) options.place(host);
  else document.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
