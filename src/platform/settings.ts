/** The user's settings in `storage.local`, shared by the content script, popup and options. */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../contracts/settings.js';

const KEY = 'settings';

function normalise(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    mode: r.mode === 'manual' ? 'manual' : 'auto',
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return normalise(got[KEY] ?? DEFAULT_SETTINGS);
}

async function update(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await getSettings());
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export const setMode = (mode: Settings['mode']): Promise<Settings> => update((s) => ({ ...s, mode }));

/** Turns Crosscheck on or off for one hostname. */
export function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  return update((s) => {
    const rest = s.disabledSites.filter((x) => x !== site);
    return { ...s, disabledSites: enabled ? rest : [...rest, site] };
  });
}

export const isSiteEnabled = (s: Settings, site: string): boolean => !s.disabledSites.includes(site);

/** Calls `listener` with the new settings whenever they change; returns an unsubscribe function. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const l = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'local' && KEY in changes) listener(normalise(changes[KEY]?.newValue ?? DEFAULT_SETTINGS));
  };
  browser.storage.onChanged.addListener(l);
  return () => browser.storage.onChanged.removeListener(l);
}

export type { Settings };
