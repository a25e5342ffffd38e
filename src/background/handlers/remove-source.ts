import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape, str } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';

/** Removes one of the reader's sources (and everything read from it); the bundled outlets stay. */
export const removeSource = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'remove-source'> => ({
  from: ['extension'],
  check: shape({ id: str(64) }),
  run: async (p) => {
    const removed = await corpus.removeSource(p.id);
    return { removed, sources: await corpus.sources() };
  },
});
