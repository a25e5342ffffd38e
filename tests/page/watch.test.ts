// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/page/watch.js';

// MutationObserver callbacks are microtasks: flush them, then move the fake clock.
const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('watchPage', () => {
  let ac: AbortController;
  let calls: { urlChanged: boolean; url: string }[];
  beforeEach(() => {
    vi.useFakeTimers();
    ac = new AbortController();
    calls = [];
    document.body.innerHTML = '<main id="app"></main>';
    history.replaceState(null, '', '/start');
  });
  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });

  it('batches a burst of mutations into one re-check once the page is quiet', async () => {
    watchPage(document, { signal: ac.signal, quietMs: 100, onSettled: (c) => calls.push(c) });
    for (let i = 0; i < 20; i++) {
      document.getElementById('app')!.append(document.createElement('p'));
      await flush();
      vi.advanceTimersByTime(50);
    }
    // 20 × 50 ms: never quiet for 100 ms, and within maxWait (2 s): nothing yet.
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(1);
    expect(calls.every((c) => !c.urlChanged)).toBe(true);
  });

  it('re-checks at least every maxWait while the page keeps changing', async () => {
    watchPage(document, { signal: ac.signal, quietMs: 400, maxWaitMs: 1000, onSettled: (c) => calls.push(c) });
    for (let i = 0; i < 30; i++) {
      document.getElementById('app')!.textContent = `tick ${i}`;
      await flush();
      vi.advanceTimersByTime(100);
    }
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it('reports a single-page navigation as a URL change', async () => {
    watchPage(document, { signal: ac.signal, quietMs: 100, onSettled: (c) => calls.push(c) });
    history.pushState(null, '', '/next-story');
    document.getElementById('app')!.textContent = 'new article';
    await flush();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([{ urlChanged: true, url: 'http://localhost:3000/next-story' }]);
  });

  it('hears popstate even when the DOM does not change', () => {
    watchPage(document, { signal: ac.signal, quietMs: 100, onSettled: (c) => calls.push(c) });
    history.pushState(null, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.urlChanged).toBe(true);
  });

  it('ignores changes inside our own UI', async () => {
    const host = document.createElement('crosscheck-root');
    document.documentElement.append(host);
    await flush();
    watchPage(document, { signal: ac.signal, quietMs: 100, ignore: (n) => n === host || host.contains(n), onSettled: (c) => calls.push(c) });
    host.dataset['claims'] = '3';
    host.append(document.createElement('div'));
    host.remove();
    document.documentElement.append(host);
    await flush();
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
    host.remove();
  });

  it('stops everything when the signal aborts', async () => {
    watchPage(document, { signal: ac.signal, quietMs: 100, onSettled: (c) => calls.push(c) });
    document.getElementById('app')!.textContent = 'x';
    await flush();
    ac.abort();
    vi.advanceTimersByTime(1000);
    document.getElementById('app')!.textContent = 'y';
    window.dispatchEvent(new PopStateEvent('popstate'));
    await flush();
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
  });
});
