import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The content script's cheap-check patterns come from the bundled stories (the build's corpus plugin); here, from assets/corpus.
  resolve: { alias: { 'crosscheck:stories': resolve(import.meta.dirname, 'tests/bundled-stories.ts') } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Builds build/corpus.json first when it is missing or stale, so any subset of the suites runs on a fresh clone.
    globalSetup: ['scripts/setup-tests.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The machines have 2 cores, and each e2e file runs real browsers: at most two files at once.
    maxWorkers: 2,
    // A failing test is never run again, on CI or anywhere (that would hide a flaky one). Tests wait for conditions, never for time.
  },
});
