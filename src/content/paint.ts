/**
 * The paint stage (content-paint.js): injected by the background beside the head start (content-early.js) where the
 * page is to be checked at once. It paints the head start's answer as soon as it comes (first-paint.ts), and only
 * then, once that frame is drawn, asks for the main stage (content-main.js), which takes over what it painted and
 * builds the sidebar and the launcher: the main stage's compile and the UI's build come after the highlights instead
 * of holding up the answer. Whatever happens (nothing to paint, not the story, no answer, an error), it asks for the
 * main stage once, unless one already runs.
 */
import { send } from '../platform/messaging.js';
import type { HeadStart } from './head-start.js';
import { afterNextFrame, firstPaint } from './first-paint.js';
import { stages } from './stages.js';
import { yieldToPage as pause } from '../page/yield.js';

const shared = stages();
if (window.top === window && !shared.painting) {
  shared.painting = true;
  const early = shared.early;
  const painted: Promise<HeadStart> | null = early
    ? firstPaint(document, early, {
        pageStatus: (story, claims) => send('page-status', { story, claims }),
        pause,
        // The main stage started meanwhile (the reader asked) and checks the page itself: it is not painted twice.
        mayPaint: (): boolean => shared.early === painted,
      })
    : null;
  if (painted) {
    // The main stage takes the painted answer over where it would have taken the head start.
    shared.early = painted;
    painted.catch(() => undefined);
  }
  void (async () => {
    try {
      const head = painted && (await painted);
      if (head?.painted) {
        shared.host = head.painted.host;
        await afterNextFrame(document, pause);
      }
    } catch {
      // Nothing painted: the main stage checks the page itself.
    }
    if (!shared.main?.alive()) await send('load-main', { main: true });
  })().catch(() => undefined);
}
