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
import { splitSentences } from '../../src/engine/sentences.js';
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

interface BlindClaim {
  id: string;
  lang: Lang;
  text: string;
  verdicts: Record<string, Stance>;
  evidence?: Record<string, string>;
  reasons?: Record<string, string>;
}
const CLAIM_LABELS = join(ROOT, 'scripts/eval/labels/claims');

/** Claims written blind with each outlet's verdict (labels/claims/*.json), file by file. */
function readBlindClaims(): { name: string; claims: BlindClaim[] }[] {
  if (!existsSync(CLAIM_LABELS)) return [];
  const out: { name: string; claims: BlindClaim[] }[] = [];
  for (const f of readdirSync(CLAIM_LABELS).filter((x) => x.endsWith('.json')).sort()) {
    const file = join(CLAIM_LABELS, f);
    let data: { claims?: BlindClaim[] };
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as { claims?: BlindClaim[] };
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    if (!Array.isArray(data.claims)) throw new Error(`${file}: no "claims" list`);
    for (const c of data.claims) {
      if (!c.id || !c.text || !(LANGS as readonly string[]).includes(c.lang) || !c.verdicts) throw new Error(`${file}: claim ${c.id ?? '?'} needs id, text, lang (en, es or pt) and verdicts`);
    }
    out.push({ name: f.replace(/\.json$/, ''), claims: data.claims });
  }
  return out;
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
    const sentences = pageSentences(p);
    const texts = new Map(sentences.map((s) => [s.key, s.text]));
    // A labelled sentence the splitter now cuts in pieces (a stop glued to the next sentence, "Tuesday.His") is judged
    // by its pieces: a dispute in any piece, else the first shown piece's verdict.
    const pieces = gluedPieces(p.page.text, p.page.language ?? 'en');
    const cardOf = (key: string): JudgedClaim | undefined => {
      const own = shown.get(key);
      if (own || !pieces.has(key)) return own;
      const cards = pieces.get(key)!.map((k) => shown.get(k)).filter((x): x is JudgedClaim => !!x);
      if (!cards.length) return undefined;
      const stances = cards[0]!.stances.map((st, i) => cards.map((c) => c.stances[i]!).find((x) => x.stance === 'dispute') ?? st);
      return { ...cards[0]!, stances };
    };
    for (const [k, ks] of pieces) if (!texts.has(k)) texts.set(k, ks.map((x) => texts.get(x) ?? x).join(' '));
    // Labels name sentences by key: a key the page no longer has means the text or its cutting changed since.
    const lost = lf.sentences.filter((s) => !texts.has(s.key)).length;
    if (lost) stale.push(`${lf.page}: ${lost} labelled sentences are not among the page's sentences (text or splitting changed)`);
    for (const s of lf.sentences) {
      const card = cardOf(s.key);
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

  // ---- claims written blind (judged alone, as the CLI's --claim does), one table per file: a file named held-out*
  // is kept for measuring only, so its wrong cells are listed only with --show-held-out.
  const claimTables: Record<string, Record<Lang, Cells>> = {};
  for (const { name, claims: blind } of readBlindClaims()) {
    const heldOut = name.startsWith('held-out');
    const claimCells: Record<Lang, Cells> = { en: emptyCells(), es: emptyCells(), pt: emptyCells() };
    claimTables[name] = claimCells;
    const claimErrors: string[] = [];
    const judged = judge.judgeClaims(blind.map((c) => c.text));
    blind.forEach((c, i) => {
      const cc = claimCells[c.lang];
      cc.claims++;
      const j = judged[i]!;
      if (j.stances.some((s) => s.stance !== 'omit')) cc.shown++;
      for (const [outlet, want] of Object.entries(c.verdicts)) {
        const st = j.stances.find((x) => x.outlet === outlet);
        const got: Stance = st?.stance ?? 'omit';
        cc.total++;
        if (want === 'dispute') cc.disputes++;
        if (got === want) {
          cc.right++;
          if (want === 'dispute') cc.disputesFound++;
          continue;
        }
        if (got === 'confirm') cc.falseConfirm++;
        else if (got === 'dispute') cc.falseDispute++;
        if (want === 'confirm') cc.missedConfirm++;
        if (want === 'dispute') cc.missedDispute++;
        const why = c.reasons?.[outlet] ? ` [label reason: ${c.reasons[outlet]}]` : '';
        claimErrors.push(`${c.id} ${outlet}: want ${want}, got ${got}${st?.reason ? ` (${st.reason})` : ''}${why}\n    claim: ${c.text}${st?.evidence ? `\n    evidence: ${st.evidence}` : ''}${c.evidence?.[outlet] ? `\n    labelled evidence: ${c.evidence[outlet]}` : ''}`);
      }
    });
    out.push('', `Claims written blind: ${name} (${blind.length} claims; each claim × every outlet)`, '');
    out.push('| language | claims (shown) | cells | right | false confirm | false dispute | missed confirm | disputes found |', '|---|---|---|---|---|---|---|---|');
    const t = emptyCells();
    for (const l of LANGS) {
      const c = claimCells[l];
      out.push(`| ${l} | ${c.claims} (${c.shown}) | ${c.total} | ${pct(c.right, c.total)} | ${c.falseConfirm} (${pct(c.falseConfirm, c.total)}) | ${c.falseDispute} | ${c.missedConfirm} | ${c.disputesFound}/${c.disputes} |`);
      for (const k of Object.keys(t) as (keyof Cells)[]) t[k] += c[k];
    }
    out.push(`| all | ${t.claims} (${t.shown}) | ${t.total} | ${pct(t.right, t.total)} | ${t.falseConfirm} (${pct(t.falseConfirm, t.total)}) | ${t.falseDispute} | ${t.missedConfirm} | ${t.disputesFound}/${t.disputes} |`);
    if (verbose && (!heldOut || argv.includes('--show-held-out'))) out.push('', ...claimErrors);
  }
  if (asJson) process.stdout.write(`${JSON.stringify({ detection: det, cells, claims: claimTables, stale })}\n`);
  else process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

/** Keys of runs of two or three sentences the splitter cut where no space was (glued stops), to their pieces' keys. */
function gluedPieces(text: string, language: string): Map<string, string[]> {
  const spans = splitSentences(text, language);
  const out = new Map<string, string[]>();
  for (let i = 0; i < spans.length; i++) {
    for (let k = i + 1; k < Math.min(spans.length, i + 3); k++) {
      if (spans[k]!.start !== spans[k - 1]!.end) break;
      out.set(sentenceKey(text.slice(spans[i]!.start, spans[k]!.end)), spans.slice(i, k + 1).map((x) => sentenceKey(x.text)));
    }
  }
  return out;
}
