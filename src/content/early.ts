/**
 * The second stage's head start (content-early.js): injected by the background just ahead of content-main.js, in the
 * same injection. When the first stage loaded the second because the page passed the cheap check (with the site on
 * and automatic checks on), it extracts the article and sends it to be judged at once, and leaves that for the main
 * stage's controller to take over (see head-start.ts). Anything else (the reader asked, the second stage already
 * running, a frame) and it does nothing: the controller checks the page as it always has.
 */
import { isSiteDisabled } from '../contracts/settings.js';
import { uiLocale } from '../platform/i18n.js';
import { send } from '../platform/messaging.js';
import { yieldToPage } from '../page/extract.js';
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
  // Then, in a task of its own while the background judges, the first read of the UI's messages (the browser loads
  // them on that first read: milliseconds the highlights' task would pay otherwise).
  void yieldToPage().then(() => uiLocale()).catch(() => undefined);
}
