/**
 * The real pages of ../shared/dev-pages/, read from the git-ignored cache (.cache/dev-pages/<id>/variant-N.txt).
 * Their texts are other people's words: they stay in the cache and never enter a commit. Eval scripts only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageInput } from '../../src/contracts/index.js';
import { foldPlain } from '../../src/engine/text.js';
import { sha256 } from '../../src/engine/sha256.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_DEV = resolve(ROOT, '../shared/dev-pages');
export const CACHE = resolve(ROOT, '.cache/dev-pages');

export interface DevRow {
  id: string;
  url: string;
  lang: 'en' | 'es' | 'pt';
  label: 'positive' | 'near-miss';
  why: string;
}

export interface DevPage extends DevRow {
  page: PageInput;
  /** sha-256 of the page's title and text as judged: labels name the text they were written on. */
  hash: string;
}

/** The labelled rows of ../shared/dev-pages/labels.jsonl. */
export function readRows(): DevRow[] {
  const file = join(SHARED_DEV, 'labels.jsonl');
  if (!existsSync(file)) throw new Error(`${file}: not found (the dev pages live in ../shared/dev-pages)`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as DevRow;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

/** The longest cached variant of a page, or null when none is cached. */
function readVariant(id: string): string | null {
  const dir = join(CACHE, id);
  if (!existsSync(dir)) return null;
  const texts = readdirSync(dir)
    .filter((f) => /^variant-\d+\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^URL: .*\n\n?/, ''));
  if (!texts.length) return null;
  return texts.reduce((a, b) => (b.trim().length > a.trim().length ? b : a));
}

/** A cached text as a page: " date 2025-11-13" opens some (the publication date); a short first line without a final stop is the headline. */
export function toPage(raw: string, url: string): PageInput {
  let text = raw.replace(/\r\n?/g, '\n');
  let published: string | null = null;
  const d = /^\s*date (\d{4}-\d\d-\d\d)\s*/.exec(text);
  if (d) {
    published = d[1]!;
    text = text.slice(d[0].length);
  }
  const lines = text.split('\n').map((l) => l.trim());
  while (lines.length && !lines[0]) lines.shift();
  // The headline: among the first lines, the first of five words or more with no final stop (a site's logo line or
  // section label before it stays in the text, where it is furniture).
  let title = '';
  for (let i = 0; i < Math.min(3, lines.length - 1); i++) {
    const l = lines[i]!;
    if (!l || /[.!?]["”»']?$/.test(l) || l.length > 160) break;
    if (l.split(/\s+/).length >= 5) {
      title = l;
      lines.splice(i, 1);
      break;
    }
  }
  return { title, text: lines.join('\n').trim(), url, published };
}

/** Every dev page whose text is cached. */
export function readDevPages(): { pages: DevPage[]; missing: DevRow[] } {
  const pages: DevPage[] = [];
  const missing: DevRow[] = [];
  for (const row of readRows()) {
    const raw = readVariant(row.id);
    if (raw === null) {
      missing.push(row);
      continue;
    }
    const page = toPage(raw, row.url);
    page.language = row.lang;
    pages.push({ ...row, page, hash: sha256(`${page.title}\n${page.text}`) });
  }
  return { pages, missing };
}

/** A sentence's key in a label file: its folded, space-collapsed text, hashed (labels never hold the words). */
export function sentenceKey(text: string): string {
  return sha256(foldPlain(text).replace(/\s+/g, ' ').trim()).slice(0, 16);
}
