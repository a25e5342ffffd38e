/**
 * The second stage's head start (content-early.js): injected by the background just ahead of the paint stage
 * (content-paint.js), each in its own injection. When the first stage loaded the second because the page passed the
 * cheap check (with the site on and automatic checks on), or the background brought it in for a tab whose title names
 * the story, it extracts the article and sends it to be judged at once, and leaves that for the paint stage to paint
 * and the main stage's controller to take over (see head-start.ts, first-paint.ts). Anything else (the reader asked,
 * the second stage already running, a frame) and it does nothing: the controller checks the page as it always has.
 */
import { isSiteDisabled } from '../contracts/settings.js';
import { send } from '../platform/messaging.js';
import { headStart } from './head-start.js';
import { stages } from './stages.js';

const shared = stages();
const settings = shared.settings;
if (
  window.top === window &&
  !shared.main?.alive() &&
  !shared.early &&
  shared.checkAtStart === true &&
  settings?.autoCheck === true &&
  !isSiteDisabled(settings, location.hostname)
) {
  shared.early = headStart(document, (req) => send('judge-page', req));
  // Nothing to take over when it fails: the controller extracts again.
  shared.early.catch(() => undefined);
}
