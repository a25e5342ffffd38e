/**
 * The second stage's head start (content-early.js): injected by the background just ahead of the paint stage
 * (content-paint.js), each in its own injection, or, for the background's automatic check, just ahead of the first
 * stage in the same injection (src/platform/inject.ts). When the first stage loaded the second because the page passed
 * the cheap check (with the site on and automatic checks on), or the background brought it in for a tab whose title
 * names the story, it extracts the article and sends it to be judged at once, and leaves that for the paint stage to
 * paint and the main stage's controller to take over (see head-start.ts, first-paint.ts). Ahead of the first stage, it
 * leaves the first stage a way to start it (`startEarly`), called in the same task where the head passes. Anything else
 * (the reader asked, the second stage already running, a frame) and it does nothing: the controller checks the page
 * as it always has.
 */
import { isSiteDisabled } from '../contracts/settings.js';
import { send } from '../platform/messaging.js';
import { headStart } from './head-start.js';
import { stages } from './stages.js';

const shared = stages();
const settings = shared.settings;
const start = (): void => {
  shared.early = headStart(document, (req) => send('judge-page', req));
  // Nothing to take over when it fails: the controller extracts again.
  shared.early.catch(() => undefined);
};
if (window.top === window && !shared.main?.alive() && !shared.early) {
  if (
    shared.checkAtStart === true &&
    // The background injects this only where the settings it read say to check the page at once (load-main,
    // injectMainStage); the first stage's copy, where it has one, still decides.
    (!settings || (settings.autoCheck && !isSiteDisabled(settings, location.hostname)))
  ) {
    start();
  } else if (!shared.first?.alive()) {
    // Ahead of the first stage (the background's automatic check): it starts this where the head passes, as its first
    // act, in the injection's own task: a task of its own would leave the article waiting behind a yield and the rest
    // of the first stage's setup. The first slice gets what is left of about 18 ms since this script started, so that
    // the compile, the head check, the slice and the first stage's setup after it stay one short task on a long page.
    const injected = performance.now();
    let used = false;
    shared.startEarly = (): void => {
      if (used) return;
      used = true;
      const firstSliceMs = Math.max(6, 18 - (performance.now() - injected));
      shared.early = headStart(document, (req) => send('judge-page', req), { firstSliceMs });
      shared.early.catch(() => undefined);
    };
  }
}
