/**
 * The UI's view of a judged page: claims with their outlets resolved and the verdict mix that picks a colour.
 * Pure functions from the engine's PageJudgement; no DOM.
 */
import type { OutletSummary, PageJudgement, Stance } from '../../contracts/index.js';
import type { Timeline } from '../../engine/timeline.js';
import { t, uiLocale } from '../../platform/i18n.js';
import { localReason } from './reason.js';

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
  /** Disputes first, then confirmations, then the outlets that don't mention it, newest report first within each; where the story developed, newest first. */
  stances: StanceView[];
  /** Where a later report differs from earlier ones: "Newer reports differ: TAG24 (20 Nov) disputes what earlier reports confirmed". */
  development: string | null;
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
  /** The name of the story the page was judged against (PageJudgement.story.name), when the judgement names one. */
  story?: string | null;
}

const ORDER: Record<Stance, number> = { dispute: 0, confirm: 1, omit: 2 };

/** The verdict mix of a claim's stances. */
export function mixOf(counts: Record<Stance, number>): Mix {
  if (counts.dispute > 0) return 'dispute';
  if (counts.confirm > 0) return 'confirm';
  return 'solo';
}

/**
 * Reads the UI's messages once, ahead of the view. The browser hands a page's content script its messages on the first
 * lookup, over a synchronous round trip to the browser process (tens of milliseconds on a busy machine): done while
 * the background judges, the view built after the answer doesn't wait for it.
 */
export function warmMessages(): void {
  uiLocale();
}

/** The verdict mix of a claim, straight from its stances (what the highlight's colour needs, before the view). */
export function claimMix(stances: readonly { stance: Stance }[]): Mix {
  const counts: Record<Stance, number> = { confirm: 0, dispute: 0, omit: 0 };
  for (const s of stances) counts[s.stance]++;
  return mixOf(counts);
}

/**
 * Builds the view for the claims that could be shown (`shown` lists claim indexes, in page order). `timelines` (the
 * engine's timeline() of each claim, by index) orders the outlets newest first and says where the story developed.
 */
export function buildView(j: PageJudgement, title: string, corpusOutlets: number, shown?: readonly number[], timelines?: readonly (Timeline | null)[]): PageView {
  const byId = new Map(j.outlets.map((o) => [o.id, o]));
  const outletOf = (id: string, file?: string): OutletSummary =>
    byId.get(id) ?? { id, name: id, file: file ?? '', url: '', published: null };
  const indexes = shown ?? j.claims.map((_, i) => i);
  const claims = indexes.map((index): ClaimView => {
    const c = j.claims[index]!;
    const counts: Record<Stance, number> = { confirm: 0, dispute: 0, omit: 0 };
    for (const s of c.stances) counts[s.stance]++;
    const tl = timelines?.[index] ?? null;
    const rank = new Map((tl?.stances ?? []).map((s, i) => [s.outlet, i]));
    const dev = tl?.development ?? null;
    // With a development the reports read newest first whatever they say; otherwise grouped by verdict, newest first in each.
    const group = (s: Stance) => (dev ? (s === 'omit' ? 1 : 0) : ORDER[s]);
    const stances = c.stances
      .map((s) => ({ outlet: outletOf(s.outlet, s.file), stance: s.stance, evidence: s.evidence, reason: localReason(s.reason, s.reasonData) }))
      .sort((a, b) => group(a.stance) - group(b.stance) || (rank.get(a.outlet.id) ?? 0) - (rank.get(b.outlet.id) ?? 0));
    const development = dev ? t(dev.after === 'dispute' ? 'devDisputes' : 'devConfirms', outletOf(dev.outlet).name, shortDate(dev.published)) : null;
    return { index, text: c.text, mix: mixOf(counts), counts, stances, development };
  });
  const omitted = j.omitted.map((o) => ({ text: o.text, outlets: o.outlets.map((id) => outletOf(id)) }));
  return { title, claims, omitted, corpusOutlets, story: j.story?.name ?? null };
}

/** "Confirms", "Disputes", "Not mentioned". */
export const stanceWord = (s: Stance): string => t(s === 'confirm' ? 'stanceConfirm' : s === 'dispute' ? 'stanceDispute' : 'stanceOmit');
/** "Confirmed", "Disputed", "Only this page". */
export const mixWord = (m: Mix): string => t(m === 'confirm' ? 'mixConfirm' : m === 'dispute' ? 'mixDispute' : 'mixSolo');
/** "Confirmed by", "Disputed by", "Not mentioned by". */
export const countWord = (s: Stance): string => t(s === 'confirm' ? 'countConfirm' : s === 'dispute' ? 'countDispute' : 'countOmit');

/** "Confirmed by 3 · Disputed by 1 · Not mentioned by 1" (parts with no outlet left out). */
export function summaryLine(counts: Record<Stance, number>): string {
  return (['confirm', 'dispute', 'omit'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${countWord(s)} ${counts[s]}`)
    .join(' · ');
}

/** "N claims" / "1 claim", in the interface's language. */
export const claimsWord = (n: number): string => (n === 1 ? t('claimsOne') : t('claimsMany', n));
/** "N claims checked" / "1 claim checked". */
export const claimsChecked = (n: number): string => (n === 1 ? t('claimsCheckedOne') : t('claimsCheckedMany', n));
/** "N outlets in the corpus" / "1 outlet in the corpus". */
export const corpusOutlets = (n: number): string => (n === 1 ? t('corpusOutletsOne') : t('corpusOutletsMany', n));

function dateOf(iso: string): Date | null {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "12 Nov 2025" from "2025-11-12" (in the interface's language); "date not shown" when unknown. */
export function formatDate(iso: string | null): string {
  if (!iso) return t('dateNotShown');
  const d = dateOf(iso);
  return d ? new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d) : iso;
}

/**
 * An outlet's report date: "12 Nov 2025"; where the page shows none, "date not shown", and where its text dates the
 * event, "date not shown · tells of 11 Nov 2025".
 */
export function outletDate(o: Pick<OutletSummary, 'published' | 'toldOf'>): string {
  if (o.published || !o.toldOf) return formatDate(o.published);
  return t('dateToldOf', formatDate(o.toldOf));
}

/** "20 Nov" from "2025-11-20". */
export function shortDate(iso: string): string {
  const d = dateOf(iso);
  return d ? new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d) : iso;
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
