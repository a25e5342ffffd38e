/**
 * Hover and click on highlights that have no element of their own: a passive document-level pointermove listener,
 * throttled to one check per animation frame, asks the browser which text is under the pointer
 * (caretPositionFromPoint / caretRangeFromPoint) and then confirms with the claim's own line boxes.
 */
import { listen } from './ledger.js';

export interface HitTarget {
  ranges: readonly (Range | null)[];
  /** Our own UI host: pointer over it is never over the page's text. */
  host: Element | null;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, opts?: unknown) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number, slack = 1): DOMRect | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return r;
  }
  return null;
}

/** Index of the claim whose highlighted text is at (x, y), with the line box hit; null when none. */
export function hitTest(doc: Document, target: HitTarget, x: number, y: number): { index: number; rect: DOMRect } | null {
  const caret = caretAt(doc as CaretDoc, x, y);
  const ranges = target.ranges;
  if (caret && caret.node.nodeType === 3) {
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i];
      if (!r || r.collapsed) continue;
      let inside = false;
      try {
        inside = r.isPointInRange(caret.node, caret.offset);
      } catch {
        inside = false;
      }
      const rect = inside ? rectsContain(r, x, y) : null;
      if (rect) return { index: i, rect };
    }
    return null;
  }
  // No caret API answer (or the caret landed on an element): test every claim's boxes.
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    const rect = r && !r.collapsed ? rectsContain(r, x, y) : null;
    if (rect) return { index: i, rect };
  }
  return null;
}

export interface PointerWatch {
  onHover(hit: { index: number; rect: DOMRect } | null): void;
  onClick(hit: { index: number; rect: DOMRect }): void;
}

/** Watches the pointer over the page until `signal` aborts. */
export function watchPointer(doc: Document, target: () => HitTarget, handlers: PointerWatch, signal: AbortSignal): void {
  const win = doc.defaultView!;
  let frame = 0;
  let last: { x: number; y: number; overUi: boolean } | null = null;
  let current = -1;
  const check = () => {
    frame = 0;
    if (!last) return;
    const hit = last.overUi ? null : hitTest(doc, target(), last.x, last.y);
    const index = hit ? hit.index : -1;
    if (index !== current) {
      current = index;
      handlers.onHover(hit);
    }
  };
  const overUi = (e: Event) => {
    const host = target().host;
    return !!host && e.composedPath().includes(host);
  };
  listen(
    doc,
    'pointermove',
    (e) => {
      if ((e as PointerEvent).pointerType === 'touch') return;
      const { clientX: x, clientY: y } = e as PointerEvent;
      last = { x, y, overUi: overUi(e) };
      if (!frame) frame = win.requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  listen(
    doc.documentElement,
    'pointerleave',
    () => {
      last = null;
      if (current !== -1) {
        current = -1;
        handlers.onHover(null);
      }
    },
    { passive: true, signal },
  );
  listen(
    doc,
    'click',
    (e) => {
      const m = e as MouseEvent;
      if (m.button !== 0 || overUi(e)) return;
      const sel = win.getSelection();
      if (sel && !sel.isCollapsed) return;
      const hit = hitTest(doc, target(), m.clientX, m.clientY);
      if (hit) handlers.onClick(hit);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => frame && win.cancelAnimationFrame(frame), { once: true });
}
