/** The benchmark's figures as Markdown tables: printed by `npm run bench` and pasted into the README. */
import type { Budget, Figures } from './budgets.js';
import { LIMITS, pct } from './budgets.js';
import { BUNDLES, type BytesResult } from './bytes.js';
import { bytes, ms, num } from './stats.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** The 5-minute load average when the run ended: other work on the machine inflates times (ratios less so). */
  loadAverage: number;
}

const table = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const mark = (ok: boolean) => (ok ? 'ok' : '**over**');

/** All sections present in `f`, then the budgets. */
export function report(f: Figures & { budgets: Budget[]; workerHeap?: number }, meta: { date: string; machine: Machine; runs: number }): string {
  const out: string[] = [];
  const m = meta.machine;
  out.push(`Measured ${meta.date} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB, 5-minute load average ${m.loadAverage.toFixed(1)} at the end), Node ${m.node}, ${m.chromium}; medians of ${meta.runs} runs, each ratio taken within a run.`);

  if (f.nonStory?.length) {
    out.push(`**1. Pages that aren't the story**: main-thread time the extension adds (trace), against what an empty content script costs on the same page in the same run (ratio, ≤ ${LIMITS.nonStoryRatio}); one \`document.body.innerText\` read for scale. "empty script" and "cheap check only" are reference extensions: Chromium's own cost of injecting a content script, and of one that only reads the head. Crosscheck puts no script on a page whose title and URL share no word with a story (the background decides from them); a page whose title names one of a story's actors gets the first stage, which reads the head and stops: that row is shown for what it costs and is outside the budget.`);
    out.push(
      table(
        ['page', 'text', 'innerText', 'Crosscheck', 'compile + first run', 'script Δ (metrics)', 'longest task', `÷ empty (≤ ${LIMITS.nonStoryRatio})`, 'empty script', 'cheap check only (÷ empty)'],
        f.nonStory.map((p) => [
          p.title,
          bytes(p.chars),
          ms(p.median.innerText),
          ms(p.median.extension),
          `${ms(p.median.compile)} + ${ms(p.median.run)}`,
          ms(p.median.scriptDelta),
          ms(p.median.longestTask),
          p.sharesWords ? `${num(p.median.ratio)} (shares a word: no budget)` : `${num(p.median.ratio)} ${mark(p.median.ratio <= LIMITS.nonStoryRatio)}`,
          ms(p.median.emptyScript),
          `${ms(p.median.cheapCheckOnly)} (${num(p.median.cheapCheckOnly / p.median.emptyScript)})`,
        ]),
      ),
    );
  }
  if (f.story?.length) {
    out.push(`**2. Story pages**: from the content script's start to the highlights painted and the badge set, against the background's judge-page round trip for the same article in the same run (ratio, ≤ ${LIMITS.storyRatio}); one \`innerText\` read for scale; the longest main-thread task running extension script, and the frame that paints the highlights.`);
    out.push(
      table(
        ['page', 'claims', 'innerText', 'painted', 'badge', 'judge (background)', 'extension script', 'longest task', 'highlight frame (style/layout/paint)', `÷ judge (≤ ${LIMITS.storyRatio})`],
        f.story.map((p) => [
          p.title,
          num(p.median.claims),
          ms(p.median.innerText),
          ms(p.median.toPaint),
          ms(p.median.toBadge),
          ms(p.median.judge),
          ms(p.median.extension),
          `${ms(p.median.longestTask)} ${mark(p.median.longestTask <= 50)}`,
          `${ms(p.median.paintTask)} (${ms(p.median.paintStyle)}/${ms(p.median.paintLayout)}/${ms(p.median.paintPaint)}) ${mark(p.median.paintTask <= 50)}`,
          `${num(p.median.ratio)} ${mark(p.median.ratio <= LIMITS.storyRatio)}`,
        ]),
      ),
    );
  }
  if (f.engine?.length) {
    out.push('**3. Engine and corpus size** (Node, the engine bundled as shipped; IndexedDB in Chromium with the background\'s own import code). Synthetic corpora from the seed sentences; a size whose build would exceed the cap is the size below tiled, its build time predicted.');
    const idb = new Map((f.idb ?? []).map((r) => [r.articles, r]));
    out.push(
      table(
        ['articles', 'claims', 'points', 'corpus JSON', 'build', 'judge load', 'judge one page', `÷ seeds (≤ ${LIMITS.scaleRatio} at 1,000×)`, 'claims/s', 'IndexedDB import', 'later start', 'read back', 'DB size', 'heap after import'],
        f.engine.map((s) => {
          const i = idb.get(s.articles);
          return [
            num(s.articles),
            num(s.claims),
            num(s.points),
            bytes(s.bytes),
            s.buildMs !== null ? ms(s.buildMs) : `~${ms(s.buildPredictedMs ?? NaN)} (predicted; tiled)`,
            ms(s.createJudgeMs),
            ms(s.pageMs),
            num(s.pageRatioToSeeds),
            num(s.claimsPerSecond),
            i ? ms(i.importMs) : '–',
            i ? ms(i.startMs) : '–',
            i ? ms(i.loadMs) : '–',
            i ? bytes(i.usageBytes) : '–',
            i ? bytes(i.heapBytes) : '–',
          ];
        }),
      ),
    );
    if (f.workerHeap) out.push(`The extension's own service worker, with the bundled seed corpus imported and its judge built: ${bytes(f.workerHeap)} of JS heap after GC.`);
  }
  const r = f.retrieval;
  if (r) {
    out.push(`**4. Retrieval against MiniSearch** (default options): ${r.queries.point} claims of multi-outlet seed points (right: another outlet's claim in the point) and ${r.queries.paraphrase} hand-labelled paraphrases in English, Spanish and Portuguese. Right first: Crosscheck ${pct(r.accuracy.crosscheck.all)} (points ${pct(r.accuracy.crosscheck.point)}, paraphrases ${pct(r.accuracy.crosscheck.paraphrase)}), MiniSearch ${pct(r.accuracy.minisearch.all)} (points ${pct(r.accuracy.minisearch.point)}, paraphrases ${pct(r.accuracy.minisearch.paraphrase)}).`);
    out.push(
      table(
        ['articles', 'claims', 'Crosscheck q/s (text in)', 'Crosscheck q/s (search alone)', 'MiniSearch q/s', 'index build Crosscheck / MiniSearch'],
        r.sizes.map((s) => [num(s.articles), num(s.claims), num(s.crosscheck.qps), num(s.crosscheck.searchQps), num(s.minisearch.qps), `${ms(s.crosscheck.buildMs)} / ${ms(s.minisearch.buildMs)}`]),
      ),
    );
  }
  if (f.bytes) out.push('**5. Bytes**', bytesTable(f.bytes));
  out.push('**Budgets**');
  out.push(table(['budget', 'measured', 'limit', ''], f.budgets.map((b) => [b.name, typeof b.value === 'number' ? num(b.value) : b.value, b.limit, b.pass ? 'pass' : '**FAIL**'])));
  return out.join('\n\n');
}

function bytesTable(b: BytesResult): string {
  const targets = Object.keys(b.bundles);
  const rows = BUNDLES.map((f) => [f, ...targets.map((t) => bytes(b.bundles[t]![f]!))]);
  rows.push(['store zip', ...targets.map((t) => bytes(b.zips[t]!))]);
  return table(['file', ...targets], rows);
}
