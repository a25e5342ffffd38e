import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';

/** The reader's own sources, for the options page. */
export const listSources = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'list-sources'> => ({
  from: ['extension'],
  check: shape({}),
  run: async () => ({ sources: await corpus.sources() }),
});
