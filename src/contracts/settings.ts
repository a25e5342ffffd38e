/** The user's settings, kept in `storage.local` (never synced: nothing leaves the device). */
export interface Settings {
  /** 'auto' checks every page as it loads; 'manual' only when asked from the popup. */
  mode: 'auto' | 'manual';
  /** Hostnames where Crosscheck is off, e.g. "www.example.com", in the order they were added. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ mode: 'auto', disabledSites: [] });
