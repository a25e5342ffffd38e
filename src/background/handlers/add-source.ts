import type { BackgroundMessages } from '../../contracts/messages.js';
import { bool, shape, str, strOrNull } from '../../platform/check.js';
import { t } from '../../platform/i18n.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';

/** Reads the page's article with the engine and keeps it as the reader's own source; every later comparison includes it. */
export const addSource = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'add-source'> => ({
  from: ['content'],
  check: shape({ url: str(8192), title: str(4096), text: str(900_000), siteName: strOrNull(500), published: strOrNull(64), language: strOrNull(35), confirmed: bool, story: strOrNull(200), newStory: strOrNull(200) }),
  run: (p) => {
    if (!/^https?:\/\//.test(p.url)) throw new Error(t('addNotWeb'));
    if (!p.text.trim()) throw new Error(t('addNoText'));
    return corpus.addSource(p, p.confirmed, { story: p.story ?? null, newStory: p.newStory ?? null });
  },
});
