/** The card shown next to a hovered highlight: how many outlets confirm, dispute or don't mention it, and who. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Stance } from '../../contracts/index.js';
import { t } from '../../platform/i18n.js';
import { Icon } from '../shared/Icon.js';
import type { Box } from '../shared/store.js';
import { countWord, summaryLine, type ClaimView } from '../shared/view.js';

export interface HoverCardProps {
  claim: ClaimView;
  box: Box;
  onPointer(inside: boolean): void;
}

const CARD_W = 340;
const GAP = 8;

/**
 * Where the card goes, from the claim's whole box (all its lines): above its first line when the card fits there (a
 * card below would sit on what the reader reads next), else below its last, else beside it, else in the larger of
 * the two with a scroll of its own. Never over the claim, never off the viewport's sides.
 */
export function placeCard(box: Box, height: number, vw: number, vh: number): Record<string, string> {
  const w = Math.min(CARD_W, vw - 2 * GAP);
  const left = Math.max(GAP, Math.min(box.left, vw - w - GAP));
  const above = box.top - 2 * GAP;
  const below = vh - box.bottom - 2 * GAP;
  if (above >= height) return { left: `${left}px`, bottom: `${vh - box.top + GAP}px` };
  if (below >= height) return { left: `${left}px`, top: `${box.bottom + GAP}px` };
  const top = `${Math.max(GAP, Math.min(box.top, vh - height - GAP))}px`;
  if (vw - box.right - 2 * GAP >= w) return { left: `${box.right + GAP}px`, top };
  if (box.left - 2 * GAP >= w) return { left: `${box.left - GAP - w}px`, top };
  const room = `${Math.max(above, below, 48)}px`;
  return above > below
    ? { left: `${left}px`, bottom: `${vh - box.top + GAP}px`, maxHeight: room, overflow: 'auto' }
    : { left: `${left}px`, top: `${box.bottom + GAP}px`, maxHeight: room, overflow: 'auto' };
}

export function HoverCard({ claim, box, onPointer }: HoverCardProps) {
  const win = globalThis as unknown as { innerWidth: number; innerHeight: number };
  const ref = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState(() => placeCard(box, 200, win.innerWidth, win.innerHeight));
  // Placed again with its real height before the browser paints it.
  useLayoutEffect(() => {
    const el = ref.current;
    // Its whole height, even where a previous place gave it a scroll of its own (+ its borders); 200 without layout.
    const height = el?.offsetHeight ? Math.max(el.offsetHeight, el.scrollHeight + 6) : 200;
    setStyle(placeCard(box, height, win.innerWidth, win.innerHeight));
  }, [box, claim]);
  const groups = (['confirm', 'dispute', 'omit'] as Stance[])
    .map((stance) => ({ stance, items: claim.stances.filter((s) => s.stance === stance) }))
    .filter((g) => g.items.length);
  return (
    <div
      class={`cc-hovercard cc-tone-${claim.mix}`}
      role="tooltip"
      id="cc-hovercard"
      ref={ref}
      style={style}
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
    >
      <p class="cc-hc-summary">{summaryLine(claim.counts)}</p>
      <ul class="cc-hc-groups">
        {groups.map((g) => (
          <li key={g.stance} class={`cc-hc-${g.stance}`}>
            <Icon name={g.stance} />
            <span>
              <b class={`cc-hc-${g.stance}`}>{countWord(g.stance)}:</b>{' '}
              {g.items.map((s) => (s.stance === 'dispute' && s.reason ? `${s.outlet.name} (${s.reason})` : s.outlet.name)).join(', ')}
            </span>
          </li>
        ))}
      </ul>
      <p class="cc-hc-hint">{t('hoverHint')}</p>
    </div>
  );
}
