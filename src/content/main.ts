/**
 * The content script's second stage (content-main.js): extraction, highlighting and the UI. The background injects it
 * with scripting.executeScript where the reader asked (popup, shortcut), or, where the page is checked at once (its
 * first stage passed the cheap check, or its title names a bundled story: background/tab-watch.ts), when the paint
 * stage (paint.ts) asks for it, once the head start's answer is painted; it takes that over and builds the UI.
 * Injected twice (two asks at once), the second copy does nothing.
 */
import { addTargetShape } from '../platform/check.js';
import { handle, send, type ContentMessages, type Handlers } from '../platform/messaging.js';
import { getSettings, onSettingsChanged } from '../platform/settings.js';
import { Controller } from './controller.js';
import { stages } from './stages.js';

const shared = stages();
// Only the top frame: the story is the page, not an embedded widget.
if (window.top === window && !shared.main?.alive()) {
  // The first stage's settings, taken before it steps aside (it stops following them then); read afresh without.
  let handed = shared.settings;
  const controller = new Controller({
    doc: document,
    judge: (req) => send('judge-page', req),
    pageStatus: (story, claims) => send('page-status', { story, claims }),
    addSource: (req) => send('add-source', req),
    getSettings: () => {
      const s = handed;
      handed = undefined;
      return s ? Promise.resolve(s) : getSettings();
    },
    onSettingsChanged,
    // content-early.js, injected just before this, may have sent the article to be judged already.
    headStart: () => {
      const early = shared.early;
      delete shared.early;
      return early;
    },
    // content-paint.js may have painted the head start's answer already: its <crosscheck-root> is this stage's.
    paintedHost: () => shared.host,
  });
  const handlers: Handlers<ContentMessages> = {
    'get-status': { from: ['extension'], run: () => controller.getStatus() },
    'check-page': { from: ['extension'], run: () => controller.checkNow() },
    'open-sidebar': { from: ['extension'], run: async () => ({ opened: await controller.openSidebar() }) },
    'toggle-sidebar': { from: ['extension'], run: async () => ({ open: await controller.toggleSidebar() }) },
    'add-source': { from: ['extension'], check: addTargetShape(), run: (p) => controller.addSource({ confirmed: p.confirmed === true, story: p.story ?? null, newStory: p.newStory ?? null }) },
  };
  const main = { handlers, alive: () => !controller.signal.aborted };
  shared.main = main;
  // The first stage stops listening before this one starts to, so no message gets two answers.
  shared.onMain?.();
  const unhandle = handle<ContentMessages>(handlers);
  controller.signal.addEventListener('abort', () => {
    unhandle();
    if (shared.main === main) delete shared.main;
  }, { once: true });
  // Started here, not by the first stage after the injection resolves: no moment where this stage answers "not checked".
  controller.start(shared.checkAtStart ?? true);
}
