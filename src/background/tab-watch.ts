/**
 * Nothing to pay on pages that aren't the story: the manifest puts no script on pages at all. The background reads
 * each tab's title and URL as soon as they are known, and again when a single-page site changes either (tabs.onUpdated:
 * the host permissions give both, without the tabs permission), and injects the first stage only where they name an
 * actor or the object of one of the stories, bundled or the reader's own. The first stage then reads the head and
 * decides as before. Every other page runs none of our code unless the reader asks (popup, shortcut: see
 * platform/messaging.ts sendToTab).
 */
import { isSiteDisabled, type Settings } from '../contracts/settings.js';
import { worthAHeadCheck, type CheapStory } from '../engine/cheap.js';

export interface TabWatchDeps {
  /** The stories' compiled cheap checks: the bundled ones and the reader's. */
  stories(): Promise<readonly CheapStory[]> | readonly CheapStory[];
  settings(): Promise<Settings>;
  /** Injects the first stage into the tab's top frame. */
  inject(tabId: number): Promise<void>;
}

/** The parts of tabs.onUpdated's arguments this reads. */
export interface TabChange {
  status?: string;
  title?: string;
  url?: string;
}
export interface TabInfo {
  status?: string;
  title?: string;
  url?: string;
}

/**
 * The tabs.onUpdated listener: resolves to true when it injected the first stage. A tab is considered whenever its
 * title or URL is known or changes, loading or loaded: the injection itself waits for the document to be idle (the
 * scripting API's default), as a manifest content script would, rather than for every image and advert to load. Each
 * document gets the first stage once per title and URL (a single-page site that moves on is considered again). A
 * failed injection (the tab closed, a page the browser won't let extensions script) is not an error: there is
 * nothing to check there.
 */
export function createTabWatch(deps: TabWatchDeps): (tabId: number, change: TabChange, tab: TabInfo) => Promise<boolean> {
  /** What each tab's current document was last considered with (URL and title), once injected. */
  const done = new Map<number, string>();
  return async (tabId, change, tab) => {
    // A document loading (a new one, a reload, or a single-page move): consider it afresh.
    if (change.status === 'loading') done.delete(tabId);
    if (change.status === undefined && change.title === undefined && change.url === undefined) return false;
    const url = tab.url ?? '';
    const title = tab.title ?? '';
    const key = `${url}\n${title}`;
    if (done.get(tabId) === key) return false;
    if (!worthAHeadCheck(title, url, await deps.stories())) return false;
    const settings = await deps.settings();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      return false;
    }
    if (!settings.autoCheck || isSiteDisabled(settings, host)) return false;
    done.set(tabId, key);
    try {
      await deps.inject(tabId);
      return true;
    } catch {
      done.delete(tabId);
      return false;
    }
  };
}
