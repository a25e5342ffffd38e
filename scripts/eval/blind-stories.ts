/**
 * `npx tsx scripts/eval/blind-stories.ts [story] [--pages pages-2] [--verbose]`: scores the engine on a story's blind pages against the
 * expectations written beside them before it ever ran on them (tests/fixtures/stories/<story>/pages/expected.json).
 * The corpus is the bundled story and that story together, as an extension holding both would judge: a page must
 * find its own story (or none, for a near-miss) and be judged against that story's outlets only.
 * A claim the engine does not show counts as "not mentioned" by every outlet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stance } from '../../src/contracts/index.js';
import { createJudge } from '../../src/engine/index.js';
import { pageFromHtml } from '../cli/read-page.js';
import { buildFromDirs, DEFAULT_INPUT, ROOT } from '../corpus/build-corpus.js';

interface Expected {
  story: string;
  pages: { file: string; story: string | null; claims: { text: string; verdicts: Record<string, Stance> }[] }[];
}

const verbose = process.argv.includes('--verbose');
const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
// One set of blind pages per directory (pages, pages-2, …): a set whose errors guided a change is no longer blind.
const pagesDir = pagesAt >= 0 ? args[pagesAt + 1]! : 'pages';
const name = args.find((a, i) => !a.startsWith('--') && (pagesAt < 0 || i !== pagesAt + 1)) ?? 'britain-us';
const dir = join(ROOT, 'tests/fixtures/stories', name);
const expected = JSON.parse(readFileSync(join(dir, pagesDir, 'expected.json'), 'utf8')) as Expected;
const judge = createJudge(buildFromDirs([DEFAULT_INPUT, dir]));
const key = (s: string) => s.replace(/\s+/g, ' ').trim();

const total = { cells: 0, right: 0, falseConfirm: 0, falseDispute: 0, missedConfirm: 0, missedDispute: 0, disputes: 0, disputesFound: 0, pages: 0, storyRight: 0, extraClaims: 0 };
for (const page of expected.pages) {
  const input = pageFromHtml(readFileSync(join(dir, pagesDir, page.file), 'utf8'), `https://blind.example/${page.file}`);
  const j = judge.judgePage(input);
  const found = j.story?.detected ? j.story.id ?? null : null;
  total.pages++;
  if (found === page.story) total.storyRight++;
  const shown = new Map(j.claims.map((c) => [key(c.text), c]));
  const wanted = new Set(page.claims.map((c) => key(c.text)));
  const extra = j.claims.filter((c) => !wanted.has(key(c.text)));
  total.extraClaims += extra.length;
  console.log(`${page.file}: story ${found ?? 'none'} (expected ${page.story ?? 'none'}, score ${j.story?.score ?? '-'}), ${j.claims.length} claims shown${extra.length ? `, ${extra.length} not in the expectations` : ''}`);
  for (const c of extra) console.log(`  extra: ${c.text}`);
  for (const c of page.claims) {
    const got = shown.get(key(c.text));
    const row: string[] = [];
    for (const [outlet, want] of Object.entries(c.verdicts)) {
      const s = got?.stances.find((x) => x.outlet === outlet);
      const have: Stance = s?.stance ?? 'omit';
      total.cells++;
      if (want === 'dispute') total.disputes++;
      if (have === want) {
        total.right++;
        if (want === 'dispute') total.disputesFound++;
      } else if (have === 'confirm') total.falseConfirm++;
      else if (have === 'dispute') total.falseDispute++;
      else if (want === 'confirm') total.missedConfirm++;
      else total.missedDispute++;
      row.push(`${outlet}:${have[0]}${have === want ? '' : `≠${want[0]}`}`);
      if (verbose && have !== want && s?.evidence) row.push(`(${s.reason ?? ''} “${s.evidence.slice(0, 80)}”)`);
    }
    console.log(`  ${got ? '   ' : '[-]'} ${c.text.slice(0, 80)}\n        ${row.join(' ')}`);
  }
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
console.log(`\nstory found: ${total.storyRight}/${total.pages} pages; cells right ${total.right}/${total.cells} (${pct(total.right, total.cells)}); false confirms ${total.falseConfirm} (${pct(total.falseConfirm, total.cells)}); false disputes ${total.falseDispute}; missed confirms ${total.missedConfirm}; missed disputes ${total.missedDispute}; disputes found ${total.disputesFound}/${total.disputes}; claims shown that the expectations do not list ${total.extraClaims}`);
