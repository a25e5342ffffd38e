import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape, str, strOrNull } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';
import { ownOutlet, withoutOutlet } from '../own-outlet.js';

/** Judges the page's article against the corpus; the content script only ever gets the verdicts. */
export const judgePage = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'judge-page'> => ({
  from: ['content', 'extension'],
  check: shape({ url: str(8192), title: str(4096), text: str(900_000), published: strOrNull(64), language: strOrNull(35) }),
  async run(p) {
    const judge = await corpus.judge();
    const result = judge.judgePage({ url: p.url, title: p.title, text: p.text, published: p.published ?? null, language: p.language ?? null });
    const own = ownOutlet(judge.corpus, p.url);
    const shown = own ? withoutOutlet(result, own) : result;
    return { ...shown, corpus: { outlets: shown.outlets.length, hash: judge.corpus.hash } };
  },
});
