/** A tiny observable store: the content script writes UI state, the Preact tree re-renders from it. */
import type { PageView } from './view.js';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface UiState {
  view: PageView | null;
  open: boolean;
  /** The sidebar shows only its header (a peek), leaving the page free. */
  collapsed: boolean;
  /** Claim index the sidebar is at (card highlighted, scrolled to). */
  active: number | null;
  /** Move keyboard focus to the active card when the sidebar opens or moves. */
  focusActive: boolean;
  /** Claim under the pointer and the line box to place the card next to (viewport coordinates). */
  hover: { index: number; box: Box } | null;
  /** "Add this article as a source": working, its outcome, or asking to confirm a page that isn't the story. */
  adding: { state: 'busy' | 'done' | 'confirm' | 'error'; text: string } | null;
}

export interface UiActions {
  /** Scroll the page to a claim and flash it. */
  showOnPage(index: number): void;
  /** The pointer entered (true) or left (false) the hover card. */
  hoverCard(inside: boolean): void;
  /** The sidebar opened or closed (for the badge, popup status). */
  openChanged?(open: boolean): void;
  /** Add the page's article as a source (`confirmed` after the reader said yes to a page that isn't the story). */
  addSource?(confirmed: boolean): void;
}

export class Store {
  private listeners = new Set<() => void>();
  constructor(public state: UiState) {}

  set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  subscribe(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

export const INITIAL_STATE: UiState = { view: null, open: false, collapsed: false, active: null, focusActive: false, hover: null, adding: null };
