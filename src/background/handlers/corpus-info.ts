import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';

/** What the corpus holds and whether it lives in IndexedDB, for the popup and options. */
export const corpusInfo = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'corpus-info'> => ({
  from: ['extension', 'content'],
  check: shape({}),
  run: () => corpus.info(),
});
