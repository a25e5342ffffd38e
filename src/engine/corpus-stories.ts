/** A corpus of several stories, seen one story at a time. */
import type { Corpus } from '../contracts/index.js';

/** The part of a corpus that is one story's: its description, outlets, articles, sentences, claims and points. */
export function storyCorpus(corpus: Corpus, id: string): Corpus {
  const story = corpus.stories.find((d) => d.id === id);
  if (!story) throw new Error(`The corpus holds no story ${JSON.stringify(id)}`);
  if (corpus.stories.length === 1) return corpus;
  const own = new Set(corpus.outlets.filter((o) => o.story === id).map((o) => o.id));
  const claims = corpus.claims.filter((c) => own.has(c.outlet));
  const ids = new Set(claims.map((c) => c.id));
  return {
    ...corpus,
    stories: [story],
    outlets: corpus.outlets.filter((o) => own.has(o.id)),
    articles: corpus.articles.filter((a) => own.has(a.outlet)),
    sentences: corpus.sentences.filter((s) => own.has(s.outlet)),
    claims,
    points: corpus.points.filter((p) => ids.has(p.claim)),
  };
}
