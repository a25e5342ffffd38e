/**
 * The extension API with promises, typed by @types/webextension-polyfill.
 *
 * Both target browsers (Chrome 120+ MV3, Firefox 140+) return promises natively, so instead of
 * bundling webextension-polyfill (~10 KB minified in every bundle, a sixth of the content script's
 * budget) this resolves to Firefox's `browser` or Chrome's `chrome`. The one API whose shape
 * differs, onMessage replies, is wrapped in messaging.ts with `sendResponse`, which both support.
 */
import type Browser from 'webextension-polyfill';

export type { Browser };
export type Api = Browser.Browser;

type Host = { browser?: Api; chrome?: Api };

/** `browser` in Firefox, `chrome` in Chrome; looked up on use, so importing this outside an extension is harmless. */
export const browser: Api = new Proxy({} as Api, {
  get(_target, key) {
    const g = globalThis as unknown as Host;
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('The extension API is not available here');
    return api[key as keyof Api];
  },
});

export default browser;

/** False in a content script whose extension was reloaded or removed under the page (Chrome then clears runtime.id). */
export function contextAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}
