/** The popup on a forum thread that is not about back pain: answered by the content script's gate. */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchWithExtension, type BrowserName } from './support/browsers';
import { openPopup } from './support/popup';
import { serveDirectory, type StaticServer } from './support/server';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.runIf(browserAvailable(name))(`the popup on a knee thread in ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let extensionBase: string;
    beforeAll(async () => {
      server = await serveDirectory('tests/fixtures');
      ({ browser, extensionBase } = await launchWithExtension(name));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    it('says the thread is not a back-pain discussion', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/discourse-app/index.html?topic=9012`);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
      const popup = await openPopup(name, browser, page, extensionBase);
      await popup.waitForSelector('.claims, .empty', { timeout: 10_000 });
      expect(await popup.$eval('.empty h2', (el) => el.textContent)).toBe(
        'Not a back-pain discussion',
      );
      expect(
        await page.evaluate(() => performance.getEntriesByName('backcheck:annotator').length),
      ).toBe(0);
    });
  });
}
