/**
 * Reference extensions for the page benchmark, built into a temporary folder: one whose content script is
 * empty (what Chromium charges any extension for injecting a script into every page) and one that runs only
 * the cheap check (what a content script that stops there would cost). They put Crosscheck's figure in context.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { corpusPlugin } from '../build/corpus-plugin.js';

const ROOT = resolve(import.meta.dirname, '../..');

function manifest(name: string): string {
  return JSON.stringify({
    manifest_version: 3,
    name,
    version: '0.0.1',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  });
}

/** Writes the reference extensions under `dir`; returns their folders. */
export async function buildVariants(dir: string, corpus: string = join(ROOT, 'build/corpus.json')): Promise<{ empty: string; cheapCheck: string }> {
  const empty = join(dir, 'empty');
  mkdirSync(empty, { recursive: true });
  writeFileSync(join(empty, 'manifest.json'), manifest('bench: empty content script'));
  writeFileSync(join(empty, 'content.js'), ';\n');

  const cheapCheck = join(dir, 'cheap-check');
  mkdirSync(cheapCheck, { recursive: true });
  writeFileSync(join(cheapCheck, 'manifest.json'), manifest('bench: cheap check only'));
  await esbuild.build({
    stdin: {
      contents: `import { couldBeStory } from './src/page/could-be-story.ts';\nif (window.top === window) couldBeStory(document);\n`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(cheapCheck, 'content.js'),
    plugins: [corpusPlugin(corpus)],
    logLevel: 'silent',
  });
  return { empty, cheapCheck };
}
