import type { BackgroundMessages } from '../../contracts/messages.js';
import browser from '../../platform/browser.js';
import { shape } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { Settings } from '../../contracts/settings.js';
import { checksByItself } from '../tab-watch.js';
import { getSettings } from '../../platform/settings.js';
import { STAGES_KEY } from '../../contracts/stages.js';

/** The content script's second stage: extraction, highlighting and the UI (see src/content/main.ts). */
export const MAIN_STAGE = 'content-main.js';
/**
 * Its head start (src/content/early.ts): a few KB that extract the article and send it to be judged at once.
 */
export const EARLY_STAGE = 'content-early.js';
/**
 * The paint stage (src/content/paint.ts): a few KB that paint the head start's answer the moment it comes, then ask
 * for the main stage (load-main with `main: true`), which takes it over and builds the UI after the highlights.
 */
export const PAINT_STAGE = 'content-paint.js';

/**
 * The first stage asks for the second in its own frame (the top one: it runs nowhere else); the paint stage, for the
 * main stage. Where the page passed the head check (`{}`), the first stage asks at once, without reading the settings
 * first (a storage round trip on the page's side, then the check run again): they are read here, where the request
 * waits for the injection anyway, and handed back with the answer for the first stage to follow.
 */
export const loadMain: HandlerSpec<BackgroundMessages, 'load-main'> = {
  from: ['content'],
  check: shape({ main: (v) => v === undefined || typeof v === 'boolean', paint: (v) => v === undefined || typeof v === 'boolean' }),
  async run(p, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('No tab to load into');
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    if (p.main) {
      await inject(target, [MAIN_STAGE]);
      return { loaded: true };
    }
    if (p.paint) {
      // The head start came in with the first stage, which the background injected because these settings said to
      // check the page: the paint stage is asked for before anything else (the page's judgement follows this message),
      // the settings read meanwhile for the first stage to follow.
      const [settings] = await Promise.all([getSettings(), inject(target, [PAINT_STAGE])]);
      return { loaded: true, settings };
    }
    const settings = await getSettings();
    if (!checksByItself(settings, sender.url ?? sender.tab?.url)) return { loaded: false, settings };
    await injectSecondStage(target);
    return { loaded: true, settings };
  },
};

async function inject(target: { tabId: number; frameIds: number[] }, files: readonly string[]): Promise<void> {
  // Each its own injection (its own task on the page: two in one would be one long task), all asked for at once.
  await Promise.all(files.map((file) => browser.scripting.executeScript({ target, files: [file] })));
}

/**
 * The head start and the paint stage, into `target` (see loadMain), for a page to be checked at once: the small head
 * start arrives first and its request leaves at once; the paint stage paints the answer and only then asks for the
 * main stage, whose compile and UI would otherwise hold the answer up on the page's main thread (or, asked for after
 * the head start here, wait behind the judgement itself: the background runs one thing at a time).
 */
async function injectSecondStage(target: { tabId: number; frameIds: number[] }): Promise<void> {
  await inject(target, [EARLY_STAGE, PAINT_STAGE]);
}

/**
 * The second stage straight from the background, for a tab whose title and URL already name the story (see
 * tab-watch.ts): first the stages' shared record is primed as the first stage would leave it (the page to be checked
 * at once, the settings the background just read), then the head start and the paint stage (which bring the main
 * stage in after the first paint). Nothing is primed where a second stage already runs.
 */
export async function injectMainStage(tabId: number, settings: Settings): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, func: primeStages, args: [STAGES_KEY, settings] });
  await injectSecondStage(target);
}

/** Runs in the page's isolated world (serialised: it may use nothing from outside itself). */
function primeStages(key: string, settings: Settings): void {
  const g = globalThis as unknown as Record<string, { main?: { alive(): boolean }; checkAtStart?: boolean; settings?: Settings } | undefined>;
  const shared = (g[key] ??= {});
  if (shared.main?.alive()) return;
  shared.checkAtStart = true;
  shared.settings = settings;
}
