// Use the system's Chromium / Firefox ESR when present (CI and dev machines here have no
// internet for puppeteer's own browser download); fall back to puppeteer's browser elsewhere.
const fs = require('node:fs');
const hasSystemBrowser = ['/usr/bin/chromium', '/usr/bin/firefox-esr'].some((p) => fs.existsSync(p));
module.exports = {
  skipDownload: hasSystemBrowser || process.env.PUPPETEER_SKIP_DOWNLOAD === 'true',
  chrome: { skipDownload: hasSystemBrowser },
  firefox: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
};
