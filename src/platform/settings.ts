/** The user's settings in `storage.local`, shared by the content script, popup and options. */
import browser from './browser.js';
import { SETTINGS_DEFAULTS, SETTINGS_KEYS, isSiteDisabled, type Settings } from '../contracts/settings.js';

function normalise(raw: Record<string, unknown>): Settings {
  return {
    autoCheck: typeof raw['autoCheck'] === 'boolean' ? raw['autoCheck'] : SETTINGS_DEFAULTS.autoCheck,
    disabledSites: Array.isArray(raw['disabledSites'])
      ? raw['disabledSites'].filter((s): s is string => typeof s === 'string')
      : [...SETTINGS_DEFAULTS.disabledSites],
  };
}

const siteKey = (site: string): string => site.toLowerCase().replace(/^www\./, '');

export async function getSettings(): Promise<Settings> {
  return normalise(await browser.storage.local.get([...SETTINGS_KEYS]));
}

export async function setAutoCheck(autoCheck: boolean): Promise<void> {
  await browser.storage.local.set({ autoCheck });
}

/** Turns Crosscheck on or off for one hostname ("www." is ignored). */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<string[]> {
  const { disabledSites } = await getSettings();
  const rest = disabledSites.filter((s) => siteKey(s) !== siteKey(site));
  const next = enabled ? rest : [...rest, site.toLowerCase()];
  await browser.storage.local.set({ disabledSites: next });
  return next;
}

export const isSiteEnabled = (s: Settings, site: string): boolean => !isSiteDisabled(s, site);

/** Calls `listener` with the new settings whenever one changes; returns an unsubscribe function. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const l = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && SETTINGS_KEYS.some((k) => k in changes)) void getSettings().then(listener);
  };
  browser.storage.onChanged.addListener(l);
  return () => browser.storage.onChanged.removeListener(l);
}

export type { Settings };
