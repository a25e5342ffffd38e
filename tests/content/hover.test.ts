// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimBox, HoverCard } from '../../src/content/hover.js';
import type { UiState } from '../../src/ui/shared/store.js';

const rect = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top }) as DOMRect;

/** A claim on two lines. */
const range = { getClientRects: () => [rect(100, 10, 400, 30), rect(20, 30, 200, 50), rect(0, 0, 0, 0)] } as unknown as Range;

function harness() {
  const state: Pick<UiState, 'open' | 'hover'> = { open: false, hover: null };
  const store = { state, set: (p: Pick<UiState, 'hover'>) => Object.assign(state, p) };
  const active: (Range | null)[] = [];
  const card = new HoverCard({ store: () => store, range: (i) => (i === 0 ? range : null), setActive: (r) => active.push(r), delayMs: 300, hideMs: 250 });
  return { state, active, card };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('HoverCard timing', () => {
  it('shows the card after the pointer rests on a claim, placed by the whole claim, and hides it after the pointer leaves', () => {
    const h = harness();
    h.card.pointer({ index: 0, rect: rect(100, 10, 400, 30) });
    vi.advanceTimersByTime(299);
    expect(h.state.hover).toBeNull();
    vi.advanceTimersByTime(1);
    expect(h.state.hover).toEqual({ index: 0, box: { left: 20, top: 10, right: 400, bottom: 50 } });
    expect(h.active).toEqual([range]);
    h.card.pointer(null);
    vi.advanceTimersByTime(249);
    expect(h.state.hover).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(h.state.hover).toBeNull();
    expect(h.active).toEqual([range, null]);
  });

  it('does not show a card for a pointer that passes over a claim', () => {
    const h = harness();
    h.card.pointer({ index: 0, rect: rect(0, 0, 1, 1) });
    vi.advanceTimersByTime(100);
    h.card.pointer(null);
    vi.advanceTimersByTime(1000);
    expect(h.state.hover).toBeNull();
    expect(h.active).toEqual([null]);
  });

  it('stays open while the pointer is in the card', () => {
    const h = harness();
    h.card.pointer({ index: 0, rect: rect(0, 0, 1, 1) });
    vi.advanceTimersByTime(300);
    h.card.pointer(null);
    h.card.card(true);
    vi.advanceTimersByTime(1000);
    expect(h.state.hover?.index).toBe(0);
    h.card.card(false);
    vi.advanceTimersByTime(250);
    expect(h.state.hover).toBeNull();
  });

  it('shows no card while the sidebar is open, nor one that was waiting when it opened', () => {
    const h = harness();
    h.state.open = true;
    h.card.pointer({ index: 0, rect: rect(0, 0, 1, 1) });
    vi.advanceTimersByTime(1000);
    expect(h.state.hover).toBeNull();
    h.state.open = false;
    h.card.pointer({ index: 0, rect: rect(0, 0, 1, 1) });
    h.state.open = true;
    vi.advanceTimersByTime(1000);
    expect(h.state.hover).toBeNull();
  });

  it('a click cancels the card waiting to show; cancel() drops everything pending', () => {
    const h = harness();
    h.card.pointer({ index: 0, rect: rect(0, 0, 1, 1) });
    h.card.cancelShow();
    vi.advanceTimersByTime(1000);
    expect(h.state.hover).toBeNull();
    h.card.pointer({ index: 0, rect: rect(0, 0, 1, 1) });
    vi.advanceTimersByTime(300);
    h.card.pointer(null);
    h.card.cancel();
    vi.advanceTimersByTime(1000);
    expect(h.state.hover?.index).toBe(0);
  });

  it('claimBox falls back to the hovered line without layout', () => {
    expect(claimBox({} as Range, rect(1, 2, 3, 4))).toEqual({ left: 1, top: 2, right: 3, bottom: 4 });
  });
});
