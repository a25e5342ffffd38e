/** Keyboard shortcuts: forwarded to the active tab's content script (tabs.query gives the id without the tabs permission). */
import browser from '../platform/browser.js';
import { sendToTab } from '../platform/messaging.js';

export const TOGGLE_SIDEBAR = 'toggle-sidebar';

export async function onCommand(command: string): Promise<void> {
  if (command !== TOGGLE_SIDEBAR) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await sendToTab(tab.id, 'toggle-sidebar', {});
  } catch {
    // No content script there (a browser page, a site without host access): nothing to toggle.
  }
}
