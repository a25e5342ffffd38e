/** The stories a corpus holds, each with its sources (bundled and the reader's), for the options page. */
import type { Corpus } from '../contracts/corpus.js';
import type { StoryInfo } from '../contracts/messages.js';
import type { SourceInfo } from '../contracts/sources.js';
import { isReaderStory } from './reader-stories.js';

/**
 * Every story of `corpus`, in its order, with its bundled outlets and the reader's `sources` that report it (each
 * outlet names its story). A reader's source whose story the corpus doesn't hold (it shouldn't happen: a source
 * joins a story when added) is listed under the first story rather than hidden, so it can still be removed.
 */
export function storiesOf(corpus: Corpus, sources: readonly SourceInfo[]): StoryInfo[] {
  const ids = new Set(corpus.stories.map((s) => s.id));
  const storyOf = new Map(corpus.outlets.map((o) => [o.id, ids.has(o.story) ? o.story : corpus.stories[0]?.id ?? '']));
  return corpus.stories.map((d) => ({
    id: d.id,
    name: d.name,
    mine: isReaderStory(d.id),
    bundled: corpus.outlets
      .filter((o) => o.origin !== 'user' && storyOf.get(o.id) === d.id)
      .map((o) => ({ id: o.id, name: o.name, url: o.url, published: o.published })),
    sources: sources.filter((s) => (storyOf.get(s.id) ?? corpus.stories[0]?.id) === d.id),
  }));
}
