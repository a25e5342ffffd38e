/**
 * Why a claim gets its verdicts: for each outlet, the corpus sentences retrieval finds, and for each whether it was
 * kept as a candidate (and why not), its coverage, agreements, conflicts and missing details.
 *
 *   npx tsx scripts/eval/why.ts "claim sentence" [--lang es] [--all]
 *
 * Reads build/corpus.json (run `npm run build:corpus` first). A development tool: it prints the engine's reading.
 */
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../src/contracts/index.js';
import { applyArticleContext, mainAction, mainStrikes, prepareClaim, splitClauses } from '../../src/engine/claims.js';
import { createContext, createJudge, referenceYear, sharesPredicate } from '../../src/engine/judge.js';
import { compareClaims } from '../../src/engine/stance.js';
import { compileStory } from '../../src/engine/story-data.js';

const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const all = args.includes('--all');
const text = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
if (!text) {
  console.error('usage: npx tsx scripts/eval/why.ts "claim sentence" [--lang en|es|pt] [--all]');
  process.exit(2);
}
const corpus = JSON.parse(readFileSync('build/corpus.json', 'utf8')) as Corpus;
const refYear = referenceYear(corpus.outlets);
const story = compileStory(corpus.stories[0]!);
const gaz = story.gazetteer;
const claims = corpus.claims.map((c) => ({ record: c, view: { text: c.text, slots: c.slots, year: refYear }, terms: new Map(Object.entries(c.terms)) }));
const ctx = createContext(story, corpus.outlets, claims);
const storyAction = mainAction(corpus.claims.map((c) => c.slots));
const storyStrikes = mainStrikes(corpus.claims.map((c) => c.slots));

const explain = (t: string) => {
  const p = prepareClaim(gaz, t, lang, refYear);
  applyArticleContext(gaz, [p], storyAction, storyStrikes);
  console.log(`\n## ${t}`);
  console.log('terms:', [...p.terms].map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
  console.log('actions:', JSON.stringify(p.view.slots.actions), 'names:', p.view.names);
  for (const hit of ctx.index.search(p.terms, 60)) {
    const doc = ctx.claims[hit.doc]!;
    const back = ctx.index.coverage(doc.terms, p.terms);
    const pred = sharesPredicate(p.terms, doc.terms);
    const pair = compareClaims(gaz, p.view, doc.view);
    if (!all && hit.coverage < 0.2 && back < 0.2) continue;
    const shared = [...p.terms.keys()].filter((k) => doc.terms.has(k));
    console.log(
      `- ${doc.record.outlet} cov ${hit.coverage.toFixed(2)} back ${back.toFixed(2)} pred ${pred} frame ${pair.sameFrame}` +
        ` agree [${pair.agreements}] conflict [${pair.conflicts.map((c) => c.kind)}] missing [${pair.missing}]\n    ${doc.record.text.slice(0, 200)}\n    shared: ${shared.join(' ')}`,
    );
  }
};
explain(text);
const parts = splitClauses(text);
if (parts.length > 1) for (const part of parts) explain(part);
const judged = createJudge(corpus).judgeClaims([text])[0]!;
console.log('\nverdicts:', judged.stances.map((s) => `${s.outlet}:${s.stance}`).join(' '));
