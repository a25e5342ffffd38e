/** Small payload checks for message handlers: each returns an error message or null. */

type Field = (v: unknown) => boolean;

export const str = (max: number): Field => (v) => typeof v === 'string' && v.length <= max;
export const strOrNull = (max: number): Field => (v) => v == null || (typeof v === 'string' && v.length <= max);
export const bool: Field = (v) => typeof v === 'boolean';
export const count: Field = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6;

/** Checks that `payload` is an object whose listed fields pass; extra fields are allowed. */
export function shape(fields: Record<string, Field>): (payload: unknown) => string | null {
  return (payload) => {
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return 'payload must be an object';
    for (const [name, ok] of Object.entries(fields)) {
      if (!ok((payload as Record<string, unknown>)[name])) return `bad field "${name}"`;
    }
    return null;
  };
}

/** Where an added article goes (contracts' AddTarget): checked alike by both content stages. */
export const addTargetShape = (): ((payload: unknown) => string | null) => shape({ confirmed: bool, story: strOrNull(200), newStory: strOrNull(200) });
