/** Loads the fixture pages (tests/fixtures/pages/<slug>/) into jsdom for the page-layer tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface Expected {
  story: boolean;
  title: string;
  text: { includes: string[]; excludes: string[] };
  highlights: string[];
  disputes: { sentence: string; reason: string[] }[];
  dynamic?: 'late' | 'spa';
  notes: string;
}

export const slugs = (): string[] => readdirSync(PAGES).filter((s) => !s.startsWith('.')).sort();
export const expected = (slug: string): Expected => JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;

/** The fixture as a jsdom window; scripts run only when asked (the late and SPA pages need them). */
export function load(slug: string, runScripts = false): JSDOM {
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  return new JSDOM(html, { url: `http://127.0.0.1:8080/${slug}/`, ...(runScripts ? { runScripts: 'dangerously' as const, pretendToBeVisual: true } : {}) });
}
