/**
 * The comparison sidebar: a non-modal dialog at the right edge (a bottom sheet on narrow windows) with a card per
 * claim in page order and what the page leaves out. All page and corpus text is rendered as text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Icon } from '../shared/Icon.js';
import { MIX_WORD, STANCE_WORD, formatDate, safeUrl, summaryLine, type ClaimView, type OmittedView, type PageView, type StanceView } from '../shared/view.js';

export interface SidebarProps {
  view: PageView;
  active: number | null;
  focusActive: boolean;
  collapsed: boolean;
  onClose(): void;
  onToggleCollapsed(): void;
  onSelect(index: number): void;
}

function Stance({ s }: { s: StanceView }) {
  const url = safeUrl(s.outlet.url);
  return (
    <li class={`cc-stance cc-s-${s.stance}`}>
      <span class="cc-verdict">
        <Icon name={s.stance} />
        {STANCE_WORD[s.stance]}
      </span>
      <span class="cc-outlet">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer" aria-label={`${s.outlet.name}, ${formatDate(s.outlet.published)} (opens the article)`}>
            {s.outlet.name}
          </a>
        ) : (
          <b>{s.outlet.name}</b>
        )}
        {' · '}
        <span>{formatDate(s.outlet.published)}</span>
      </span>
      {s.evidence && s.stance !== 'omit' && <blockquote class="cc-evidence">{s.evidence}</blockquote>}
      {s.reason && s.stance === 'dispute' && <p class="cc-reason">{s.reason}</p>}
    </li>
  );
}

function ClaimCard({ c, active, onSelect }: { c: ClaimView; active: boolean; onSelect(i: number): void }) {
  return (
    <li class={`cc-card cc-tone-${c.mix}`} data-index={c.index} aria-current={active ? 'true' : undefined}>
      <button class="cc-claim" type="button" title="Show this sentence on the page" onClick={() => onSelect(c.index)}>
        <span class="cc-mixtag">
          <Icon name={c.mix} />
          {MIX_WORD[c.mix]}
        </span>
        <span class="cc-quote">{c.text}</span>
      </button>
      <p class="cc-summary">{summaryLine(c.counts)}</p>
      <ul class="cc-stances" aria-label="What each outlet says">
        {c.stances.map((s) => (
          <Stance key={s.outlet.id} s={s} />
        ))}
      </ul>
    </li>
  );
}

function Omitted({ items }: { items: OmittedView[] }) {
  if (!items.length) return <p class="cc-empty">Nothing: this page mentions every point the other outlets report.</p>;
  return (
    <ul class="cc-omitted">
      {items.map((o, i) => (
        <li key={i}>
          <p>{o.text}</p>
          <p>Reported by {o.outlets.map((x) => x.name).join(', ')}</p>
        </li>
      ))}
    </ul>
  );
}

export function Sidebar({ view, active, focusActive, collapsed, onClose, onToggleCollapsed, onSelect }: SidebarProps) {
  const body = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  // Move focus in: to the card it was opened at, else to the title.
  useLayoutEffect(() => {
    const card = active !== null ? body.current?.querySelector<HTMLElement>(`[data-index="${active}"]`) : null;
    card?.scrollIntoView?.({ block: 'start' });
    if (!focusActive) return;
    (card?.querySelector<HTMLElement>('.cc-claim') ?? title.current)?.focus();
  }, [active, focusActive]);

  const n = view.claims.length;
  return (
    <div class={`cc-panel${collapsed ? ' cc-collapsed' : ''}`} role="dialog" aria-modal="false" aria-labelledby="cc-title" id="cc-panel">
      <div class="cc-head">
        <div class="cc-head-text">
          <p class="cc-kicker">Crosscheck</p>
          <h2 class="cc-title" id="cc-title" tabIndex={-1} ref={title}>
            {view.title}
          </h2>
          <p class="cc-stats">
            {n} {n === 1 ? 'claim' : 'claims'} checked · {view.corpusOutlets} {view.corpusOutlets === 1 ? 'outlet' : 'outlets'} in the corpus
          </p>
          <p class="cc-legend" aria-label="Highlight colours">
            {(['confirm', 'dispute', 'solo'] as const).map((m) => (
              <span key={m} class={`cc-tone-${m}`}>
                <span class="cc-dot" />
                {MIX_WORD[m]}
              </span>
            ))}
          </p>
        </div>
        <button class="cc-btn" type="button" aria-expanded={!collapsed} aria-controls="cc-body" aria-label={collapsed ? 'Expand Crosscheck' : 'Collapse Crosscheck'} onClick={onToggleCollapsed}>
          <Icon name={collapsed ? 'expand' : 'collapse'} ring={false} />
        </button>
        <button class="cc-btn" type="button" aria-label="Close Crosscheck" onClick={onClose}>
          <Icon name="close" ring={false} />
        </button>
      </div>
      <div class="cc-body" id="cc-body" ref={body}>
        <h3 class="cc-h3" id="cc-claims-h">
          Claims on this page
        </h3>
        {n ? (
          <ol class="cc-claims" aria-labelledby="cc-claims-h">
            {view.claims.map((c) => (
              <ClaimCard key={c.index} c={c} active={c.index === active} onSelect={onSelect} />
            ))}
          </ol>
        ) : (
          <p class="cc-empty">No sentence on this page matches what the other outlets report.</p>
        )}
        <h3 class="cc-h3" id="cc-omitted-h">
          What this page leaves out
        </h3>
        <Omitted items={view.omitted} />
      </div>
    </div>
  );
}
