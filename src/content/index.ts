/**
 * The content script's first stage (content.js). No manifest entry puts it on pages: the background injects it into a
 * tab whose title or URL names a story's actor or object (src/background/tab-watch.ts), and the popup or the shortcut
 * where the reader asks (platform/messaging.ts sendToTab). It runs the head-level cheap check (title, og: and JSON-LD
 * headline, description, h1, URL) and nothing heavier. When the page passes it, or when the reader asks, it has the
 * background inject the second stage (main.ts) and steps aside. It re-checks when a single-page site changes the URL
 * or the head, and answers the popup's get-status until then. Injected again into a page where it already runs, it
 * leaves the copy that runs alone.
 */
import type { TabStatus } from '../contracts/messages.js';
import { isSiteDisabled, SETTINGS_DEFAULTS, type Settings } from '../contracts/settings.js';
import { couldBeStory, setReaderCheap } from '../page/could-be-story.js';
import { pageHeadline } from '../page/cheap-check.js';
import { liveCounts } from '../page/ledger.js';
import { watchPage } from '../page/watch.js';
import { contextAlive } from '../platform/browser.js';
import { addTargetShape } from '../platform/check.js';
import { getReaderCheap, onReaderCheapChanged } from '../platform/reader-cheap.js';
import { handle, send, type ContentMessages, type HandlerSpec } from '../platform/messaging.js';
import { getSettings, onSettingsChanged } from '../platform/settings.js';
import { stages, type MainStage } from './stages.js';

const shared = stages();
// The head start the background's automatic check brought in just ahead of this stage, if any (content-early.js,
// src/platform/inject.ts): taken now, and used by the first check or never.
let rideAlong = shared.startEarly;
delete shared.startEarly;
// Only the top frame: the story is the page, not an embedded widget (all_frames is off, but be sure).
if (window.top === window && /^https?:$/.test(location.protocol) && !shared.main?.alive() && !shared.first?.alive()) {
  const ac = new AbortController();
  let settings: Settings | null = null;
  let loading: Promise<MainStage> | null = null;
  let passed = false;
  let error: string | null = null;

  /** Not an error: the background read the settings with the request and they say not to check this page now. */
  const OFF = {};
  let mainStarted: (main: MainStage) => void = () => undefined;
  const started = new Promise<MainStage>((ok) => (mainStarted = ok));
  /**
   * The second stage, injected once: `check` when the page passed the cheap check (the head start and the paint stage
   * come first, and the main stage once the answer is painted), false when the reader asked (the main stage at once).
   */
  const load = (check: boolean): Promise<MainStage> => {
    // The reader asking while a check the settings may refuse is on its way: brought in anyway once refused.
    if (loading) return check ? loading : loading.catch((e: unknown) => (e === OFF ? load(false) : Promise.reject(e)));
    const p = (async () => {
      passed = check;
      shared.checkAtStart = check;
      const early = check ? rideAlong : undefined;
      rideAlong = undefined;
      let r: { loaded: boolean; settings?: Settings };
      if (early) {
        // The paint stage asked for first: the background takes messages in order, and the article's judgement
        // (sent by the head start, now, in this task) would hold the injection up behind it.
        const asked = send('load-main', { paint: true });
        try {
          early();
        } catch {
          // Nothing to take over: the main stage extracts the page itself.
        }
        r = await asked;
      } else r = await send('load-main', check ? {} : { main: true });
      if (r.settings) follow(r.settings);
      if (!r.loaded) throw OFF;
      const main = shared.main ?? (check ? await started : undefined);
      if (!main) throw new Error('The second stage did not start');
      return main;
    })();
    loading = p;
    p.catch((e: unknown) => {
      if (loading === p) loading = null;
      if (e === OFF) {
        passed = false;
        delete shared.checkAtStart;
        return;
      }
      error = e instanceof Error ? e.message : String(e);
      // The extension was reloaded or removed under this page: this copy can never be answered again.
      if (/context invalidated/i.test(error)) stop();
    });
    return p;
  };

  // The settings are read (and then followed) only once they matter: when the popup asks, or handed back by the
  // background with the second stage (it reads them when the page passes the cheap check: one read, on its side). A
  // page that isn't the story never touches them: its cost stays near an empty script's.
  let reading: Promise<void> | null = null;
  let unlistenSettings: (() => void) | null = null;
  const follow = (s: Settings): void => {
    settings = shared.settings = s;
    unlistenSettings ??= onSettingsChanged((next) => {
      settings = shared.settings = next;
      consider();
    });
  };
  const ready = (): Promise<void> =>
    (reading ??= settings
      ? Promise.resolve()
      : getSettings().then(follow, () => follow({ ...SETTINGS_DEFAULTS, disabledSites: [] })));

  const consider = (): void => {
    if (loading || !couldBeStory(document)) return;
    // Asked at once: the background reads the settings with the request. Once they are known here, they decide.
    if (settings && (!settings.autoCheck || isSiteDisabled(settings, location.hostname))) return;
    void load(true).catch(() => undefined);
  };
  // The first check before anything else this stage sets up (the storage read, the listeners, the page watch): where
  // the head passes, the head start extracts and sends the article in this task. Only that first check may start the
  // head start: the settings the background read for it are not for later ones.
  consider();
  rideAlong = undefined;

  // The reader's own stories' first tests come from storage.local (the background keeps them there): the one read
  // every page pays, and only a reader who started stories has anything in it; the page is considered again once it
  // is in, when there are patterns to try.
  const cheapRead = getReaderCheap().then(
    (patterns) => {
      setReaderCheap(patterns);
      return patterns.length > 0;
    },
    () => false,
  );

  const status = async (): Promise<TabStatus> => {
    await Promise.all([ready(), cheapRead]);
    const site = location.hostname;
    const enabled = !isSiteDisabled(settings!, site);
    const on = settings!.autoCheck && enabled;
    return {
      site,
      enabled,
      autoCheck: settings!.autoCheck,
      // A check asked for before the settings were known, which they refuse (the background says so), is no check.
      state: error ? 'error' : loading && passed && on ? 'checking' : 'idle',
      story: null,
      headline: pageHeadline(document),
      claims: 0,
      outlets: 0,
      sidebarOpen: false,
      error,
      live: liveCounts(),
    };
  };

  /** What the second stage does: brought in first, then handed the message as it arrived. */
  const forward = <K extends keyof ContentMessages>(type: K): HandlerSpec<ContentMessages, K> => ({
    from: ['extension'],
    run: async (payload, sender) => (await load(false)).handlers[type]!.run(payload, sender),
  });

  const unhandle = handle<ContentMessages>({
    'get-status': { from: ['extension'], run: status },
    'check-page': forward('check-page'),
    'open-sidebar': forward('open-sidebar'),
    'toggle-sidebar': forward('toggle-sidebar'),
    'add-source': { ...forward('add-source'), check: addTargetShape() },
  });
  const unlistenCheap = onReaderCheapChanged((patterns) => {
    setReaderCheap(patterns);
    consider();
  });
  function stop(): void {
    ac.abort();
    unhandle();
    unlistenSettings?.();
    unlistenCheap();
    // What the second stage may take over: only settings this stage still follows.
    delete shared.settings;
  }
  shared.first = { alive: () => !ac.signal.aborted && contextAlive() };
  // The second stage calls this as it starts: from then on it watches the page and answers messages.
  shared.onMain = () => {
    stop();
    if (shared.main) mainStarted(shared.main);
  };
  watchPage(document, { signal: ac.signal, onSettled: consider });
  void cheapRead.then((any) => any && consider());
}
