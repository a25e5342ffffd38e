/**
 * The comparison sidebar: a non-modal dialog at the right edge (a bottom sheet on narrow windows) with a card per
 * claim in page order and what the page leaves out. All page and corpus text is rendered as text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/i18n.js';
import { Icon } from '../shared/Icon.js';
import type { UiState } from '../shared/store.js';
import { claimsChecked, corpusOutlets, mixWord, outletDate, safeUrl, stanceWord, summaryLine, type ClaimView, type OmittedView, type PageView, type StanceView } from '../shared/view.js';

export interface SidebarProps {
  view: PageView;
  active: number | null;
  focusActive: boolean;
  collapsed: boolean;
  /** Where the collapsed panel sits when its default place would cover the page's controls. */
  placeStyle?: Record<string, string> | undefined;
  onClose(): void;
  onToggleCollapsed(): void;
  onSelect(index: number): void;
  adding?: UiState['adding'];
  /** Absent where adding isn't wired (tests of other parts). */
  onAdd?(confirmed: boolean): void;
}

function Stance({ s }: { s: StanceView }) {
  const url = safeUrl(s.outlet.url);
  return (
    <li class={`cc-stance cc-s-${s.stance}`}>
      <span class="cc-verdict">
        <Icon name={s.stance} />
        {stanceWord(s.stance)}
      </span>
      <span class="cc-outlet">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer" aria-label={t('outletLinkLabel', s.outlet.name, outletDate(s.outlet))}>
            {s.outlet.name}
          </a>
        ) : (
          <b>{s.outlet.name}</b>
        )}
        {' · '}
        <span>{outletDate(s.outlet)}</span>
      </span>
      {s.evidence && s.stance !== 'omit' && <blockquote class="cc-evidence">{s.evidence}</blockquote>}
      {s.reason && s.stance === 'dispute' && <p class="cc-reason">{s.reason}</p>}
    </li>
  );
}

function ClaimCard({ c, active, onSelect }: { c: ClaimView; active: boolean; onSelect(i: number): void }) {
  return (
    <li class={`cc-card cc-tone-${c.mix}`} data-index={c.index} aria-current={active ? 'true' : undefined}>
      <button class="cc-claim" type="button" title={t('showOnPage')} onClick={() => onSelect(c.index)}>
        <span class="cc-mixtag">
          <Icon name={c.mix} />
          {mixWord(c.mix)}
        </span>
        <span class="cc-quote">{c.text}</span>
      </button>
      <p class="cc-summary">{summaryLine(c.counts)}</p>
      {c.development && <p class="cc-dev">{c.development}</p>}
      <ul class="cc-stances" aria-label={t('stancesLabel')}>
        {c.stances.map((s) => (
          <Stance key={s.outlet.id} s={s} />
        ))}
      </ul>
    </li>
  );
}

function Omitted({ items }: { items: OmittedView[] }) {
  if (!items.length) return <p class="cc-empty">{t('omittedNone')}</p>;
  return (
    <ul class="cc-omitted">
      {items.map((o, i) => (
        <li key={i}>
          <p>{o.text}</p>
          <p>{t('reportedBy', o.outlets.map((x) => x.name).join(', '))}</p>
        </li>
      ))}
    </ul>
  );
}

/** "Add this article as a source", its outcome, and a confirmation for a page that isn't the story. */
function AddSource({ adding, onAdd }: { adding: UiState['adding']; onAdd(confirmed: boolean): void }) {
  const busy = adding?.state === 'busy';
  return (
    <div class="cc-add">
      {adding?.state === 'confirm' ? (
        <button class="cc-addbtn" type="button" onClick={() => onAdd(true)}>
          {t('addAnyway')}
        </button>
      ) : (
        <button class="cc-addbtn" type="button" disabled={busy} onClick={() => onAdd(false)}>
          {t('addSource')}
        </button>
      )}
      <p class={`cc-addmsg cc-add-${adding?.state ?? 'idle'}`} role="status">
        {adding ? adding.text : t('addSourceHint')}
      </p>
    </div>
  );
}

export function Sidebar({ view, active, focusActive, collapsed, placeStyle, onClose, onToggleCollapsed, onSelect, adding = null, onAdd }: SidebarProps) {
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
    <div class={`cc-panel${collapsed ? ' cc-collapsed' : ''}`} style={collapsed ? placeStyle : undefined} role="dialog" aria-modal="false" aria-labelledby="cc-title" id="cc-panel">
      <div class="cc-head">
        <div class="cc-head-text">
          <p class="cc-kicker">Crosscheck</p>
          <h2 class="cc-title" id="cc-title" tabIndex={-1} ref={title}>
            {view.title}
          </h2>
          {view.story && (
            // Styled here, beside the shared sheet (styles.ts), which it only adds to.
            <p class="cc-story" data-testid="cc-story" style={{ marginTop: '4px', fontSize: '13px', fontWeight: '600' }}>
              {t('sidebarStory', view.story)}
            </p>
          )}
          <p class="cc-stats">{t('statsLine', claimsChecked(n), corpusOutlets(view.corpusOutlets))}</p>
          <div class="cc-legend" role="group" aria-label={t('legendLabel')}>
            {(['confirm', 'dispute', 'solo'] as const).map((m) => (
              <span key={m} class={`cc-tone-${m}`}>
                <span class="cc-dot" />
                {mixWord(m)}
              </span>
            ))}
          </div>
        </div>
        <button class="cc-btn" type="button" aria-expanded={!collapsed} aria-controls="cc-body" aria-label={collapsed ? t('expandLabel') : t('collapseLabel')} onClick={onToggleCollapsed}>
          <Icon name={collapsed ? 'expand' : 'collapse'} ring={false} />
        </button>
        <button class="cc-btn" type="button" aria-label={t('closeLabel')} onClick={onClose}>
          <Icon name="close" ring={false} />
        </button>
      </div>
      <div class="cc-body" id="cc-body" ref={body}>
        <h3 class="cc-h3" id="cc-claims-h">
          {t('claimsHeading')}
        </h3>
        {n ? (
          <ol class="cc-claims" aria-labelledby="cc-claims-h">
            {view.claims.map((c) => (
              <ClaimCard key={c.index} c={c} active={c.index === active} onSelect={onSelect} />
            ))}
          </ol>
        ) : (
          <p class="cc-empty">{t('claimsNone')}</p>
        )}
        <h3 class="cc-h3" id="cc-omitted-h">
          {t('omittedHeading')}
        </h3>
        <Omitted items={view.omitted} />
        {onAdd && <AddSource adding={adding} onAdd={onAdd} />}
      </div>
    </div>
  );
}
