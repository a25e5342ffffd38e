/**
 * Keeps one of our fixed controls where it covers none of the page's (see spot.ts): placed when it shows, and again
 * after a resize, once scrolling stops (sticky bars, "back to top" buttons that appear on scroll), shortly after a
 * click (a cookie bar accepted and gone) and when the page's content changed (`pulse`, from the content script).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { findSpot, spotStyle, type Corner, type Spot } from './spot.js';

/** Something that says "the page changed" (the content script's settled mutations). */
export interface Pulse {
  subscribe(fn: () => void): () => void;
}

export function createPulse(): Pulse & { fire(): void } {
  const fns = new Set<() => void>();
  return {
    subscribe: (fn) => (fns.add(fn), () => void fns.delete(fn)),
    fire: () => fns.forEach((fn) => fn()),
  };
}

export interface SpotOptions {
  doc: Document;
  host: Element;
  /** The control, once rendered. */
  el: () => HTMLElement | null;
  /** Only while shown. */
  active: boolean;
  corners: (narrow: boolean) => Corner[];
  margin: (narrow: boolean) => number;
  pulse: Pulse | undefined;
  /** Only the vertical offset (a full-width or right-docked panel keeps its sides). */
  vertical?: boolean;
  /** Place again when this changes (the control's size may have). */
  key?: unknown;
  /**
   * Place the first time only after the page has painted (the launcher, which comes with the highlights): probing
   * the page forces a layout and dozens of hit tests, which would otherwise hold back the highlights' first frame.
   * Until then the control is drawn transparent, so it never shows over anything of the page's.
   */
  afterPaint?: boolean;
}

/** Runs `fn` once the next frame has been painted (or after `ms` where frames don't come: a background tab). */
function afterNextPaint(win: Window, fn: () => void, ms = 100): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(timer);
    fn();
  };
  // A frame callback runs before the paint; a task posted from it runs after.
  if (typeof win.requestAnimationFrame === 'function') frame = win.requestAnimationFrame(() => void setTimeout(run, 0));
  timer = setTimeout(run, ms);
  return () => {
    done = true;
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Inline style for the control (undefined: its stylesheet's default corner). */
export function useSpot(o: SpotOptions): Record<string, string> | undefined {
  const [spot, setSpot] = useState<Spot | null>(null);
  const [placed, setPlaced] = useState(!o.afterPaint);
  useLayoutEffect(() => {
    const win = o.doc.defaultView;
    if (!o.active || !win) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      frame = 0;
      const node = o.el();
      if (!node) return;
      const narrow = win.innerWidth < 600;
      const next = findSpot(o.doc, o.host, { width: node.offsetWidth, height: node.offsetHeight }, o.corners(narrow), o.margin(narrow));
      setSpot((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      setPlaced(true);
    };
    const soon = () => {
      if (!frame) frame = win.requestAnimationFrame(place);
    };
    const after = (ms: number) => () => {
      clearTimeout(timer);
      timer = setTimeout(place, ms);
    };
    const onScroll = after(150);
    const onClick = after(400);
    const cancelFirst = placed ? null : afterNextPaint(win, place);
    if (placed) place();
    win.addEventListener('resize', soon, { passive: true });
    win.addEventListener('scroll', onScroll, { passive: true });
    o.doc.addEventListener('click', onClick, { capture: true, passive: true });
    const unsubscribe = o.pulse?.subscribe(soon);
    return () => {
      cancelFirst?.();
      win.cancelAnimationFrame(frame);
      clearTimeout(timer);
      win.removeEventListener('resize', soon);
      win.removeEventListener('scroll', onScroll);
      o.doc.removeEventListener('click', onClick, { capture: true });
      unsubscribe?.();
    };
  }, [o.active, o.key]);
  if (!o.active) return undefined;
  if (!placed) return { opacity: '0' };
  if (!spot) return undefined;
  const style = spotStyle(spot);
  if (o.vertical) {
    delete style['left'];
    delete style['right'];
  }
  return style;
}
