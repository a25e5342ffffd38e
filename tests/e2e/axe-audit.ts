/** axe-core, injected by the tests into a page (it is never part of the extension): shared by the e2e audits. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export type Violation = { rule: string; impact: string | null; nodes: string[] };

/**
 * Runs axe in `page` on `within` (a selector; the whole document when absent) and lists what it finds: violations,
 * and what it could not decide ("incomplete": a contrast it could not measure is no pass).
 */
export async function audit(page: Page, within?: string): Promise<Violation[]> {
  // axe waits on timers that a background tab barely runs.
  await page.bringToFront();
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(
    async (within, tags) => {
      type AxeNode = { target: unknown[]; failureSummary?: string; any: { message: string }[] };
      type AxeResult = Record<'violations' | 'incomplete', { id: string; impact: string | null; nodes: AxeNode[] }[]>;
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
      // axe measures what lies under a text (for its contrast) only inside <body>; Crosscheck's root hangs off <html>
      // so that the page's body is never touched. For the audit only, it is lent to <body> and given back.
      const host = within ? document.querySelector(within) : null;
      const home = host?.parentNode;
      if (host && home === document.documentElement) document.body.append(host);
      try {
        const r = await axe.run(within ? { include: [[within]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
        // Undecided only because a text is a symbol (the popup's decorative ✓, aria-hidden beside its headline): no
        // text contrast to measure there.
        const symbolOnly = (n: AxeNode) => n.any.every((a) => /only non-text characters/.test(a.message));
        const undecided = r.incomplete.map((v) => ({ ...v, id: `${v.id} (undecided)`, nodes: v.nodes.filter((n) => !symbolOnly(n)) })).filter((v) => v.nodes.length);
        return [...r.violations, ...undecided].map((v) => ({
          rule: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? n.any.map((a) => a.message).join('; ')).replace(/\s+/g, ' ')}`),
        }));
      } finally {
        if (host && home) home.appendChild(host);
      }
    },
    within ?? null,
    TAGS,
  );
}

