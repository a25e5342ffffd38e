/** What the popup knows about the current tab, gathered from the content script and the browser. */
import browser from '../../platform/browser.js';
import type { CorpusInfo, TabStatus } from '../../contracts/messages.js';
import { send, sendToTab } from '../../platform/messaging.js';
import { hasHostAccess } from '../../platform/permissions.js';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'needs-access' }
  | { kind: 'status'; status: TabStatus }
  | { kind: 'error'; message: string };

/**
 * The tab the popup speaks about: the active tab of its window, or `?tab=<id>` when the popup
 * page is opened in a tab of its own (keyboard users, and the e2e tests in Firefox).
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script for its state; joins a check that is still running. */
export async function readTab(tabId: number | null): Promise<PopupView> {
  if (tabId === null) return { kind: 'unavailable' };
  let status: TabStatus;
  try {
    status = await sendToTab(tabId, 'get-status', {});
  } catch {
    // No content script answers: either Firefox host access is withheld, or the page can't be scripted.
    return (await hasHostAccess()) ? { kind: 'unavailable' } : { kind: 'needs-access' };
  }
  if (status.state === 'checking') status = await sendToTab(tabId, 'check-page', {});
  return { kind: 'status', status };
}

export async function readCorpus(): Promise<CorpusInfo | null> {
  try {
    return await send('corpus-info', {});
  } catch {
    return null;
  }
}

/**
 * After the popup turns the site back on: the content script learns it from storage.onChanged,
 * which may reach it after our message. Ask again (each round trip lets its event queue drain)
 * until it reports enabled, then check the page (or just report, in ask-first mode).
 */
export async function statusAfterEnabling(tabId: number, autoCheck: boolean): Promise<TabStatus> {
  let status = await sendToTab(tabId, 'get-status', {});
  for (let i = 0; i < 50 && !status.enabled; i++) status = await sendToTab(tabId, 'get-status', {});
  return autoCheck ? sendToTab(tabId, 'check-page', {}) : status;
}
