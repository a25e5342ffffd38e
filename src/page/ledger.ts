/**
 * The content script's own accounting of what it holds on the page — listeners on the page's window, document and
 * elements, observers, mounted UIs — counted when each is taken and given back when its AbortSignal aborts, so that
 * teardown can be checked from outside (get-status carries a copy): after any number of single-page navigations,
 * the counts on a page without the story are what they were on the first one.
 */
export interface Live {
  listeners: number;
  observers: number;
  uis: number;
}

const live: Live = { listeners: 0, observers: 0, uis: 0 };

/** A copy of the counts now. */
export const liveCounts = (): Live => ({ ...live });

/** Counts `n` of `kind` until `signal` aborts. */
export function hold(signal: AbortSignal, kind: keyof Live, n = 1): void {
  if (signal.aborted) return;
  live[kind] += n;
  signal.addEventListener('abort', () => void (live[kind] -= n), { once: true });
}

/** addEventListener with a signal (which removes it), counted until then. */
export function listen(target: EventTarget, type: string, listener: (e: Event) => void, options: AddEventListenerOptions & { signal: AbortSignal }): void {
  if (options.signal.aborted) return;
  target.addEventListener(type, listener, options);
  hold(options.signal, 'listeners');
}
