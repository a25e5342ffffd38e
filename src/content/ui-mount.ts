/**
 * Crosscheck's presence on a page: the one <crosscheck-root> (sidebar, hover card, launcher), the highlighter that
 * paints the claims, the pointer watcher that turns hovers and clicks on them into events, and, for overlay
 * highlights, the relayout on resize. All of it lives as long as one AbortController: destroy() removes it together.
 */
import { createHighlighter, isDarkPage, type Highlighter, type HighlightSheet } from '../page/highlight.js';
import { watchPointer } from '../page/hit-test.js';
import { hold, listen } from '../page/ledger.js';
import { mountUi, type MountedUi } from '../ui/shared/mount.js';
import type { UiActions } from '../ui/shared/store.js';
import { protectHost } from './host.js';
import type { HoverHit } from './hover.js';

export interface PageUi {
  readonly ui: MountedUi;
  readonly highlighter: Highlighter;
  /** Puts a UI prepared with `attached: false` on the page and starts watching the pointer (once; later calls do nothing). */
  attach(): void;
  /** Ends the pointer watcher and observers, removes the highlights and the UI. */
  destroy(): void;
}

export interface PageUiOptions {
  doc: Document;
  /** The page's lifetime: the UI goes with it. */
  lifetime: AbortSignal;
  /** The article's root, to tell a dark page from a light one. */
  articleRoot: Element | null;
  /** The claims' ranges as they are now (re-anchoring replaces them). */
  ranges(): readonly (Range | null)[];
  actions: UiActions;
  onHover(hit: HoverHit | null): void;
  onClick(hit: HoverHit): void;
  forceOverlay?: boolean;
  /** The ::highlight rules adopted ahead of time (and whether the page was dark then): the highlighter takes them. */
  sheet?: HighlightSheet | null;
  /**
   * False: prepared off the page (styles parsed, app rendered, highlighter ready) while the background judges, with
   * nothing on the page and no listener on it until attach(). True (the default): attached at once.
   */
  attached?: boolean;
  /** The <crosscheck-root> the paint stage put on the page (its shadow root open and empty): the UI is built into it. */
  host?: HTMLElement;
}

/** An AbortController from the page's own realm, so that its addEventListener accepts the signal (jsdom is strict about it). */
export function pageAbortController(doc: Document): AbortController {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return new (win?.AbortController ?? AbortController)();
}

/**
 * A previous copy of this script (the extension was reloaded or updated while the page stayed open) may have left its
 * UI behind; there is only ever one <crosscheck-root>. Only <html>'s few children are looked at. `keep` is this copy's
 * own (the paint stage's, painted before this stage started).
 */
export function removeStaleUi(doc: Document, keep?: Element | null): void {
  for (const el of [...doc.documentElement.children]) {
    if (el.localName === 'crosscheck-root' && el !== keep) {
      el.remove();
      const reg = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
      for (const name of reg ? [...reg.keys()] : []) if (name.startsWith('crosscheck-')) reg!.delete(name);
    }
  }
}

export function mountPageUi(o: PageUiOptions): PageUi {
  const { doc } = o;
  const uiAc = pageAbortController(doc);
  // Removed with the UI (its own signal): one forwarder per UI would otherwise pile up on the page's lifetime signal.
  o.lifetime.addEventListener('abort', () => uiAc.abort(), { once: true, signal: uiAc.signal });
  const ui = mountUi(doc, o.actions, { attached: false, host: o.host });
  protectHost(ui.host);
  const dark = o.sheet ? o.sheet.dark : isDarkPage(o.articleRoot ?? doc.body);
  ui.layer.classList.toggle('cc-dark', dark);
  const highlighter = createHighlighter({ doc, layer: ui.layer, dark, forceOverlay: o.forceOverlay, sheet: o.sheet });
  ui.host.dataset['highlights'] = highlighter.mode;
  let attached = false;
  const attach = () => {
    if (attached || uiAc.signal.aborted) return;
    attached = true;
    ui.attach();
    watchPointer(doc, () => ({ ranges: o.ranges(), host: ui.host }), { onHover: o.onHover, onClick: o.onClick }, uiAc.signal);
    const win = doc.defaultView!;
    if (highlighter.mode === 'overlay') {
      let frame = 0;
      const relayout = () => {
        if (!frame)
          frame = win.requestAnimationFrame(() => {
            frame = 0;
            if (!uiAc.signal.aborted) highlighter.refresh();
          });
      };
      listen(win, 'resize', relayout, { passive: true, signal: uiAc.signal });
      if (win.ResizeObserver) {
        const ro = new win.ResizeObserver(relayout);
        hold(uiAc.signal, 'observers');
        ro.observe(doc.body);
        uiAc.signal.addEventListener('abort', () => ro.disconnect(), { once: true });
      }
    }
  };
  if (o.attached !== false) attach();
  // The UI lives as long as uiAc: destroy() aborts it and removes the UI together.
  hold(uiAc.signal, 'uis');
  return {
    ui,
    highlighter,
    attach,
    destroy() {
      uiAc.abort();
      highlighter.destroy();
      ui.destroy();
    },
  };
}

/** Scrolls the page so the claim sits in the upper part of the window (above a bottom sheet) and flashes it. */
export function showOnPage(doc: Document, range: Range | null | undefined, highlighter: Highlighter | null): void {
  const win = doc.defaultView;
  if (!range || !win) return;
  const rect = range.getBoundingClientRect?.();
  if (rect) {
    const margin = win.innerWidth < 600 ? 24 : win.innerHeight * 0.3;
    const smooth = !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    win.scrollTo({ top: win.scrollY + rect.top - margin, behavior: smooth ? 'smooth' : 'auto' });
  }
  highlighter?.flash(range);
}
