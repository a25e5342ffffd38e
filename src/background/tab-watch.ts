/**
 * Nothing to pay on pages that aren't the story: the manifest puts no script on pages at all. The background reads
 * each tab's title and URL as it finishes loading, and again when a single-page site changes either (tabs.onUpdated:
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
 * The tabs.onUpdated listener: resolves to true when it injected the first stage. Considered are a load that completed
 * and, on a loaded page, a new title or URL (a single-page site moving on). A failed injection (the tab closed, a page
 * the browser won't let extensions script) is not an error: there is nothing to check there.
 */
export function createTabWatch(deps: TabWatchDeps): (tabId: number, change: TabChange, tab: TabInfo) => Promise<boolean> {
  return async (tabId, change, tab) => {
    const moved = change.status === 'complete' || (tab.status === 'complete' && (change.title !== undefined || change.url !== undefined));
    if (!moved) return false;
    const url = tab.url ?? '';
    if (!worthAHeadCheck(tab.title ?? '', url, await deps.stories())) return false;
    const settings = await deps.settings();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      return false;
    }
    if (!settings.autoCheck || isSiteDisabled(settings, host)) return false;
    try {
      await deps.inject(tabId);
      return true;
    } catch {
      return false;
    }
  };
}
