/** The CLI's readable report and its JSON line. */
import type { JudgedClaim, PageJudgement } from '../../src/contracts/index.js';

export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

export const plain: Painter = { bold: (s) => s, dim: (s) => s, green: (s) => s, red: (s) => s, yellow: (s) => s };
export const ansi: Painter = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  green: (s) => `\x1b[32m${s}\x1b[39m`,
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
};

/** The documented JSON shape, field for field. */
export function toJsonLine(input: string, j: PageJudgement): string {
  return JSON.stringify({
    input,
    story: j.story ? { ...(j.story.id ? { id: j.story.id, name: j.story.name } : {}), detected: j.story.detected, score: j.story.score, signals: j.story.signals } : null,
    outlets: j.outlets.map((o) => ({ id: o.id, name: o.name, file: o.file, url: o.url, published: o.published })),
    claims: j.claims.map((c) => ({
      text: c.text,
      points: c.points,
      stances: c.stances.map((s) => ({ outlet: s.outlet, file: s.file, stance: s.stance, evidence: s.evidence, reason: s.reason })),
    })),
    omitted: j.omitted.map((o) => ({ point: o.point, text: o.text, outlets: o.outlets })),
  });
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function tally(c: JudgedClaim): string {
  const n = (k: string) => c.stances.filter((s) => s.stance === k).length;
  return `confirmed by ${n('confirm')} · disputed by ${n('dispute')} · not mentioned by ${n('omit')}`;
}

/** A readable report for one page (or for the --claim list). */
export function toReport(input: string, j: PageJudgement, p: Painter, width = 100): string {
  const lines: string[] = [];
  const name = new Map(j.outlets.map((o) => [o.id, o]));
  lines.push(p.bold(input === 'claims' ? 'Claims given with --claim' : input));
  if (j.story) {
    const verdict = j.story.detected ? p.green('detected') : p.yellow('not detected');
    const named = j.story.name ? (j.story.detected ? ` — ${j.story.name}` : ` (closest: ${j.story.name})`) : '';
    lines.push(`  Story: ${verdict}${named} (score ${j.story.score.toFixed(2)})`);
    for (const s of j.story.signals) lines.push(p.dim(`    · ${s}`));
    if (!j.story.detected) {
      lines.push('  Not a story of the corpus: nothing to check.', '');
      return lines.join('\n');
    }
  }
  lines.push(`  ${j.claims.length} claim${j.claims.length === 1 ? '' : 's'} checked against ${j.outlets.length} outlets`, '');
  j.claims.forEach((c, i) => {
    lines.push(p.bold(`  ${i + 1}. ${clip(c.text, width)}`));
    lines.push(p.dim(`     ${tally(c)}`));
    for (const s of c.stances) {
      const o = name.get(s.outlet);
      const label = `${o?.name ?? s.outlet}${o?.published ? `, ${o.published}` : ''}`;
      const mark = s.stance === 'confirm' ? p.green('✓ confirms') : s.stance === 'dispute' ? p.red('✗ disputes') : p.dim('– omits   ');
      lines.push(`     ${mark}  ${label}${s.reason ? `: ${p.red(s.reason)}` : ''}`);
      // The outlet's sentence in quotation marks, unless it opens with its own.
      if (s.evidence) lines.push(p.dim(/^["“«'‘]/.test(s.evidence) ? `                 ${clip(s.evidence, width - 10)}` : `                 “${clip(s.evidence, width - 10)}”`));
    }
    lines.push('');
  });
  if (j.story) {
    lines.push(p.bold('  What this page leaves out'));
    if (j.omitted.length === 0) lines.push(p.dim('     nothing the other outlets report'));
    for (const o of j.omitted) {
      lines.push(`     • ${clip(o.text, width)}`);
      lines.push(p.dim(`       reported by ${o.outlets.map((id) => name.get(id)?.name ?? id).join(', ')}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}
