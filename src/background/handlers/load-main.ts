import type { BackgroundMessages } from '../../contracts/messages.js';
import browser from '../../platform/browser.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { Settings } from '../../contracts/settings.js';
import { STAGES_KEY } from '../../contracts/stages.js';

/** The content script's second stage: extraction, highlighting and the UI (see src/content/main.ts). */
export const MAIN_STAGE = 'content-main.js';
/**
 * Its head start (src/content/early.ts): a few KB that extract the article and send it to be judged, so that the
 * main stage compiles and mounts its UI while the background judges rather than before it is asked.
 */
export const EARLY_STAGE = 'content-early.js';

/** The first stage asks for the second in its own frame (the top one: it runs nowhere else). */
export const loadMain: HandlerSpec<BackgroundMessages, 'load-main'> = {
  from: ['content'],
  async run(_p, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('No tab to load into');
    await injectSecondStage({ tabId, frameIds: [sender.frameId ?? 0] });
    return { loaded: true };
  },
};

/** The head start and the main stage, into `target` (see loadMain). */
async function injectSecondStage(target: { tabId: number; frameIds: number[] }): Promise<void> {
  // Both asked for at once, each its own injection (its own task on the page: the two in one would be one long
  // task): the small head start arrives first and its request leaves before the main stage is compiled. Asked for
  // one after the other, the main stage would wait behind the judgement the head start asked for (the background
  // runs one thing at a time). Should the main stage arrive first anyway, it checks the page itself and the head
  // start does nothing.
  await Promise.all([EARLY_STAGE, MAIN_STAGE].map((file) => browser.scripting.executeScript({ target, files: [file] })));
}

/**
 * The second stage straight from the background, for a tab whose title and URL already name the story (see
 * tab-watch.ts): first the stages' shared record is primed as the first stage would leave it (the page to be checked
 * at once, the settings the background just read), then the head start and the main stage. Nothing is primed where
 * a second stage already runs.
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
