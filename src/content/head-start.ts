/**
 * The second stage's head start: the article extracted and sent to be judged before the rest of the second stage
 * (the controller, the Preact UI and its styles, most of its bytes) is even compiled. The background injects
 * content-early.js (early.ts, a few KB) just ahead of content-paint.js (paint.ts), which paints the answer the moment
 * it comes (first-paint.ts) and only then asks for content-main.js; the controller takes the result over on its first
 * check (ContentDeps.headStart), painted or not.
 */
import type { Extracted } from '../page/extract.js';
import { extractSteps, yieldToPage } from '../page/extract.js';
import type { JudgeRequest, JudgeResponse } from './controller.js';
import type { FirstPaint } from './first-paint.js';

/** Below this much article text the page is waiting for its article (or has none): nothing is sent. */
export const MIN_TEXT = 200;

export interface HeadStart {
  /** The page's address when it was extracted (a single-page navigation since makes it someone else's). */
  href: string;
  page: Extracted;
  /** The background's answer, asked for at once; null when the article was too short to ask. */
  asked: Promise<JudgeResponse> | null;
  /** The answer already painted by the paint stage (content-paint.js, first-paint.ts), for the main stage to take over. */
  painted?: FirstPaint;
}

/** What the background is asked to judge for an extracted page. */
export function judgeRequest(doc: Document, page: Extracted): JudgeRequest {
  return { url: doc.location.href, title: page.title || doc.title, text: page.text, published: page.published, language: page.language };
}

/**
 * Extracts the article and asks for its judgement. The first slice runs synchronously, up to `firstSliceMs`, so that
 * on an ordinary article the request has left before this function returns (and before the next script of the same
 * injection is compiled); a long page goes on in slices of `sliceMs` (no main-thread task over 50 ms).
 */
export function headStart(
  doc: Document,
  judge: (req: JudgeRequest) => Promise<JudgeResponse>,
  { firstSliceMs = 20, sliceMs = 10, pause = yieldToPage }: { firstSliceMs?: number; sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<HeadStart> {
  const href = doc.location.href;
  const steps = extractSteps(doc);
  const ask = (page: Extracted): HeadStart => {
    const asked = page.text.length >= MIN_TEXT ? judge(judgeRequest(doc, page)) : null;
    // Its failure is read by whoever takes the head start over: not an unhandled rejection meanwhile.
    asked?.catch(() => undefined);
    return { href, page, asked };
  };
  let start = performance.now();
  let r = steps.next();
  while (!r.done && performance.now() - start < firstSliceMs) r = steps.next();
  if (r.done) return Promise.resolve(ask(r.value));
  return (async () => {
    for (;;) {
      await pause();
      start = performance.now();
      do r = steps.next();
      while (!r.done && performance.now() - start < sliceMs);
      if (r.done) return ask(r.value);
    }
  })();
}
