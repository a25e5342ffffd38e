// Crosscheck only ever drives the system's browsers (/usr/bin/chromium and /usr/bin/firefox-esr, or
// $CHROMIUM_PATH / $FIREFOX_PATH): puppeteer's postinstall must never download one of its own. A
// download needs the internet, which these machines don't have, and made `npm ci` fail on a machine
// without a system Chromium, where someone who only wants the CLI needs no browser at all.
// A missing browser is reported by `npm start` and the e2e tests, with how to install it.
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
};
