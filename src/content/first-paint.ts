/**
 * The first paint of a story page (content-paint.js, paint.ts): the head start's answer painted as soon as it comes,
 * before the main stage (the controller, the Preact UI and its styles, most of the content script's bytes) is even
 * compiled. While the background judges, the ::highlight rules are adopted (their restyle falls in the wait); when
 * the answer says the page is the story, the claims are anchored through the extraction's offset map, painted with
 * the CSS Custom Highlight API in one pass, and the one <crosscheck-root> goes on the page with their count; the
 * badge is asked for at once. The main stage then takes all of it over (the ranges, the sheet, the host) and builds
 * the sidebar's view and the launcher into it. Where the Highlight API is missing, nothing is painted here: the main
 * stage paints its overlay as it always has.
 */
import { anchorQuotes } from '../page/anchor.js';
import { adoptHighlightSheet, highlightApiAvailable, isDarkPage, putHighlights, type HighlightSheet } from '../page/highlight.js';
import { claimMix } from '../ui/shared/view.js';
import type { JudgeResponse } from './controller.js';
import type { HeadStart } from './head-start.js';
import { protectHost } from './host.js';

/** What the first paint left on the page for the main stage to take over. */
export interface FirstPaint {
  /** The answer that was painted. */
  res: JudgeResponse;
  /** Each claim's live range (null where it could not be anchored), by claim index. */
  ranges: (Range | null)[];
  /** The <crosscheck-root> on the page, its shadow root open and empty, with data-story and data-claims set. */
  host: HTMLElement;
  /** The ::highlight rules, adopted. */
  sheet: HighlightSheet;
  /** How many claims were painted (data-claims), as the badge was told. */
  shown: number;
}

export interface FirstPaintDeps {
  /** Tells the background what the tab shows (the badge): 'page-status'. */
  pageStatus(story: boolean, claims: number): Promise<unknown>;
  /** Hands the main thread back to the page for a moment. */
  pause(): Promise<void>;
  /** False once someone else owns the page (the main stage started checking it afresh): nothing is painted then. */
  mayPaint?(): boolean;
}

/**
 * Paints the head start's answer. Resolves to the head start with `painted` set when the page is the story and the
 * claims went on the page, or as it was otherwise (not the story, no answer, no Highlight API, the page moved on):
 * the main stage then does what it always did with it.
 */
export async function firstPaint(doc: Document, early: Promise<HeadStart>, deps: FirstPaintDeps): Promise<HeadStart> {
  const head = await early;
  if (!head.asked || !highlightApiAvailable(doc)) return head;
  // The restyle the rules cause (every element of the page) in a task of its own, while the background judges.
  await deps.pause();
  if (head.href !== doc.location.href) return head;
  const sheet = adoptHighlightSheet(doc, isDarkPage(head.page.root ?? doc.body))!;
  // The host made off the page meanwhile too: the answer's task only fills it in and puts it on.
  const host = doc.createElement('crosscheck-root');
  host.attachShadow({ mode: 'open' });
  protectHost(host);
  let res: JudgeResponse;
  try {
    res = await head.asked;
  } catch {
    sheet.remove();
    return head;
  }
  if (!res.story?.detected || head.href !== doc.location.href || deps.mayPaint?.() === false) {
    sheet.remove();
    return head;
  }
  const ranges = anchorQuotes(head.page, res.claims.map((c) => ({ text: c.text, start: c.start, end: c.end })));
  const shown = ranges.flatMap((r, i) => (r ? [i] : []));
  putHighlights(doc, shown.map((i) => ({ range: ranges[i]!, tone: claimMix(res.claims[i]!.stances) })));
  host.dataset['story'] = 'yes';
  host.dataset['highlights'] = 'api';
  host.dataset['claims'] = String(shown.length);
  doc.documentElement.append(host);
  // The badge while the frame paints.
  deps.pageStatus(true, shown.length).catch(() => undefined);
  return { ...head, painted: { res, ranges, host, sheet, shown: shown.length } };
}

/**
 * Resolves once the frame after now has been drawn (a task after the next animation frame), so that what comes next
 * (compiling the main stage) does not hold that frame back; at once in a hidden tab, which draws no frames.
 */
export function afterNextFrame(doc: Document, pause: () => Promise<void>): Promise<void> {
  const win = doc.defaultView;
  if (!win?.requestAnimationFrame || doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    // A tab hidden meanwhile draws nothing: it goes on after a moment anyway.
    const timer = setTimeout(resolve, 250);
    win.requestAnimationFrame(() => {
      void pause().then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
