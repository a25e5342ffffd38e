/** Verdict icons: a shape per verdict so that colour is never the only signal. Decorative: the word beside it speaks. */
import type { Stance } from '../../contracts/index.js';
import type { Mix } from './view.js';

const PATHS: Record<Stance | Mix | 'close' | 'collapse' | 'expand', string> = {
  confirm: 'M4 8.5l2.5 2.5L12 5.5',
  dispute: 'M8 4v5M8 11.5v.5',
  omit: 'M4.5 8h7',
  solo: 'M8 4.5v.5M8 7v4.5',
  close: 'M4 4l8 8M12 4l-8 8',
  collapse: 'M4 6l4 4 4-4',
  expand: 'M4 10l4-4 4 4',
};

export function Icon({ name, ring = true }: { name: keyof typeof PATHS; ring?: boolean }) {
  return (
    <svg class={`cc-icon cc-icon-${name}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {ring && name !== 'close' && name !== 'collapse' && name !== 'expand' && (
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" />
      )}
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
