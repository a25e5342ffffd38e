/**
 * esbuild plugin: `import corpus from 'crosscheck:corpus'` inlines the built corpus file as
 * `JSON.parse("…")`, which engines parse faster than the same data as an object literal, and
 * `bundleHash`, a sha-256 of exactly those bytes: the background refreshes its database whenever
 * it changes, even if a corpus rebuild kept the corpus's own hash.
 * `import stories from 'crosscheck:stories'` gives the content script only the cheap-check patterns
 * of the corpus's stories (a few hundred bytes), so its first test follows the stories' data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { CORPUS_SCHEMA_VERSION } from '../../src/contracts/corpus.js';
import type { StoryDescription } from '../../src/contracts/story.js';
import { cheapPatterns } from '../../src/engine/cheap.js';

export function corpusPlugin(corpusPath: string): Plugin {
  return {
    name: 'crosscheck-corpus',
    setup(build) {
      build.onResolve({ filter: /^crosscheck:corpus$/ }, () => ({ path: corpusPath, namespace: 'crosscheck-corpus' }));
      build.onResolve({ filter: /^crosscheck:stories$/ }, () => ({ path: corpusPath, namespace: 'crosscheck-stories' }));
      build.onLoad({ filter: /.*/, namespace: 'crosscheck-stories' }, () => {
        const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as { schema?: unknown; stories?: StoryDescription[] };
        if (corpus.schema !== CORPUS_SCHEMA_VERSION || !Array.isArray(corpus.stories)) throw new Error(`${corpusPath}: not a corpus of schema ${CORPUS_SCHEMA_VERSION}`);
        return { contents: `export default ${JSON.stringify(corpus.stories.map(cheapPatterns))};`, loader: 'js', watchFiles: [corpusPath] };
      });
      build.onLoad({ filter: /.*/, namespace: 'crosscheck-corpus' }, () => {
        const text = readFileSync(corpusPath, 'utf8');
        const corpus = JSON.parse(text) as { schema?: unknown; hash?: unknown };
        if (corpus.schema !== CORPUS_SCHEMA_VERSION || typeof corpus.hash !== 'string') {
          throw new Error(`${corpusPath}: not a corpus of schema ${CORPUS_SCHEMA_VERSION}`);
        }
        // Re-serialise without whitespace so the bundle carries no indentation.
        const json = JSON.stringify(corpus);
        const bundleHash = createHash('sha256').update(json).digest('hex');
        return {
          contents: `export default JSON.parse(${JSON.stringify(json)});\nexport const bundleHash = ${JSON.stringify(bundleHash)};`,
          loader: 'js',
          watchFiles: [corpusPath],
        };
      });
    },
  };
}
