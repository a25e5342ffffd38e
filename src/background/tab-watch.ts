/**
 * Nothing to pay on pages that aren't the story: the manifest puts no script on pages at all. The background reads
 * each tab's title and URL once its document has loaded, and again when a single-page site changes either (tabs.onUpdated:
 * the host permissions give both, without the tabs permission), and injects the first stage only where they name an
 * actor or the object of one of the stories, bundled or the reader's own. The first stage then reads the head and
 * decides as before. Every other page runs none of our code unless the reader asks (popup, shortcut: see
 * platform/messaging.ts sendToTab).
 */
import { isSiteDisabled, type Settings } from '../contracts/settings.js';
import { storyInTitle, worthAHeadCheck, type CheapStory } from '../engine/cheap.js';

export interface TabWatchDeps {
  /** The stories' compiled cheap checks: the bundled ones and the reader's. */
  stories(): Promise<readonly CheapStory[]> | readonly CheapStory[];
  settings(): Promise<Settings>;
  /** Injects the first stage into the tab's top frame. */
  inject(tabId: number): Promise<void>;
  /**
   * Brings the second stage in at once, checking the page with these settings: for a tab whose title and URL already
   * pass a story's full cheap check, the first stage's head check, its settings read and its request for the second
   * stage are time the reader waits for nothing. Without it, the first stage is injected as for any candidate.
   */
  injectMain?(tabId: number, settings: Settings): Promise<void>;
  /**
   * The stories whose full check the second stage holds by itself: the bundled ones, compiled into it. A reader's own
   * story's patterns reach a page through the first stage (it reads them from storage), so its pages go that way.
   */
  direct?(): readonly CheapStory[];
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
 * The tabs.onUpdated listener: resolves to true when it injected the first stage. A tab is considered once its
 * document has loaded, and again when a loaded page's title or URL changes (a single-page site moving on): each
 * document once per title and URL. Not earlier: a script the scripting API runs while the page is still loading
 * shares the page's own long parsing task (on the bench's 5,000-paragraph page, a 145 ms task), where a loaded page
 * gives it a task of its own. A failed injection (the tab closed, a page the browser won't let extensions script) is
 * not an error: there is nothing to check there, and the next change tries again.
 */
export function createTabWatch(deps: TabWatchDeps): (tabId: number, change: TabChange, tab: TabInfo) => Promise<boolean> {
  /** What each tab's current document was last considered with (URL and title), once injected. */
  const done = new Map<number, string>();
  return async (tabId, change, tab) => {
    // A document loading (a new one, a reload, or a single-page move): consider it afresh once loaded.
    if (change.status === 'loading') done.delete(tabId);
    const moved = change.status === 'complete' || (tab.status === 'complete' && (change.title !== undefined || change.url !== undefined));
    if (!moved) return false;
    const url = tab.url ?? '';
    const title = tab.title ?? '';
    const key = `${url}\n${title}`;
    if (done.get(tabId) === key) return false;
    if (!worthAHeadCheck(title, url, await deps.stories())) return false;
    const settings = await deps.settings();
    if (!checksByItself(settings, url)) return false;
    done.set(tabId, key);
    try {
      if (deps.injectMain && deps.direct && storyInTitle(title, url, deps.direct())) await deps.injectMain(tabId, settings);
      else await deps.inject(tabId);
      return true;
    } catch {
      done.delete(tabId);
      return false;
    }
  };
}

/** True when these settings have a page at `url` checked by itself: automatic checks on, its site not turned off. */
export function checksByItself(settings: Settings, url: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return false;
  }
  return settings.autoCheck && !isSiteDisabled(settings, host);
}
