/**
 * Bundles code for the benchmark with esbuild, as the extension's build does: the engine for Node (so that it runs
 * as shipped, not through tsx, whose name-keeping helpers wrap every closure and slow the hot loops), and the
 * IndexedDB page script for Chromium.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = import.meta.dirname;

export type Engine = typeof import('./engine-entry.js');

/** Bundles scripts/bench/engine-entry.ts into `dir` and imports it. Identifiers are kept so that profiles name functions. */
export async function loadEngine(dir: string): Promise<Engine> {
  const outfile = join(dir, 'engine.mjs');
  await esbuild.build({
    entryPoints: [join(HERE, 'engine-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    outfile,
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(resolve(outfile)).href)) as Engine;
}

/** Bundles the IndexedDB page script (idb-page.ts) for Chromium; returns its code. */
export async function idbPageScript(): Promise<string> {
  const r = await esbuild.build({
    entryPoints: [join(HERE, 'idb-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}
