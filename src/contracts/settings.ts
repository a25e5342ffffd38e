/**
 * User settings kept in `storage.local` (written by the options page and the popup, read by the content script).
 * Both keys live at the top level of storage.local so that a `storage.onChanged` listener sees each change.
 */
export interface Settings {
  /** Check every page automatically (default) or only when asked from the popup. */
  autoCheck: boolean;
  /** Hostnames (as `location.hostname`, lower case) where Crosscheck is off. */
  disabledSites: string[];
}

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({ autoCheck: true, disabledSites: [] });

/** The storage.local keys, one per setting. */
export const SETTINGS_KEYS = ['autoCheck', 'disabledSites'] as const satisfies readonly (keyof Settings)[];

/** True when Crosscheck is off for this hostname; "www." is ignored on both sides. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((s) => s.toLowerCase().replace(/^www\./, '') === host);
}
