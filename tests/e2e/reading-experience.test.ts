/**
 * The reading experience in real browsers: accessibility of the popup, the options page and an open
 * note (axe-core), the keyboard flow, the note's actions, and screenshots for the README in light
 * and dark.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { browserAvailable, launchWithExtension, type BrowserName } from './support/browsers';
import { serveDirectory, type StaticServer } from './support/server';

const THREAD = '/discourse/back-spasm-sprained-back.html';
const SCREENSHOTS = 'docs/screenshots';

const openNote = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('backcheck-note')?.shadowRoot?.querySelector('[role="dialog"]') ??
      null,
  );

/** Text of the element focused inside our shadow roots (or the page's), for keyboard checks. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

async function extensionPage(
  browser: Browser,
  name: BrowserName,
  base: string,
  path: string,
  origin: string,
) {
  const page = await browser.newPage();
  if (name === 'chromium') {
    await page.goto(base + path);
  } else {
    // Firefox's BiDi will not navigate to extension pages directly (see the popup test).
    await page.goto(`${origin}/blank.html`);
    await page.evaluate((target) => (location.href = target), base + path);
    await page.waitForFunction(
      (target) => location.href === target && document.querySelector('main'),
      {},
      base + path,
    );
  }
  return page;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.runIf(browserAvailable(name))(`reading experience in ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let extensionBase: string;
    let page: Page;

    beforeAll(async () => {
      server = await serveDirectory('tests/fixtures');
      ({ browser, extensionBase } = await launchWithExtension(name));
      page = await browser.newPage();
      await page.goto(server.origin + THREAD);
      await page.waitForSelector('backcheck-marker', { timeout: 20_000 });
      mkdirSync(SCREENSHOTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('names each marker for assistive technology: the claim and the verdict', async () => {
      const labels = await page.$$eval('backcheck-marker', (markers) =>
        markers.map((m) => m.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? ''),
      );
      expect(labels.length).toBeGreaterThan(5);
      for (const label of labels)
        expect(label).toMatch(
          /^Backcheck note: .+ Evidence: (Supported|Partly supported|Uncertain|Not supported|Misleading)\. This post (makes this claim|disputes this claim|asks about this claim|reports personal experience)\.$/,
        );
    });

    it('works by keyboard alone: Tab reaches a marker, Enter opens, Tab moves inside, Escape returns', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.focus('body');
      let label = '';
      for (let i = 0; i < 40 && !label.startsWith('Backcheck note:'); i++) {
        await page.keyboard.press('Tab');
        label = await focusedLabel(page);
      }
      expect(label).toMatch(/^Backcheck note:/);
      await page.keyboard.press('Enter');
      await openNote(page);
      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe('Close note');
      await page.keyboard.press('Escape');
      expect(await focusedLabel(page)).toBe(label);
    });

    it('an open note has no accessibility violations and stays inside the viewport', async () => {
      await page.$eval('backcheck-marker[data-backcheck-claim="imaging-needed"]', (m) => {
        m.scrollIntoView({ block: 'center' });
        m.shadowRoot!.querySelector('button')!.click();
      });
      await openNote(page);
      const inside = await page.evaluate(() => {
        const rect = document
          .querySelector('backcheck-note')!
          .shadowRoot!.querySelector('[role="dialog"]')!
          .getBoundingClientRect();
        return (
          rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight
        );
      });
      expect(inside).toBe(true);
      const violations = await axeViolations(page, 'backcheck-note');
      expect(violations).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/note-light-${name}.png` });
      await page.keyboard.press('Escape');
    });

    it('"Not this claim" and "Mute on this site" act at once and are remembered', async () => {
      const before = await page.$$eval(
        'backcheck-marker[data-backcheck-claim="see-doctor-red-flags"]',
        (m) => m.length,
      );
      expect(before).toBeGreaterThan(0);
      await page.$eval('backcheck-marker[data-backcheck-claim="see-doctor-red-flags"]', (m) =>
        m.shadowRoot!.querySelector('button')!.click(),
      );
      await openNote(page);
      const clickAction = (text: string) =>
        page.evaluate((label) => {
          const root = document.querySelector('backcheck-note')!.shadowRoot!;
          [...root.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
        }, text);
      await clickAction('Not this claim');
      await page.waitForFunction(() =>
        /Saved on this computer/.test(
          document.querySelector('backcheck-note')!.shadowRoot!.querySelector('[role="status"]')!
            .textContent ?? '',
        ),
      );
      await clickAction('Mute on this site');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('backcheck-marker[data-backcheck-claim="see-doctor-red-flags"]')
            .length === 0,
      );
      await page.reload();
      await page.waitForSelector('backcheck-marker');
      expect(
        await page.$$('backcheck-marker[data-backcheck-claim="see-doctor-red-flags"]'),
      ).toHaveLength(0);
    });

    it('the options page lists the muted claim and the report, with no accessibility violations', async () => {
      const options = await extensionPage(
        browser,
        name,
        extensionBase,
        'options.html',
        server.origin,
      );
      await options.waitForSelector('h1');
      const text = await options.$eval('main', (m) => m.textContent ?? '');
      expect(text).toMatch(/You must see a doctor|see a doctor|Muted claims/);
      expect(text).toMatch(/1 report,/);
      expect(await axeViolations(options)).toEqual([]);
      await options.setViewport({ width: 900, height: 900 });
      await options.screenshot({ path: `${SCREENSHOTS}/options-${name}.png` });
      // Unmuting in Options brings the claim back on the open page, with no reload.
      await options.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Unmute',
        );
        button!.click();
      });
      await page.bringToFront();
      await page.waitForFunction(
        () =>
          document.querySelectorAll('backcheck-marker[data-backcheck-claim="see-doctor-red-flags"]')
            .length > 0,
        { timeout: 10_000 },
      );
      await options.bringToFront();
      if (name === 'chromium') {
        await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await axeViolations(options)).toEqual([]);
        await options.screenshot({ path: `${SCREENSHOTS}/options-dark-chromium.png` });
      }
      await options.close();
    });

    it('the popup has no accessibility violations, light and dark', async () => {
      let popup: Page;
      if (name === 'chromium') {
        // As from the toolbar: the popup reads the active tab, the forum thread.
        popup = await browser.newPage();
        await page.bringToFront();
        await popup.goto(`${extensionBase}popup.html`);
        await popup.bringToFront();
        await popup.waitForSelector('.claims');
      } else {
        popup = await extensionPage(browser, name, extensionBase, 'popup.html', server.origin);
      }
      await popup.waitForSelector('main');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.screenshot({ path: `${SCREENSHOTS}/popup-${name}.png` });
      if (name === 'chromium') {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await axeViolations(popup)).toEqual([]);
        await popup.screenshot({ path: `${SCREENSHOTS}/popup-dark-chromium.png` });
        // A background tab runs no animation frames, which waitForFunction polls on.
        await page.bringToFront();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await page.$eval('backcheck-marker[data-backcheck-claim="imaging-needed"]', (m) => {
          m.scrollIntoView({ block: 'center' });
          m.shadowRoot!.querySelector('button')!.click();
        });
        await openNote(page);
        expect(await axeViolations(page, 'backcheck-note')).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}/note-dark-chromium.png` });
        await page.keyboard.press('Escape');
      }
      await popup.close();
    });
  });
}
