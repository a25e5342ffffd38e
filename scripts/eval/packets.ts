/**
 * Labelling packets: each dev page cut into numbered sentences (title first), written to the git-ignored
 * .cache/labelling/<id>.md for a labeller who never sees the engine's verdicts.
 *   npx tsx scripts/eval/packets.ts [id…]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/engine/sentences.js';
import { ROOT, readDevPages, sentenceKey, type DevPage } from './dev-pages.js';

/** The sentences a page is judged by: the title's, then the text's, each once. */
export function pageSentences(p: DevPage): { n: number; text: string; key: string }[] {
  const out: { n: number; text: string; key: string }[] = [];
  const seen = new Set<string>();
  const lang = p.page.language ?? 'en';
  for (const s of [...splitSentences(p.page.title, lang), ...splitSentences(p.page.text, lang)]) {
    const key = sentenceKey(s.text);
    if (!s.text.trim() || seen.has(key)) continue;
    seen.add(key);
    out.push({ n: out.length + 1, text: s.text.trim(), key });
  }
  return out;
}

function main(ids: string[]): void {
  const { pages } = readDevPages();
  const dir = join(ROOT, '.cache/labelling');
  mkdirSync(dir, { recursive: true });
  for (const p of pages) {
    if (ids.length && !ids.includes(p.id)) continue;
    const lines = [`# ${p.id} (${p.lang})`, '', `url: ${p.url}`, `published: ${p.page.published ?? 'unknown'}`, `text hash: ${p.hash}`, '', '## Sentences', ''];
    for (const s of pageSentences(p)) lines.push(`${s.n}. [${s.key}] ${s.text}`);
    writeFileSync(join(dir, `${p.id}.md`), `${lines.join('\n')}\n`);
  }
  process.stdout.write(`packets → ${dir}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
