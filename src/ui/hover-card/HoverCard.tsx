/** The card shown next to a hovered highlight: how many outlets confirm, dispute or don't mention it, and who. */
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

/** Below the line when there is room, else above; never off the viewport's sides. */
function place(box: Box, vw: number, vh: number): Record<string, string> {
  const left = Math.max(GAP, Math.min(box.left, vw - Math.min(CARD_W, vw - 2 * GAP) - GAP));
  const below = vh - box.bottom >= 200 || box.top < vh - box.bottom;
  return below ? { left: `${left}px`, top: `${box.bottom + GAP}px` } : { left: `${left}px`, bottom: `${vh - box.top + GAP}px` };
}

export function HoverCard({ claim, box, onPointer }: HoverCardProps) {
  const win = globalThis as unknown as { innerWidth: number; innerHeight: number };
  const groups = (['confirm', 'dispute', 'omit'] as Stance[])
    .map((stance) => ({ stance, items: claim.stances.filter((s) => s.stance === stance) }))
    .filter((g) => g.items.length);
  return (
    <div
      class={`cc-hovercard cc-tone-${claim.mix}`}
      role="tooltip"
      id="cc-hovercard"
      style={place(box, win.innerWidth, win.innerHeight)}
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
