/**
 * Backcheck's main job, in one command: `npm run demo [-- --headless]`.
 *
 * Builds the extension (the test build, which also runs on 127.0.0.1), serves the demo threads (the
 * seed pages rendered as forum pages, in tests/fixtures) on 127.0.0.1, and opens Chromium with
 * Backcheck loaded. With a display it opens a window on the thread list; without one, or with
 * --headless, it prints the claims found on each page and writes screenshots to demo-output/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import {
  browserAvailable,
  CHROMIUM_FLAGS,
  EXTENSION_DIRS,
  findExecutable,
} from '../tests/e2e/support/browsers';
import { serveDirectory } from '../tests/e2e/support/server';

const FIXTURES = 'tests/fixtures';
const OUTPUT = 'demo-output';
const DEMO_ENGINES = ['discourse', 'wordpress'];

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

function demoPages(): string[] {
  return DEMO_ENGINES.flatMap((engine) =>
    readdirSync(join(FIXTURES, engine))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `/${engine}/${name}`),
  );
}

console.log('demo: building the extension…');
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (!browserAvailable('chromium')) {
  console.error('demo: Chromium is needed (sudo apt-get install chromium), then run again.');
  process.exit(1);
}

const server = await serveDirectory(FIXTURES);
const pages = demoPages();
const dir = EXTENSION_DIRS.chromium;
const browser = await puppeteer.launch({
  executablePath: findExecutable('chromium')!,
  headless,
  args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  ignoreDefaultArgs: ['--disable-extensions'],
  defaultViewport: headless ? { width: 1280, height: 900 } : null,
});

if (!headless) {
  const [tab] = await browser.pages();
  await tab!.goto(server.origin + pages[0]);
  console.log('demo: Chromium is open with Backcheck. Demo threads:');
  for (const path of pages) console.log(`  ${server.origin}${path}`);
  console.log('demo: close the browser window to stop.');
  await new Promise((resolve) => browser.on('disconnected', resolve));
} else {
  mkdirSync(OUTPUT, { recursive: true });
  const page = await browser.newPage();
  for (const path of pages) {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await page.waitForSelector('backcheck-marker', { timeout: 10_000 }).catch(() => undefined);
    const claims = await page.$$eval('backcheck-marker', (markers) =>
      markers.map((m) => ({
        claim: m.getAttribute('data-backcheck-claim'),
        verdict: m.getAttribute('data-backcheck-verdict'),
        stance: m.getAttribute('data-backcheck-stance'),
        post: m.getAttribute('data-backcheck-post'),
      })),
    );
    const title = await page.title();
    console.log(`\n${title}\n  ${server.origin}${path}: ${claims.length} claims`);
    for (const c of claims) {
      console.log(`  post ${c.post}: ${c.claim} (${c.verdict}; the post ${c.stance})`);
    }
    const first = await page.$('backcheck-marker');
    await first?.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    const shot = join(OUTPUT, `${path.split('/').pop()!.replace('.html', '')}.png`);
    await page.screenshot({ path: shot });
    console.log(`  screenshot: ${shot}`);
  }
  await browser.close();
}
await server.close();
