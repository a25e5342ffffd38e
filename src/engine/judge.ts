import type { Corpus, JudgedClaim, PageInput, PageJudgement, StoryVerdict } from '../contracts/index.js';
import { detectStory } from './story.js';
import { splitSentences } from './sentences.js';

/** Judges pages and claims against one corpus. Build once per corpus, reuse for every page. */
export interface Judge {
  readonly corpus: Corpus;
  /** Judges each sentence against every outlet, in order, without story detection. */
  judgeClaims(texts: readonly string[]): JudgedClaim[];
  /** Detects the story, then judges the page's sentences that speak to a point. */
  judgePage(page: PageInput): PageJudgement;
  detectStory(page: PageInput): StoryVerdict;
}

/** STUB: to be replaced by the real matcher and stance. */
export function createJudge(corpus: Corpus): Judge {
  const outlets = corpus.outlets.map((o) => ({ id: o.id, name: o.name, file: o.file, url: o.url, published: o.published }));
  const judgeClaims = (texts: readonly string[]): JudgedClaim[] =>
    texts.map((text) => ({
      text,
      points: [],
      stances: corpus.outlets.map((o) => ({ outlet: o.id, file: o.file, stance: 'omit' as const, evidence: null, reason: null, reasonData: null })),
    }));
  return {
    corpus,
    judgeClaims,
    detectStory,
    judgePage(page) {
      const story = detectStory(page);
      if (!story.detected) return { story, outlets, claims: [], omitted: [] };
      const sentences = splitSentences(page.text);
      const claims = judgeClaims(sentences.map((s) => s.text)).map((c, i) => ({ ...c, start: sentences[i]!.start, end: sentences[i]!.end }));
      return { story, outlets, claims, omitted: [] };
    },
  };
}
