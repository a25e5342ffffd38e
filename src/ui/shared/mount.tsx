/**
 * Mounts the UI: one <crosscheck-root> appended to <html> (outside <body>, so the page's text is untouched) with an
 * open shadow root holding the styles, the overlay layer for browsers without the Highlight API, and the Preact app.
 */
import { render } from 'preact';
import { App } from './App.js';
import { INITIAL_STATE, Store, type UiActions } from './store.js';
import { UI_CSS } from './styles.js';
import { createPulse } from './use-spot.js';

export interface MountedUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where overlay highlight boxes go (never inside the page). */
  layer: HTMLElement;
  store: Store;
  /** The page's content changed: our fixed controls look again for a free place. */
  relayout(): void;
  /** Puts the host on the page (mounted with `attached: false`, it was built off the page); once is enough. */
  attach(): void;
  destroy(): void;
}

/** Styles for the shadow root: a constructed sheet (not subject to the page's CSP), else a <style>. */
function addStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const win = doc.defaultView as Window & typeof globalThis;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/**
 * `attached: false` builds it all (styles parsed, the app rendered) without putting anything on the page yet: while the
 * background judges, before anyone knows the page is the story; attach() then adds the one element. `host` is a
 * <crosscheck-root> already made (the paint stage's, on the page with the highlights' count, its open shadow root
 * empty): the UI is built into it.
 */
export function mountUi(doc: Document, actions: UiActions, { attached = true, host: given }: { attached?: boolean; host?: HTMLElement } = {}): MountedUi {
  const host = given ?? doc.createElement('crosscheck-root');
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  addStyles(doc, shadow, UI_CSS);
  const layer = doc.createElement('div');
  layer.className = 'cc-marks';
  const app = doc.createElement('div');
  shadow.append(layer, app);
  const store = new Store(INITIAL_STATE);
  const pulse = createPulse();
  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  if (attached) attach();
  render(<App store={store} actions={actions} doc={doc} host={host} pulse={pulse} />, app);
  return {
    host,
    shadow,
    layer,
    store,
    relayout: pulse.fire,
    attach,
    destroy() {
      render(null, app);
      host.remove();
    },
  };
}
