/** The toolbar badge: the number of checked claims on a story page, nothing anywhere else. */
import browser from '../platform/browser.js';
import { t } from '../platform/i18n.js';

const COLOUR = '#1d4ed8';

/** The badge text for a tab's status. */
export const badgeText = (story: boolean, claims: number): string => (story && claims > 0 ? (claims > 999 ? '999+' : String(claims)) : '');

/** Sets the badge of one tab (browsers reset it when the tab navigates to a new document). */
export async function setBadge(tabId: number, story: boolean, claims: number): Promise<string> {
  const text = badgeText(story, claims);
  await browser.action.setBadgeText({ tabId, text });
  // The tooltip says what the number means, in the browser's language.
  await browser.action.setTitle({ tabId, title: text ? (claims === 1 ? t('badgeTitleOne') : t('badgeTitle', claims)) : t('actionTitle') });
  if (text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: COLOUR });
    // Firefox picks a text colour itself; Chrome 110+ has setBadgeTextColor.
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }
  return text;
}
