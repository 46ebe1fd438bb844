/**
 * A page that must never break: hostile markup and CSS, fake markers, the page's own scripts and a
 * Content-Security-Policy; a page that opts out; and no network requests by the extension, ever.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchWithExtension, type BrowserName } from './support/browsers';
import { serveDirectory, type StaticServer } from './support/server';

const pause = (page: Page, ms: number) =>
  page.evaluate((delay) => new Promise((resolve) => setTimeout(resolve, delay)), ms);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.runIf(browserAvailable(name))(`page safety in ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let extensionBase: string;
    let page: Page;
    const requests: string[] = [];

    beforeAll(async () => {
      server = await serveDirectory('tests/fixtures');
      ({ browser, extensionBase } = await launchWithExtension(name));
      page = await browser.newPage();
      page.on('request', (request) => void requests.push(request.url()));
      if (name === 'chromium') {
        // The service worker's own requests, through the devtools protocol.
        const worker = await browser.waitForTarget((t) => t.type() === 'service_worker');
        const session = await worker.createCDPSession();
        await session.send('Network.enable');
        session.on('Network.requestWillBeSent', (event) => void requests.push(event.request.url));
      }
      await page.goto(`${server.origin}/hostile/thread.html`);
      await page.waitForSelector('backcheck-marker[id^="backcheck-marker-"]', { timeout: 20_000 });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('annotates the hostile thread, and nothing in its posts executes', async () => {
      const claims = await page.$$eval('backcheck-marker[id^="backcheck-marker-"]', (markers) =>
        markers.map((m) => m.getAttribute('data-backcheck-claim')),
      );
      expect(claims).toEqual(
        expect.arrayContaining(['imaging-needed', 'bed-rest', 'muscle-relaxants-relax-muscles']),
      );
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(
        await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors),
      ).toEqual([]);
    });

    it('is not spoofed by a fake marker: the fake is neither counted nor given a note', async () => {
      const fake = await page.$eval('#fake-marker', (el) => ({
        shadow: el.shadowRoot !== null,
        inPost: el.closest('article')?.id,
      }));
      expect(fake).toEqual({ shadow: false, inPost: 'post_2' });
      await page.click('#fake-marker').catch(() => undefined);
      expect(
        await page.evaluate(
          () =>
            document
              .querySelector('backcheck-note')
              ?.shadowRoot?.querySelector('[role="dialog"]') ?? null,
        ),
      ).toBeNull();
      const popup = await browser.newPage();
      await page.bringToFront();
      if (name === 'chromium') {
        await popup.goto(`${extensionBase}popup.html`);
        await popup.waitForSelector('.claims');
        const listed = await popup.$$eval('.claim', (items) =>
          items.map((i) => i.getAttribute('data-claim')),
        );
        expect(listed).not.toContain('surgery-needed');
      }
      await popup.close();
    });

    it('keeps its UI visible and usable under hostile global CSS', async () => {
      const box = await page.$eval(
        'backcheck-marker[data-backcheck-claim="imaging-needed"]',
        (m) => {
          const button = m.shadowRoot!.querySelector('button')!;
          const rect = button.getBoundingClientRect();
          return { width: rect.width, height: rect.height, display: getComputedStyle(m).display };
        },
      );
      expect(box.width).toBeGreaterThan(8);
      expect(box.height).toBeGreaterThan(8);
      expect(box.display).toBe('inline-block');
      await page.$eval('backcheck-marker[data-backcheck-claim="imaging-needed"]', (m) =>
        m.shadowRoot!.querySelector('button')!.click(),
      );
      const card = await page.waitForFunction(() => {
        const dialog = document
          .querySelector('backcheck-note')
          ?.shadowRoot?.querySelector('[role="dialog"]');
        if (!dialog) return null;
        const rect = dialog.getBoundingClientRect();
        return { width: rect.width, text: dialog.textContent ?? '' };
      });
      const { width, text } = (await card.jsonValue()) as { width: number; text: string };
      expect(width).toBeGreaterThan(200);
      expect(text).toContain('Not supported');
      await page.keyboard.press('Escape');
    });

    it("leaves the page's own behaviour alone: clicks, selection and rebuilt posts", async () => {
      await page.click('#app-button');
      expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(
        1,
      );
      const original =
        'My lower back went into spasm on Monday. You need an MRI right away, I was told. Honestly just stay in bed for a week.';
      const selected = await page.evaluate(() => {
        const paragraph = document.getElementById('op-text')!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return (window as unknown as { __selectionText(): string }).__selectionText();
      });
      expect(selected).toBe(original);
      await page.evaluate(() => (window as unknown as { __rebuildPost3(): void }).__rebuildPost3());
      await pause(page, 600);
      const post3 = await page.$$eval('#post_3 backcheck-marker', (m) =>
        m.map((e) => e.getAttribute('data-backcheck-claim')),
      );
      expect(post3).toContain('heat-helps');
      expect(
        await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors),
      ).toEqual([]);
    });

    it('styles its marks and notes under a strict CSP that forbids inline styles', async () => {
      const strict = await browser.newPage();
      await strict.goto(`${server.origin}/strict-csp/thread.html`);
      await strict.waitForSelector('backcheck-marker[id^="backcheck-marker-"]', {
        timeout: 20_000,
      });
      await strict.$eval('backcheck-marker[data-backcheck-claim="imaging-needed"]', (m) =>
        m.shadowRoot!.querySelector('button')!.click(),
      );
      const styled = await strict.waitForFunction(() => {
        const dialog = document
          .querySelector('backcheck-note')
          ?.shadowRoot?.querySelector('[role="dialog"]');
        if (!dialog) return null;
        const marker = document.querySelector(
          'backcheck-marker[data-backcheck-claim="imaging-needed"]',
        )!;
        const button = marker.shadowRoot!.querySelector('button')!;
        return {
          cardRadius: getComputedStyle(dialog).borderTopLeftRadius,
          buttonRadius: getComputedStyle(button).borderTopLeftRadius,
        };
      });
      const { cardRadius, buttonRadius } = (await styled.jsonValue()) as Record<string, string>;
      expect(cardRadius).toBe('10px');
      expect(buttonRadius).not.toBe('0px');
      await strict.close();
    });

    it('leaves a page that opts out with <meta name="backcheck" content="off"> alone', async () => {
      const optOut = await browser.newPage();
      optOut.on('request', (request) => void requests.push(request.url()));
      await optOut.goto(`${server.origin}/optout/thread.html`);
      await pause(optOut, 1500);
      expect(await optOut.$$('backcheck-marker')).toHaveLength(0);
      await optOut.close();
    });

    it('makes no network requests beyond the page itself and its own packaged files', () => {
      const foreign = requests.filter(
        (url) =>
          !url.startsWith(server.origin) &&
          !url.startsWith(extensionBase) &&
          !url.startsWith('data:'),
      );
      expect(requests.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
    });
  });
}
