/**
 * Rasterises assets/icons/icon.svg into the PNG sizes the stores and browsers want
 * (16, 32, 48, 128) with headless Chromium. The PNGs are committed, so the build needs no browser;
 * run `npm run icons` after changing the SVG.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer';
import { CHROMIUM } from '../dev/browsers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = [16, 32, 48, 128];

const svg = readFileSync(join(ROOT, 'assets/icons/icon.svg'), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'crosscheck-icons-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.waitForFunction(() => document.images[0]?.complete === true);
    const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(ROOT, `assets/icons/icon-${size}.png`), png);
    console.log(`assets/icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
