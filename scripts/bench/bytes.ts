/**
 * Section 5: bytes of each bundle and each store zip, as `npm run build` wrote them to dist/.
 * (The same budgets are enforced in `npm test` by tests/scripts/build.test.ts; here they are reported.)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLES = ['content.js', 'content-early.js', 'content-paint.js', 'content-main.js', 'background.js', 'popup/popup.js', 'options/options.js'] as const;
export const TARGETS = ['chrome', 'firefox'] as const;

export interface BytesResult {
  /** target → file → bytes. */
  bundles: Record<string, Record<string, number>>;
  /** target → zip bytes. */
  zips: Record<string, number>;
  /** target → Dexie modules bundled into the content script. */
  contentDexie: Record<string, string[]>;
}

/** Reads the sizes from `dist` (throws when the build is missing). */
export function measureBytes(dist: string): BytesResult {
  const out: BytesResult = { bundles: {}, zips: {}, contentDexie: {} };
  for (const t of TARGETS) {
    const dir = join(dist, t);
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build`);
    out.bundles[t] = Object.fromEntries(BUNDLES.map((f) => [f, statSync(join(dir, f)).size]));
    out.zips[t] = statSync(join(dist, `${t}.zip`)).size;
    const metas = JSON.parse(readFileSync(join(dist, `${t}.meta.json`), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> }[];
    const content = metas.flatMap((m) => Object.entries(m.outputs)).find(([o]) => o.endsWith('/content.js'));
    out.contentDexie[t] = Object.keys(content?.[1].inputs ?? {}).filter((i) => /node_modules\/dexie\//.test(i));
    if (/Dexie|indexedDB/.test(readFileSync(join(dir, 'content.js'), 'utf8'))) out.contentDexie[t]!.push('(the word Dexie or indexedDB in content.js)');
  }
  return out;
}
