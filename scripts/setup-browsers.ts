/**
 * Which of the system browsers Crosscheck drives are missing, and how to get them. Puppeteer never downloads a
 * browser here (.puppeteerrc.cjs), so `npm start`, the e2e tests and `npm test` ask this first and say plainly what to
 * install, instead of failing inside a launch.
 *
 *   tsx scripts/setup-browsers.ts [chromium] [firefox]   # exits 1 with the install command when one is missing
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { CHROMIUM, FIREFOX, type BrowserName } from './dev/browsers.js';

export const INSTALL = 'apt-get install -y chromium chromium-l10n firefox-esr';

export interface Missing {
  /** What is missing, as a person would say it. */
  what: string;
  /** The Debian package that provides it. */
  pkg: string;
}

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browsers (and Chromium's locale files, which the e2e tests' Spanish and Portuguese runs need) that are missing. */
export function missingBrowsers(which: readonly BrowserName[] = ['chromium', 'firefox'], { locales = true } = {}): Missing[] {
  const out: Missing[] = [];
  if (which.includes('chromium')) {
    if (!executable(CHROMIUM)) out.push({ what: `Chromium (${CHROMIUM})`, pkg: 'chromium' });
    // Debian's chromium keeps its interface languages apart; a Chromium named by CHROMIUM_PATH is the user's business.
    else if (locales && !process.env['CHROMIUM_PATH'] && !existsSync('/usr/lib/chromium/locales/es.pak')) out.push({ what: "Chromium's locale files (/usr/lib/chromium/locales/es.pak)", pkg: 'chromium-l10n' });
  }
  if (which.includes('firefox') && !executable(FIREFOX)) out.push({ what: `Firefox ESR (${FIREFOX})`, pkg: 'firefox-esr' });
  return out;
}

/** A plain message naming what is missing and the command that installs it. */
export function browsersMessage(missing: readonly Missing[], purpose = 'This needs'): string {
  return [
    `${purpose} ${missing.map((m) => m.what).join(' and ')}, not installed on this machine.`,
    `Install the browsers (Debian/Ubuntu, as root or with sudo):  ${INSTALL}`,
    'or point CHROMIUM_PATH / FIREFOX_PATH at your own binaries. Crosscheck never downloads a browser.',
  ].join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const asked = process.argv.slice(2).filter((a): a is BrowserName => a === 'chromium' || a === 'firefox');
  // Named browsers alone (npm run icons needs Chromium, not its languages); all of it for the tests.
  const missing = asked.length ? missingBrowsers(asked, { locales: false }) : missingBrowsers();
  if (missing.length) {
    process.stderr.write(`${browsersMessage(missing, 'The browser tests need')}\n(\`npm run test:unit\` runs every test that needs no browser.)\n`);
    process.exit(1);
  }
}
