/**
 * Content script entry, on every http(s) page at document_idle. It runs the cheap check at once and does nothing
 * more on pages that can't be the story; the popup and the keyboard shortcut reach it through ContentMessages.
 */
import { bool, shape } from '../platform/check.js';
import { handle, send, type ContentMessages } from '../platform/messaging.js';
import { getSettings, onSettingsChanged } from '../platform/settings.js';
import { Controller } from './controller.js';

// Only the top frame: the story is the page, not an embedded widget (all_frames is off, but be sure).
if (window.top === window) {
  const controller = new Controller({
    doc: document,
    judge: (req) => send('judge-page', req),
    pageStatus: (story, claims) => send('page-status', { story, claims }),
    addSource: (req) => send('add-source', req),
    getSettings,
    onSettingsChanged,
  });
  const unhandle = handle<ContentMessages>({
    'get-status': { from: ['extension'], run: () => controller.getStatus() },
    'check-page': { from: ['extension'], run: () => controller.checkNow() },
    'open-sidebar': { from: ['extension'], run: async () => ({ opened: await controller.openSidebar() }) },
    'toggle-sidebar': { from: ['extension'], run: async () => ({ open: await controller.toggleSidebar() }) },
    'add-source': { from: ['extension'], check: shape({ confirmed: bool }), run: (p) => controller.addSource(p.confirmed === true) },
  });
  controller.signal.addEventListener('abort', unhandle, { once: true });
  controller.start();
}
