import type { BackgroundMessages } from '../../contracts/messages.js';
import { shape, str } from '../../platform/check.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';
import { storiesOf } from '../stories.js';

/** Removes a story the reader started, with every source of it (the options page asked the reader first). */
export const removeStory = (corpus: CorpusService): HandlerSpec<BackgroundMessages, 'remove-story'> => ({
  from: ['extension'],
  check: shape({ id: str(200) }),
  run: async ({ id }) => {
    const removed = (await corpus.removeStory(id)) ?? 0;
    const sources = await corpus.sources();
    const judge = await corpus.judge();
    return { removed, stories: storiesOf(judge.corpus, sources) };
  },
});
