/**
 * `npm run eval`: Crosscheck against real pages it was not built from.
 *   - story detection on every cached dev page, per language (reports found, near-misses flagged);
 *   - claim cards on the dev pages labelled blind (scripts/eval/labels/pages/): every labelled sentence × every
 *     outlet, the engine's verdict against the label (a sentence the engine does not show counts as "omit"),
 *     non-claims painted, per language.
 * Options: --verbose (every wrong cell, with the outlet's evidence), --json (one object), --corpus path (by default the
 * corpus is built from the seeds by the engine being measured: a build/corpus.json left by an older engine would pair
 * new page readings with old corpus terms).
 * Reads ../shared/dev-pages/ and the git-ignored cache .cache/dev-pages/ (see scripts/eval/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJudge } from '../../src/engine/index.js';
import type { JudgedClaim, Stance } from '../../src/contracts/index.js';
import { loadCorpus } from '../cli/load-corpus.js';
import { buildFromDir, DEFAULT_INPUT } from '../corpus/build-corpus.js';
import { ROOT, readDevPages, sentenceKey, type DevPage } from './dev-pages.js';
import { pageSentences } from './packets.js';

interface LabelSentence {
  n: number;
  key: string;
  claim: boolean;
  kind?: string;
  verdicts?: Record<string, Stance>;
  notes?: Record<string, string>;
}
interface LabelFile {
  page: string;
  lang: string;
  text: string;
  sentences: LabelSentence[];
}

const LABELS = join(ROOT, 'scripts/eval/labels/pages');
const LANGS = ['en', 'es', 'pt'] as const;
type Lang = (typeof LANGS)[number];

function readLabels(): LabelFile[] {
  if (!existsSync(LABELS)) return [];
  return readdirSync(LABELS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      try {
        return JSON.parse(readFileSync(join(LABELS, f), 'utf8')) as LabelFile;
      } catch (e) {
        throw new Error(`${join(LABELS, f)}: ${(e as Error).message}`);
      }
    });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');

interface Cells {
  total: number;
  right: number;
  falseConfirm: number;
  falseDispute: number;
  missedConfirm: number;
  missedDispute: number;
  disputes: number;
  disputesFound: number;
  nonClaimsPainted: number;
  nonClaims: number;
  claims: number;
  shown: number;
}
const emptyCells = (): Cells => ({ total: 0, right: 0, falseConfirm: 0, falseDispute: 0, missedConfirm: 0, missedDispute: 0, disputes: 0, disputesFound: 0, nonClaimsPainted: 0, nonClaims: 0, claims: 0, shown: 0 });

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const asJson = argv.includes('--json');
  const ci = argv.indexOf('--corpus');
  const judge = createJudge(ci >= 0 ? loadCorpus(argv[ci + 1]) : buildFromDir(DEFAULT_INPUT));
  const { pages, missing } = readDevPages();
  const out: string[] = [];
  if (missing.length) out.push(`not cached (${missing.length}): ${missing.map((m) => m.id).join(', ')}`);

  // ---- story detection
  const det: Record<Lang, { pos: number; found: number; near: number; flagged: number }> = {
    en: { pos: 0, found: 0, near: 0, flagged: 0 },
    es: { pos: 0, found: 0, near: 0, flagged: 0 },
    pt: { pos: 0, found: 0, near: 0, flagged: 0 },
  };
  const detErrors: string[] = [];
  for (const p of pages) {
    const v = judge.detectStory(p.page);
    const d = det[p.lang];
    if (p.label === 'positive') {
      d.pos++;
      if (v.detected) d.found++;
      else detErrors.push(`missed report   ${p.id} (score ${v.score.toFixed(2)})`);
    } else {
      d.near++;
      if (v.detected) {
        d.flagged++;
        detErrors.push(`flagged near-miss ${p.id} (score ${v.score.toFixed(2)}: ${v.signals.join('; ')})`);
      }
    }
  }
  out.push('', 'Story detection (cached dev pages)', '', '| language | reports found | near-misses flagged |', '|---|---|---|');
  const all = { pos: 0, found: 0, near: 0, flagged: 0 };
  for (const l of LANGS) {
    const d = det[l];
    out.push(`| ${l} | ${d.found}/${d.pos} (${pct(d.found, d.pos)}) | ${d.flagged}/${d.near} (${pct(d.flagged, d.near)}) |`);
    for (const k of ['pos', 'found', 'near', 'flagged'] as const) all[k] += d[k];
  }
  out.push(`| all | ${all.found}/${all.pos} (${pct(all.found, all.pos)}) | ${all.flagged}/${all.near} (${pct(all.flagged, all.near)}) |`);
  if (verbose) out.push('', ...detErrors);

  // ---- claim cards
  const labels = readLabels();
  const byId = new Map<string, DevPage>(pages.map((p) => [p.id, p]));
  const cells: Record<Lang, Cells> = { en: emptyCells(), es: emptyCells(), pt: emptyCells() };
  const errors: string[] = [];
  const stale: string[] = [];
  for (const lf of labels) {
    const p = byId.get(lf.page);
    if (!p) {
      stale.push(`${lf.page}: page not cached`);
      continue;
    }
    const c = cells[p.lang];
    const j = judge.judgePage(p.page);
    const shown = new Map<string, JudgedClaim>();
    for (const cl of j.claims) shown.set(sentenceKey(cl.text), cl);
    const texts = new Map(pageSentences(p).map((s) => [s.key, s.text]));
    // Labels name sentences by key: a key the page no longer has means the text or its cutting changed since.
    const lost = lf.sentences.filter((s) => !texts.has(s.key)).length;
    if (lost) stale.push(`${lf.page}: ${lost} labelled sentences are not among the page's sentences (text or splitting changed)`);
    for (const s of lf.sentences) {
      const card = shown.get(s.key);
      if (!s.claim) {
        c.nonClaims++;
        if (card) {
          c.nonClaimsPainted++;
          errors.push(`${p.id} #${s.n} non-claim (${s.kind ?? '?'}) painted: ${texts.get(s.key) ?? s.key}`);
        }
        continue;
      }
      c.claims++;
      if (card) c.shown++;
      for (const [outlet, want] of Object.entries(s.verdicts ?? {})) {
        const st = card?.stances.find((x) => x.outlet === outlet);
        const got: Stance = st?.stance ?? 'omit';
        c.total++;
        if (want === 'dispute') c.disputes++;
        if (got === want) {
          c.right++;
          if (want === 'dispute') c.disputesFound++;
          continue;
        }
        if (got === 'confirm') c.falseConfirm++;
        else if (got === 'dispute') c.falseDispute++;
        if (want === 'confirm') c.missedConfirm++;
        if (want === 'dispute') c.missedDispute++;
        const note = s.notes?.[outlet] ? ` [label note: ${s.notes[outlet]}]` : '';
        errors.push(`${p.id} #${s.n} ${outlet}: want ${want}, got ${got}${st?.reason ? ` (${st.reason})` : ''}${note}\n    page: ${texts.get(s.key) ?? s.key}${st?.evidence ? `\n    evidence: ${st.evidence}` : ''}`);
      }
    }
  }
  out.push('', `Claim cards (${labels.length} pages labelled blind; every labelled claim × every outlet; not shown = omit)`, '');
  out.push('| language | pages | claims (shown) | cells | right | false confirm | false dispute | missed confirm | disputes found | non-claims painted |', '|---|---|---|---|---|---|---|---|---|---|');
  const tot = emptyCells();
  for (const l of LANGS) {
    const c = cells[l];
    const n = labels.filter((x) => byId.get(x.page)?.lang === l).length;
    out.push(`| ${l} | ${n} | ${c.claims} (${c.shown}) | ${c.total} | ${pct(c.right, c.total)} | ${c.falseConfirm} (${pct(c.falseConfirm, c.total)}) | ${c.falseDispute} | ${c.missedConfirm} | ${c.disputesFound}/${c.disputes} | ${c.nonClaimsPainted}/${c.nonClaims} |`);
    for (const k of Object.keys(tot) as (keyof Cells)[]) tot[k] += c[k];
  }
  out.push(`| all | ${labels.length} | ${tot.claims} (${tot.shown}) | ${tot.total} | ${pct(tot.right, tot.total)} | ${tot.falseConfirm} (${pct(tot.falseConfirm, tot.total)}) | ${tot.falseDispute} | ${tot.missedConfirm} | ${tot.disputesFound}/${tot.disputes} | ${tot.nonClaimsPainted}/${tot.nonClaims} |`);
  if (stale.length) out.push('', ...stale.map((s) => `warning: ${s}`));
  if (verbose) out.push('', ...errors);
  if (asJson) process.stdout.write(`${JSON.stringify({ detection: det, cells, stale })}\n`);
  else process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
