import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';
import { storiesOf } from '../stories.js';

/** The stories the corpus holds, each with its bundled and its reader's sources, for the options page. */
export const listStories = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'list-stories'> => ({
  from: ['extension'],
  check: shape({}),
  run: async () => {
    // Both from the one state: sources() waits for any change queued before it, and judge() then returns its result.
    const sources = await corpus.sources();
    const judge = await corpus.judge();
    return { stories: storiesOf(judge.corpus, sources) };
  },
});
