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
 * Runs the first stage in the tab's top frame, if it shows a web page (http or https); resolves once it has run (a second copy steps aside at once). Firefox
 * reports a script that failed to load in the result instead of rejecting: that is an error here too.
 */
export async function injectFirstStage(tabId: number): Promise<void> {
  // Web pages only, as the host permissions say: Firefox would otherwise run it in about:blank.
  const { url } = await browser.tabs.get(tabId);
  if (!url || !/^https?:\/\//i.test(url)) throw new Error('Crosscheck runs on web pages only');
  const results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FIRST_STAGE] });
  const failed = (results ?? []).find((r) => (r as { error?: unknown }).error);
  if (failed) throw new Error(`Could not start Crosscheck on the page: ${String((failed as { error?: unknown }).error)}`);
}

/** True for the error a message to a tab gets when no script of ours listens there (same words in both browsers). */
export function noReceiver(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection/i.test(error instanceof Error ? error.message : String(error));
}
