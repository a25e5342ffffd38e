/** Turning a sentence into a claim: its slots, its index terms, and whether it asserts anything checkable. */
import type { ClaimSlots } from '../contracts/index.js';
import { analyse, slotsOf } from './slots.js';
import { termsOf } from './terms.js';
import type { ClaimView } from './stance.js';

export interface PreparedClaim {
  view: ClaimView;
  terms: Map<string, number>;
}

/** Reads a sentence into the form the matcher and the stance function use. */
export function prepareClaim(text: string, language?: string, year: number | null = null): PreparedClaim {
  const a = analyse(text, language);
  const slots = slotsOf(a);
  return { view: { text, slots, year }, terms: termsOf(a, slots) };
}

/** True when a sentence asserts something checkable: a figure, place, day, actor, action or attribution, in a real sentence. */
export function isCheckable(text: string, slots: ClaimSlots): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 5 || /\?\s*["”»]?$/.test(text)) return false;
  return (
    slots.quantities.some((q) => q.unit) ||
    slots.places.length > 0 ||
    slots.times.length > 0 ||
    slots.actors.length > 0 ||
    slots.actions.length > 0 ||
    slots.attributions.length > 0
  );
}
