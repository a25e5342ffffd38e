import type { BackgroundMessages } from '../../contracts/messages.js';
import browser from '../../platform/browser.js';
import type { HandlerSpec } from '../../platform/messaging.js';

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
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    // Both asked for at once, each its own injection (its own task on the page: the two in one would be one long
    // task): the small head start arrives first and its request leaves before the main stage is compiled. Asked for
    // one after the other, the main stage would wait behind the judgement the head start asked for (the background
    // runs one thing at a time). Should the main stage arrive first anyway, it checks the page itself and the head
    // start does nothing.
    await Promise.all([EARLY_STAGE, MAIN_STAGE].map((file) => browser.scripting.executeScript({ target, files: [file] })));
    return { loaded: true };
  },
};
