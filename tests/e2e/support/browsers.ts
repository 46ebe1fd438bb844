/**
 * Real browsers with the built extension loaded: Debian's Chromium and Firefox ESR, driven by
 * puppeteer-core (never a browser download). A missing browser skips its tests loudly on a
 * developer's machine and fails them in CI.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve('.output/chrome-mv3-test'),
  firefox: resolve('.output/firefox-mv3-test'),
};

const EXECUTABLES: Record<BrowserName, string[]> = {
  chromium: [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  firefox: [process.env.FIREFOX_PATH ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** The Firefox build's add-on id, and the fixed moz-extension UUID we give it in tests. */
const GECKO_ID = 'backcheck@backcheck.dev';
const FIREFOX_UUID = '6b3d0c2e-1f4a-4e8b-9a57-3c2d1e0f9a11';

export function findExecutable(name: BrowserName): string | undefined {
  return EXECUTABLES[name].find((path) => path && existsSync(path));
}

/** Whether to run a browser's suite; in CI a missing browser or build is an error, not a skip. */
export function browserAvailable(name: BrowserName): boolean {
  const executable = findExecutable(name);
  const built = existsSync(join(EXTENSION_DIRS[name], 'manifest.json'));
  if (executable && built) return true;
  const why = !executable
    ? `${name} was not found (apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'})`
    : `the test build is missing (npm run build:test)`;
  if (process.env.CI) throw new Error(`E2E: ${why}; browser tests are required in CI.`);
  console.warn(`\n!!! E2E SKIPPED for ${name}: ${why}. These tests did NOT run. !!!\n`);
  return false;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** The extension's base URL, e.g. chrome-extension://<id>/ */
  extensionBase: string;
}

/** Flags for Debian's Chromium on these machines (its background connections are refused here). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--window-size=1280,900',
];

/**
 * Each browser gets a profile of puppeteer's making, which puppeteer deletes on close (a profile
 * folder passed in is left behind, three per run of the suite).
 */
export async function launchWithExtension(name: BrowserName): Promise<LaunchedBrowser> {
  const dir = EXTENSION_DIRS[name];
  const executablePath = findExecutable(name)!;
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
      ignoreDefaultArgs: ['--disable-extensions'],
      defaultViewport: { width: 1280, height: 900 },
    });
    const worker = await browser.waitForTarget(
      (target) =>
        target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 30_000 },
    );
    const extensionBase = new URL('/', worker.url()).href;
    return { browser, extensionBase };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(dir);
  return { browser, extensionBase: `moz-extension://${FIREFOX_UUID}/` };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s without events (Chromium only),
 * through the ServiceWorker domain of one of the extension's own pages. Messages still on their way
 * (from pages just closed) start it again at once: then it is stopped again, once they are done.
 */
export async function stopServiceWorker(browser: Browser): Promise<void> {
  const isRunning = () => browser.targets().some((t) => t.type() === 'service_worker');
  for (let attempt = 0; attempt < 5; attempt++) {
    const worker = browser.targets().find((t) => t.type() === 'service_worker');
    if (!worker) throw new Error('the extension has no service worker running');
    const extensionPage = await browser.newPage();
    await extensionPage.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const session = await extensionPage.createCDPSession();
    const running: string[] = [];
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.runningStatus === 'running') running.push(v.versionId);
    });
    await session.send('ServiceWorker.enable');
    await new Promise((r) => setTimeout(r, 300));
    for (const versionId of running) await session.send('ServiceWorker.stopWorker', { versionId });
    await extensionPage.close();
    await new Promise((r) => setTimeout(r, 800));
    if (!isRunning()) return;
  }
  throw new Error('the service worker did not stop');
}
