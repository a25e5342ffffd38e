import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';

/** The whole corpus (bundled and the reader's sources) as one export file's text; the options page downloads it. */
export const exportCorpus = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'export-corpus'> => ({
  from: ['extension'],
  check: shape({}),
  run: () => corpus.exportCorpus(),
});
