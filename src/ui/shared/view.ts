/**
 * The UI's view of a judged page: claims with their outlets resolved and the verdict mix that picks a colour.
 * Pure functions from the engine's PageJudgement; no DOM.
 */
import type { OutletSummary, PageJudgement, Stance } from '../../contracts/index.js';

/** all confirm / some dispute / only this page says it (no other outlet confirms or disputes). */
export type Mix = 'confirm' | 'dispute' | 'solo';

export interface StanceView {
  outlet: OutletSummary;
  stance: Stance;
  evidence: string | null;
  reason: string | null;
}

export interface ClaimView {
  /** Index into the judgement's claims (stable id for highlights and cards). */
  index: number;
  text: string;
  mix: Mix;
  counts: Record<Stance, number>;
  /** Disputes first, then confirmations, then the outlets that don't mention it. */
  stances: StanceView[];
}

export interface OmittedView {
  text: string;
  outlets: OutletSummary[];
}

export interface PageView {
  /** The page's headline. */
  title: string;
  claims: ClaimView[];
  omitted: OmittedView[];
  /** How many outlets the corpus holds. */
  corpusOutlets: number;
}

const ORDER: Record<Stance, number> = { dispute: 0, confirm: 1, omit: 2 };

/** The verdict mix of a claim's stances. */
export function mixOf(counts: Record<Stance, number>): Mix {
  if (counts.dispute > 0) return 'dispute';
  if (counts.confirm > 0) return 'confirm';
  return 'solo';
}

/** Builds the view for the claims that could be shown (`shown` lists claim indexes, in page order). */
export function buildView(j: PageJudgement, title: string, corpusOutlets: number, shown?: readonly number[]): PageView {
  const byId = new Map(j.outlets.map((o) => [o.id, o]));
  const outletOf = (id: string, file?: string): OutletSummary =>
    byId.get(id) ?? { id, name: id, file: file ?? '', url: '', published: null };
  const indexes = shown ?? j.claims.map((_, i) => i);
  const claims = indexes.map((index): ClaimView => {
    const c = j.claims[index]!;
    const counts: Record<Stance, number> = { confirm: 0, dispute: 0, omit: 0 };
    for (const s of c.stances) counts[s.stance]++;
    const stances = c.stances
      .map((s) => ({ outlet: outletOf(s.outlet, s.file), stance: s.stance, evidence: s.evidence, reason: s.reason }))
      .sort((a, b) => ORDER[a.stance] - ORDER[b.stance]);
    return { index, text: c.text, mix: mixOf(counts), counts, stances };
  });
  const omitted = j.omitted.map((o) => ({ text: o.text, outlets: o.outlets.map((id) => outletOf(id)) }));
  return { title, claims, omitted, corpusOutlets };
}

export const STANCE_WORD: Record<Stance, string> = { confirm: 'Confirms', dispute: 'Disputes', omit: 'Not mentioned' };
const COUNT_WORD: Record<Stance, string> = { confirm: 'Confirmed by', dispute: 'Disputed by', omit: 'Not mentioned by' };
export const MIX_WORD: Record<Mix, string> = { confirm: 'Confirmed', dispute: 'Disputed', solo: 'Only this page' };

/** "Confirmed by 3 · Disputed by 1 · Not mentioned by 1" (parts with no outlet left out). */
export function summaryLine(counts: Record<Stance, number>): string {
  return (['confirm', 'dispute', 'omit'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${COUNT_WORD[s]} ${counts[s]}`)
    .join(' · ');
}

/** "Confirmed by", "Disputed by", "Not mentioned by". */
export function countWord(s: Stance): string {
  return COUNT_WORD[s];
}

/** "12 Nov 2025" from "2025-11-12"; "undated" when unknown. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** The URL when it is http(s), else null: corpus text is data, and a javascript: link must never be rendered. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
