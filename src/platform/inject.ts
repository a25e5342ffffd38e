/**
 * The content script's first stage is not in the manifest: nothing runs on a page until the background has read the
 * tab's title and URL (src/background/tab-watch.ts) or the reader asks (popup, shortcut). Both inject it from here.
 */
import browser from './browser.js';

/**
 * The first stage's bundle (src/content/index.ts), from the extension's root: Firefox resolves a relative path against
 * the calling page (the popup's would be popup/content.js).
 */
export const FIRST_STAGE = '/content.js';
/**
 * The second stage's head start (src/content/early.ts), which the background's own injection brings in beside the
 * first stage (see injectFirstStage): where the head passes, the article is extracted and sent to be judged in the
 * same task, without a round trip to the background for it.
 */
export const HEAD_START = '/content-early.js';

/**
 * Runs the first stage in the tab's top frame, if it shows a web page (http or https); resolves once it has run (a second copy steps aside at once). Firefox
 * reports a script that failed to load in the result instead of rejecting: that is an error here too.
 *
 * `headStart`: for the background's automatic check (the settings just read say to check the page at once), the head
 * start comes in the same injection, just ahead of the first stage (the files of one injection run in order): it
 * only leaves the first stage a way to start it, and does nothing else unless the head passes. Its compile is the
 * price on a page that doesn't pass; on one that does, the round trip for it (`load-main`: a message, the
 * background's settings read and an injection, 9–18 ms of the page's wait on the bench's seed-000) is saved.
 */
export async function injectFirstStage(tabId: number, headStart = false): Promise<void> {
  // Web pages only, as the host permissions say: Firefox would otherwise run it in about:blank.
  const { url } = await browser.tabs.get(tabId);
  if (!url || !/^https?:\/\//i.test(url)) throw new Error('Crosscheck runs on web pages only');
  const results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: headStart ? [HEAD_START, FIRST_STAGE] : [FIRST_STAGE] });
  const failed = (results ?? []).find((r) => (r as { error?: unknown }).error);
  if (failed) throw new Error(`Could not start Crosscheck on the page: ${String((failed as { error?: unknown }).error)}`);
}

/** True for the error a message to a tab gets when no script of ours listens there (same words in both browsers). */
export function noReceiver(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection/i.test(error instanceof Error ? error.message : String(error));
}
