import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape, str, strOrNull } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';

/** Judges the page's article against the corpus; the content script only ever gets the verdicts. */
export const judgePage = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'judge-page'> => ({
  from: ['content', 'extension'],
  check: shape({ url: str(8192), title: str(4096), text: str(900_000), published: strOrNull(64), language: strOrNull(35) }),
  async run(p) {
    const judge = await corpus.judge();
    const result = judge.judgePage({ url: p.url, title: p.title, text: p.text, published: p.published ?? null, language: p.language ?? null });
    return { ...result, corpus: { outlets: judge.corpus.outlets.length, hash: judge.corpus.hash } };
  },
});
