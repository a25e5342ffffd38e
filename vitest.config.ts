import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The content script's cheap-check patterns come from the bundled stories (the build's corpus plugin); here, from assets/corpus.
  resolve: { alias: { 'crosscheck:stories': resolve(import.meta.dirname, 'tests/bundled-stories.ts') } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The machines have 2 cores, and each e2e file runs real browsers: at most two files at once.
    maxWorkers: 2,
    // Real browsers over CDP/BiDi on a loaded 2-core CI machine occasionally drop a protocol message;
    // a test that fails twice in a row still fails the run.
    retry: process.env['CI'] ? 1 : 0,
  },
});
