import type { PageInput, StoryVerdict } from '../contracts/index.js';

/** STUB: decides whether a page covers Colombia suspending intelligence sharing with the US. */
export function detectStory(page: PageInput): StoryVerdict {
  const t = `${page.title}\n${page.text}`.toLowerCase();
  const detected = t.includes('colombia') && t.includes('intelligence');
  return { detected, score: detected ? 1 : 0, signals: detected ? ['stub'] : [] };
}
