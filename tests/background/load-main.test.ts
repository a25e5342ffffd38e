/**
 * load-main: what the background injects for each ask, and the settings it reads for the first stage (which asks as
 * soon as the head passes, without reading them itself).
 */
import { afterEach, expect, it } from 'vitest';
import { loadMain } from '../../src/background/handlers/load-main.js';
import { injectFirstStage } from '../../src/platform/inject.js';

const injected: { files?: string[]; frameIds?: number[] }[] = [];
function fakeChrome(stored: Record<string, unknown>): void {
  (globalThis as Record<string, unknown>)['chrome'] = {
    storage: { local: { get: async () => stored } },
    tabs: { get: async (id: number) => ({ id, url: 'https://news.example/a' }) },
    scripting: {
      executeScript: async (d: { target: { frameIds: number[] }; files: string[] }) => {
        injected.push({ files: d.files, frameIds: d.target.frameIds });
        return [{ result: undefined }];
      },
    },
  };
}
afterEach(() => {
  injected.length = 0;
  delete (globalThis as Record<string, unknown>)['chrome'];
});

const sender = { id: 'x', url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 } as Parameters<typeof loadMain.run>[1];

it('brings in the head start and the paint stage for a page that passed, and hands back the settings it read', async () => {
  fakeChrome({ autoCheck: true, disabledSites: ['other.example'] });
  await expect(loadMain.run({}, sender)).resolves.toEqual({ loaded: true, settings: { autoCheck: true, disabledSites: ['other.example'] } });
  expect(injected.map((i) => i.files)).toEqual([['content-early.js'], ['content-paint.js']]);
});

it('injects nothing where automatic checks are off or the site is turned off, and says why with the settings', async () => {
  fakeChrome({ autoCheck: false });
  await expect(loadMain.run({}, sender)).resolves.toEqual({ loaded: false, settings: { autoCheck: false, disabledSites: [] } });
  fakeChrome({ autoCheck: true, disabledSites: ['news.example'] });
  await expect(loadMain.run({}, sender)).resolves.toMatchObject({ loaded: false });
  expect(injected).toEqual([]);
});

it('brings in only the paint stage where the head start came in with the first stage', async () => {
  fakeChrome({ autoCheck: true });
  await expect(loadMain.run({ paint: true }, sender)).resolves.toEqual({ loaded: true, settings: { autoCheck: true, disabledSites: [] } });
  expect(injected.map((i) => i.files)).toEqual([['content-paint.js']]);
});

it('brings in the main stage at once where the reader asked', async () => {
  fakeChrome({ autoCheck: false });
  await expect(loadMain.run({ main: true }, sender)).resolves.toEqual({ loaded: true });
  expect(injected.map((i) => i.files)).toEqual([['content-main.js']]);
});

it("the background's automatic check brings the head start in the first stage's injection, ahead of it", async () => {
  fakeChrome({});
  await injectFirstStage(7, true);
  await injectFirstStage(7);
  expect(injected).toEqual([{ files: ['/content-early.js', '/content.js'], frameIds: [0] }, { files: ['/content.js'], frameIds: [0] }]);
});
