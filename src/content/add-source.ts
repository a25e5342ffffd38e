/**
 * "Add this article as a source": reads the page's article and its publisher's metadata into the background's
 * request, and, from the sidebar's button, shows the outcome under the button.
 */
import type { AddTarget } from '../contracts/messages.js';
import type { AddSourceResult, SourceRequest } from '../contracts/sources.js';
import { extractArticleSliced } from '../page/extract.js';
import { readSourceMeta } from '../page/source-meta.js';
import { t } from '../platform/i18n.js';
import { addErrorText, addResultText } from '../ui/shared/add-result.js';
import type { UiState } from '../ui/shared/store.js';

export type AddSource = (req: SourceRequest & AddTarget) => Promise<AddSourceResult>;

/** The page's article as a source request, handed to `add` (the background's 'add-source'). */
export async function addPageAsSource(doc: Document, add: AddSource, target: AddTarget): Promise<AddSourceResult> {
  const page = await extractArticleSliced(doc);
  const meta = readSourceMeta(doc);
  return add({
    url: doc.location.href,
    title: page.title || doc.title,
    text: page.text,
    siteName: meta.siteName,
    published: meta.published ?? page.published,
    language: page.language,
    confirmed: target.confirmed,
    story: target.story ?? null,
    newStory: target.newStory ?? null,
  });
}

/** True when the corpus changed, so the page is judged again. */
export const corpusChanged = (r: AddSourceResult): boolean => r.status === 'added' || r.status === 'merged';

/** The sidebar's button: working…, then the outcome (or the question for a page that isn't the story) under it. */
export function addFromUi(show: (adding: NonNullable<UiState['adding']>) => void, add: () => Promise<AddSourceResult>): void {
  show({ state: 'busy', text: t('addWorking') });
  add().then(
    (r) => show({ state: r.status === 'not-story' ? 'confirm' : 'done', text: addResultText(r) }),
    (e: unknown) => show({ state: 'error', text: addErrorText(e) }),
  );
}
