import type { BackgroundMessages } from '../../contracts/messages.js';
import { bool, count, shape } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import { setBadge } from '../badge.js';

/** The content script reports what its tab shows; the badge follows. */
export const pageStatus: HandlerSpec<BackgroundMessages, 'page-status'> = {
  from: ['content'],
  check: shape({ story: bool, claims: count }),
  async run(p, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return { badge: '' };
    return { badge: await setBadge(tabId, p.story, p.claims) };
  },
};
