/**
 * esbuild plugin: Preact's `dangerouslySetInnerHTML` is the only `innerHTML = <variable>` in our
 * bundles, which Mozilla's linter flags (UNSAFE_VAR_ASSIGNMENT) and which Crosscheck never wants:
 * it shows other sites' text and must never render it as markup. This rewrites that one
 * assignment to `textContent`, so even a mistaken use renders text. The build fails if Preact's
 * code changes shape, so the rewrite can't silently stop applying.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

const ASSIGNMENT = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

export function noInnerHtmlPlugin(): Plugin {
  return {
    name: 'crosscheck-no-inner-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, ({ path }) => {
        const source = readFileSync(path, 'utf8');
        const rewritten = source.replace(ASSIGNMENT, '$1.textContent=$2.__html');
        if (rewritten === source) throw new Error(`${path}: Preact's innerHTML assignment not found; update scripts/build/no-inner-html-plugin.ts`);
        return { contents: rewritten, loader: 'js' };
      });
    },
  };
}
