/** The UI root inside the shadow root: launcher, sidebar and hover card, driven by the Store. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { HoverCard } from '../hover-card/HoverCard.js';
import { Sidebar } from '../sidebar/Sidebar.js';
import { t } from '../../platform/i18n.js';
import { Icon } from './Icon.js';
import { claimsChecked, claimsWord } from './view.js';
import type { Store, UiActions } from './store.js';
import { useSpot, type Pulse } from './use-spot.js';
import type { Corner } from './spot.js';

// The launcher tries its own corner first, then the other bottom one; the collapsed sidebar stays on its side.
const LAUNCHER_CORNERS = (): Corner[] => [{ v: 'bottom', h: 'right' }, { v: 'bottom', h: 'left' }];
const PANEL_CORNERS = (narrow: boolean): Corner[] => (narrow ? [{ v: 'bottom', h: 'left' }] : [{ v: 'top', h: 'right' }, { v: 'bottom', h: 'right' }]);

/** The focused element, looking through open shadow roots. */
function deepActive(doc: Document): Element | null {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export function App({ store, actions, doc, host, pulse }: { store: Store; actions: UiActions; doc: Document; host: Element; pulse?: Pulse }) {
  const [state, setState] = useState(store.state);
  // Layout effects run right after the render, not after the next frame (which never comes in a background tab).
  useLayoutEffect(() => {
    // The store may have moved between the first render and this effect.
    setState(store.state);
    return store.subscribe(() => setState(store.state));
  }, [store]);
  const { view, open, hover } = state;

  // Where focus was before the sidebar opened, to give it back on close. Read during render: child effects
  // (the sidebar moving focus in) run before this component's effects would.
  const wasOpen = useRef(false);
  const returnTo = useRef<Element | null>(null);
  if (open && !wasOpen.current) returnTo.current = deepActive(doc);

  useLayoutEffect(() => {
    const opened = open && !wasOpen.current;
    const closed = !open && wasOpen.current;
    wasOpen.current = open;
    if (opened || closed) actions.openChanged?.(open);
    if (closed) {
      const back = returnTo.current as HTMLElement | null;
      returnTo.current = null;
      if (back?.isConnected && typeof back.focus === 'function') back.focus();
    }
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const a = doc.activeElement;
      // Esc belongs to us when focus is in our UI or nowhere in particular, not inside a page's own widget.
      if (a === host || a === doc.body || a === null || a === doc.documentElement) {
        e.preventDefault();
        store.set({ open: false, focusActive: false });
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [open]);

  // Crosscheck's fixed controls step aside from the page's own (cookie bars, chat buttons): see spot.ts.
  const launcher = useRef<HTMLButtonElement>(null);
  const launcherStyle = useSpot({
    doc,
    host,
    el: () => launcher.current,
    active: !!view && !open,
    corners: LAUNCHER_CORNERS,
    margin: (narrow) => (narrow ? 8 : 16),
    pulse,
    key: view?.claims.length,
    afterPaint: true,
  });
  const panelStyle = useSpot({
    doc,
    host,
    el: () => host.shadowRoot?.querySelector<HTMLElement>('.cc-panel') ?? null,
    active: !!view && open && state.collapsed,
    corners: PANEL_CORNERS,
    margin: () => 0,
    pulse,
    vertical: true,
  });

  if (!view) return null;
  // No card over the page while the sidebar, which says more, is open.
  const hovered = hover && !open ? view.claims.find((c) => c.index === hover.index) : undefined;
  const mix = view.claims.some((c) => c.mix === 'dispute') ? 'dispute' : view.claims.some((c) => c.mix === 'confirm') ? 'confirm' : 'solo';
  const n = view.claims.length;
  return (
    <>
      <button
        ref={launcher}
        style={launcherStyle}
        class={`cc-launcher cc-tone-${mix}`}
        type="button"
        hidden={open}
        aria-expanded={open}
        aria-controls="cc-panel"
        aria-label={t('launcherLabel', claimsChecked(n))}
        onClick={() => store.set({ open: true, collapsed: false, focusActive: true })}
      >
        <span class="cc-dot" />
        Crosscheck · {claimsWord(n)}
      </button>
      {open && (
        <Sidebar
          view={view}
          active={state.active}
          focusActive={state.focusActive}
          collapsed={state.collapsed}
          placeStyle={panelStyle}
          adding={state.adding}
          onAdd={actions.addSource && ((confirmed) => actions.addSource!(confirmed))}
          onClose={() => store.set({ open: false, focusActive: false })}
          onToggleCollapsed={() => store.set({ collapsed: !store.state.collapsed })}
          onSelect={(i) => {
            store.set({ active: i, focusActive: false });
            actions.showOnPage(i);
          }}
        />
      )}
      {hovered && hover && <HoverCard claim={hovered} box={hover.box} onPointer={actions.hoverCard} />}
    </>
  );
}
