/**
 * Notices that the page changed — the article arrived late, a single-page site swapped it, the URL moved — without
 * doing any work at mutation time: the observer only notes that something happened, and one debounced re-check runs
 * once the page has been quiet for a moment (or after maxWait while it keeps changing). One AbortSignal ends it all.
 */
import { hold, listen } from './ledger.js';

export interface WatchOptions {
  /** Called after the page settles; `urlChanged` tells a navigation from an in-place change. */
  onSettled(change: { urlChanged: boolean; url: string }): void;
  signal: AbortSignal;
  /** Nodes whose own changes don't count (our UI host). */
  ignore?: (node: Node) => boolean;
  quietMs?: number;
  maxWaitMs?: number;
  /**
   * Mutations that can't wait for the page to go quiet (a re-render replaced the text we highlight): `onUrgent` runs
   * on the next task, and onSettled still follows once the page is quiet.
   */
  urgent?: (records: MutationRecord[]) => boolean;
  onUrgent?: () => void;
}

/** Starts watching `doc` for changes. */
export function watchPage(doc: Document, opts: WatchOptions): void {
  const win = doc.defaultView!;
  const { signal, ignore, quietMs = 400, maxWaitMs = 2000 } = opts;
  if (signal.aborted) return;
  let url = doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const fire = () => {
    timer = undefined;
    firstAt = 0;
    if (signal.aborted) return;
    const now = doc.location.href;
    const urlChanged = now !== url;
    url = now;
    opts.onSettled({ urlChanged, url: now });
  };
  const schedule = () => {
    if (signal.aborted) return;
    const now = Date.now();
    if (!firstAt) firstAt = now;
    clearTimeout(timer);
    // A URL change (pushState) is a navigation: settle soon, don't wait out a stream of mutations.
    const urlMoved = doc.location.href !== url;
    const wait = Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now, urlMoved ? quietMs / 2 : quietMs));
    timer = setTimeout(fire, wait);
  };

  const relevant = (records: MutationRecord[]) => {
    if (!ignore) return true;
    for (const r of records) {
      if (ignore(r.target)) continue;
      if (r.type !== 'childList') return true;
      for (const n of r.addedNodes) if (!ignore(n)) return true;
      for (const n of r.removedNodes) if (!ignore(n)) return true;
    }
    return false;
  };
  let urgentTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new win.MutationObserver((records) => {
    if (!relevant(records)) return;
    schedule();
    if (urgentTimer === undefined && opts.onUrgent && opts.urgent?.(records)) {
      urgentTimer = setTimeout(() => {
        urgentTimer = undefined;
        if (!signal.aborted) opts.onUrgent!();
      }, 0);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  hold(signal, 'observers');
  // <title> changes arrive as mutations too; history moves without DOM changes don't, so listen for them.
  listen(win, 'popstate', schedule, { signal });
  listen(win, 'hashchange', schedule, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(urgentTimer);
    },
    { once: true },
  );
}
