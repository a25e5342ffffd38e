/**
 * The hover card's timing: a card shows after the pointer rests on a claim (hoverDelayMs), hides a moment after it
 * leaves the claim and the card (hideMs), stays while the pointer is in the card, and never shows while the sidebar is
 * open. It reads the UI store, the claims' ranges and the highlighter through getters, so it can be tested alone.
 */
import type { Box, UiState } from '../ui/shared/store.js';

export interface HoverHit {
  index: number;
  rect: DOMRect;
}

export interface HoverDeps {
  store(): { readonly state: Pick<UiState, 'open' | 'hover'>; set(patch: Pick<UiState, 'hover'>): void } | null;
  range(index: number): Range | null | undefined;
  setActive(range: Range | null): void;
  delayMs?: number;
  hideMs?: number;
}

/** The claim's whole box, all its lines (the card goes above or below it, never over it); the hovered line's without layout. */
export function claimBox(range: Range, line: DOMRect): Box {
  const rects = [...(range.getClientRects?.() ?? [])].filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) return { left: line.left, top: line.top, right: line.right, bottom: line.bottom };
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

export class HoverCard {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private insideCard = false;

  constructor(private readonly deps: HoverDeps) {}

  /** The pointer is over a claim (`hit`) or over none (null). */
  pointer(hit: HoverHit | null): void {
    const store = this.deps.store();
    if (!store) return;
    clearTimeout(this.hoverTimer);
    if (!hit) return this.scheduleHide();
    clearTimeout(this.hideTimer);
    // The sidebar says more than the card, and the card would sit over it or over the page the reader went back to.
    if (store.state.open || store.state.hover?.index === hit.index) return;
    this.hoverTimer = setTimeout(() => {
      const range = this.deps.range(hit.index);
      if (!range || store.state.open) return;
      this.deps.setActive(range);
      store.set({ hover: { index: hit.index, box: claimBox(range, hit.rect) } });
    }, this.deps.delayMs ?? 300);
  }

  /** The pointer entered (true) or left (false) the card. */
  card(inside: boolean): void {
    this.insideCard = inside;
    if (inside) clearTimeout(this.hideTimer);
    else this.scheduleHide();
  }

  /** A click opened the sidebar: the card waiting to show doesn't. */
  cancelShow(): void {
    clearTimeout(this.hoverTimer);
  }

  /** The UI is going away: nothing pending. */
  cancel(): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      const store = this.deps.store();
      if (this.insideCard || !store) return;
      this.deps.setActive(null);
      store.set({ hover: null });
    }, this.deps.hideMs ?? 250);
  }
}
