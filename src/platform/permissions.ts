/** Host access for the content script. Firefox lets users withhold it, so the popup checks and asks. */
import browser from './browser.js';

/** The content script's match patterns (kept equal to manifest.json by a test). */
export const CONTENT_ORIGINS = ['http://*/*', 'https://*/*'] as const;

export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...CONTENT_ORIGINS] });
  } catch {
    return true; // A browser that can't tell has granted them at install.
  }
}

/** Must be called straight from a click handler (a user gesture), before any other await. */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: [...CONTENT_ORIGINS] });
}
