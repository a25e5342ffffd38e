import type { BackgroundMessages } from '../../contracts/messages.js';
import browser from '../../platform/browser.js';
import type { HandlerSpec } from '../../platform/messaging.js';

/** The content script's second stage: extraction, highlighting and the UI (see src/content/main.ts). */
export const MAIN_STAGE = 'content-main.js';

/** The first stage asks for the second in its own frame (the top one: it runs nowhere else). */
export const loadMain: HandlerSpec<BackgroundMessages, 'load-main'> = {
  from: ['content'],
  async run(_p, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('No tab to load into');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [MAIN_STAGE] });
    return { loaded: true };
  },
};
