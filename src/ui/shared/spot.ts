/**
 * Where one of Crosscheck's fixed controls (the corner launcher, the collapsed sidebar) can sit without covering the
 * page's own: a cookie bar's "Accept all", a chat button, "back to top". The page's fixed layers can't be listed
 * cheaply, so the box a control would take is probed with elementsFromPoint on a fine grid; a fixed or sticky page
 * element found there (or a link or button, once the page is scrolled to its end and can't move it away) is in the
 * way, and the control steps past it: up from a bottom corner, down from a top one, else to the next corner.
 */

export type Corner = { v: 'top' | 'bottom'; h: 'left' | 'right' };
/** A corner and the distances from its two edges, in CSS pixels. */
export type Spot = Corner & { x: number; y: number };

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CONTROLS = 'a[href],button,input,select,textarea,iframe,summary,[role=button],[role=link],[role=checkbox],[role=switch],[tabindex]:not([tabindex="-1"])';
/** Probe every this many pixels: smaller than any control worth clicking. */
const STEP = 14;
const GAP = 8;

const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The first of `corners` where a box of `size` overlaps none of the page's fixed controls and bars, stepped away from
 * them as far as `reach` of the window's height; null where every corner is taken (the caller keeps its default).
 */
export function findSpot(doc: Document, host: Element, size: { width: number; height: number }, corners: readonly Corner[], margin: number, reach = 0.6): Spot | null {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function' || !size.width || !size.height) return null;
  const vw = doc.documentElement.clientWidth || win.innerWidth;
  const vh = win.innerHeight;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  const atEnd = scroller.scrollTop + vh >= scroller.scrollHeight - 2;
  const pinned = new Map<Element, boolean>();
  const isPinned = (el: Element): boolean => {
    let p = pinned.get(el);
    if (p === undefined) {
      const pos = win.getComputedStyle(el).position;
      pinned.set(el, (p = pos === 'fixed' || pos === 'sticky'));
    }
    return p;
  };
  // What is in the way at one point: pinned bars and buttons (not whole-window layers), and controls where the page
  // can't be scrolled to move them out from under us.
  const inTheWay = (x: number, y: number): Rect[] => {
    const out: Rect[] = [];
    const els = doc.elementsFromPoint(x, y);
    const anyPinned = els.some((el) => el !== host && isPinned(el));
    for (const el of els) {
      if (el === host || el === doc.documentElement || el === doc.body) continue;
      const r = el.getBoundingClientRect();
      if (isPinned(el) && r.height <= vh / 2 && r.width > 0) out.push(r);
      else if ((anyPinned || atEnd) && el.matches(CONTROLS)) out.push(r);
    }
    return out;
  };
  const known: Rect[] = [];
  for (const c of corners) {
    let y = margin;
    for (let round = 0; round < 8 && y + size.height <= vh * reach; round++) {
      const box = boxAt(c, margin, y, size, vw, vh);
      let blockers = known.filter((r) => overlaps(r, box));
      if (!blockers.length) {
        for (let py = box.top + 2; py < box.bottom && !blockers.length; py += STEP) {
          for (let px = box.left + 2; px < box.right; px += STEP) blockers.push(...inTheWay(px, Math.min(py, box.bottom - 2)).filter((r) => overlaps(r, box)));
          blockers.push(...inTheWay(box.right - 2, Math.min(py, box.bottom - 2)).filter((r) => overlaps(r, box)));
        }
        known.push(...blockers);
      }
      if (!blockers.length) return { ...c, x: margin, y };
      y = c.v === 'bottom' ? Math.max(...blockers.map((r) => vh - r.top)) + GAP : Math.max(...blockers.map((r) => r.bottom)) + GAP;
    }
  }
  return null;
}

function boxAt(c: Corner, x: number, y: number, size: { width: number; height: number }, vw: number, vh: number): Rect {
  const left = c.h === 'left' ? x : vw - x - size.width;
  const top = c.v === 'top' ? y : vh - y - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

/** Inline styles putting a fixed element at `spot`. */
export function spotStyle(spot: Spot): Record<string, string> {
  return {
    [spot.v]: `${spot.y}px`,
    [spot.v === 'top' ? 'bottom' : 'top']: 'auto',
    [spot.h]: `${spot.x}px`,
    [spot.h === 'left' ? 'right' : 'left']: 'auto',
  };
}
