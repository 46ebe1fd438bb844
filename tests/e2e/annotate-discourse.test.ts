/**
 * The walking skeleton in real browsers: a Discourse thread made from a seed is annotated with
 * markers and highlights, a note opens and closes from the keyboard, and the popup lists the claims.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchWithExtension, type BrowserName } from './support/browsers';
import { noteText, openPopup, waitForOpenNote } from './support/popup';
import { serveDirectory, type StaticServer } from './support/server';

const THREAD = '/discourse/back-spasm-sprained-back.html';
const SCREENSHOTS = 'docs/screenshots';

interface MarkerSummary {
  claim: string;
  stance: string;
  verdict: string;
  insideQuote: boolean;
}

async function markers(page: Page): Promise<MarkerSummary[]> {
  return page.$$eval('backcheck-marker', (elements) =>
    elements.map((el) => ({
      claim: el.getAttribute('data-backcheck-claim') ?? '',
      stance: el.getAttribute('data-backcheck-stance') ?? '',
      verdict: el.getAttribute('data-backcheck-verdict') ?? '',
      insideQuote: el.closest('aside.quote') !== null,
    })),
  );
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.runIf(browserAvailable(name))(`in ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let extensionBase: string;
    let page: Page;

    beforeAll(async () => {
      server = await serveDirectory('tests/fixtures');
      ({ browser, extensionBase } = await launchWithExtension(name));
      page = await browser.newPage();
      await page.goto(server.origin + THREAD, { waitUntil: 'load' });
      await page.waitForSelector('backcheck-marker', { timeout: 20_000 });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('puts a marker after each expected claim, and none inside quoted posts', async () => {
      const found = await markers(page);
      const claims = new Set(found.map((m) => m.claim));
      for (const expected of [
        'muscle-relaxants-relax-muscles',
        'imaging-needed',
        'see-doctor-red-flags',
        'massage-helps',
        'pain-spasm-cycle',
      ]) {
        expect(claims, `expected a marker for ${expected}`).toContain(expected);
      }
      expect(found.filter((m) => m.insideQuote)).toEqual([]);
      const baclofen = found.find((m) => m.claim === 'muscle-relaxants-relax-muscles');
      expect(baclofen).toMatchObject({ stance: 'experience', verdict: 'misleading' });
    });

    it('draws each marker as a small coloured circle in the verdict colour, taking no room in the text', async () => {
      const looks = await page.$$eval('backcheck-marker', (elements) =>
        elements.slice(0, 5).map((host) => {
          const button = host.shadowRoot?.querySelector('button');
          const box = host.getBoundingClientRect();
          const drawn = button ? getComputedStyle(button) : undefined;
          const circle = button?.getBoundingClientRect();
          return {
            verdict: host.getAttribute('data-backcheck-verdict'),
            hostWidth: box.width,
            background: drawn?.backgroundColor ?? '',
            radius: drawn?.borderTopLeftRadius ?? '',
            circleWidth: circle?.width ?? 0,
          };
        }),
      );
      expect(looks.length).toBeGreaterThan(0);
      const colours: Record<string, string> = {
        misleading: 'rgb(126, 59, 160)',
        'not-supported': 'rgb(179, 71, 12)',
        uncertain: 'rgb(95, 99, 104)',
        'partly-supported': 'rgb(31, 106, 165)',
        supported: 'rgb(30, 125, 72)',
      };
      for (const look of looks) {
        expect(look.hostWidth).toBe(0);
        expect(look.background).toBe(colours[look.verdict ?? '']);
        expect(look.radius).toBe('50%');
        expect(look.circleWidth).toBeGreaterThan(8);
      }
    });

    it('highlights the claim sentences with the CSS Custom Highlight API, without wrapping text', async () => {
      const state = await page.evaluate(() => {
        const names = [...CSS.highlights.keys()].filter((k) => k.startsWith('backcheck-'));
        const ranges = names.reduce((sum, k) => sum + (CSS.highlights.get(k)?.size ?? 0), 0);
        const cooked = document.querySelector('article[data-post-id="9001"] .cooked');
        return {
          names: names.length,
          ranges,
          // Forum text is never wrapped: the post's only new elements are our markers.
          foreignElements: cooked
            ? [...cooked.querySelectorAll('*')].filter(
                (el) => !['P', 'BACKCHECK-MARKER'].includes(el.tagName),
              ).length
            : -1,
        };
      });
      expect(state.names).toBeGreaterThan(0);
      expect(state.ranges).toBeGreaterThanOrEqual(5);
      expect(state.foreignElements).toBe(0);
    });

    it('paints a claim sentence: the highlight styles reach the forum text', async () => {
      const paragraph = await page.evaluateHandle(() => {
        const names = [...CSS.highlights.keys()].filter((k) => k.startsWith('backcheck-'));
        const [range] = [...(CSS.highlights.get(names[0]!) ?? [])] as StaticRange[];
        return range!.startContainer.parentElement!;
      });
      const painted = Buffer.from(await paragraph.screenshot());
      // The same paragraph with our highlights taken out of the registry for a moment.
      await page.evaluate(() => {
        const saved = [...CSS.highlights].filter(([name]) => name.startsWith('backcheck-'));
        for (const [name] of saved) CSS.highlights.delete(name);
        (window as unknown as { saved: typeof saved }).saved = saved;
      });
      const plain = Buffer.from(await paragraph.screenshot());
      await page.evaluate(() => {
        const { saved } = window as unknown as { saved: [string, Highlight][] };
        for (const [name, highlight] of saved) CSS.highlights.set(name, highlight);
      });
      expect(painted.equals(plain)).toBe(false);
      // Chromium gets rules on the root (universal ones cost the forum's own DOM changes dearly);
      // Firefox, which does not inherit highlight styles, gets the universal rules.
      const rules = await page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .filter((text) => text.includes('::highlight(backcheck-')),
      );
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        if (name === 'chromium') expect(rule).not.toMatch(/(^|,\s*)::highlight/);
        else expect(rule).toMatch(/^::highlight/);
      }
    });

    it('opens a note from the keyboard and closes it with Escape, returning focus', async () => {
      await page.evaluate(() => {
        const marker = document.querySelector<HTMLElement>(
          'backcheck-marker[data-backcheck-claim="imaging-needed"]',
        );
        marker?.scrollIntoView({ block: 'center' });
        marker?.shadowRoot?.querySelector('button')?.focus();
      });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('backcheck-note')?.shadowRoot?.querySelector('[role="dialog"]'),
      );
      const text = await noteText(page);
      expect(text).toContain('Not supported');
      expect(text).toMatch(/imaging|MRI|scan/i);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}/note-${name}.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () =>
          !document.querySelector('backcheck-note')?.shadowRoot?.querySelector('[role="dialog"]'),
      );
      const focused = await page.evaluate(
        () => document.activeElement?.getAttribute('data-backcheck-claim') ?? '',
      );
      expect(focused).toBe('imaging-needed');
    });

    it('lists the claims of the page in the toolbar popup', async () => {
      const popup = await openPopup(name, browser, page, extensionBase);
      await popup.waitForSelector('.claims, .empty', { timeout: 10_000 });
      const listed = await popup.$$eval('.claim', (items) =>
        items.map((item) => item.getAttribute('data-claim')),
      );
      expect(listed).toContain('imaging-needed');
      expect(listed).toContain('muscle-relaxants-relax-muscles');
      expect(await popup.$eval('.status', (el) => el.textContent)).toMatch(/Back-pain discussion/);
      await popup.close();
    });

    it("takes the reader from the popup to a claim's note in the page", async () => {
      const popup = await openPopup(name, browser, page, extensionBase);
      await popup.waitForSelector('.claim[data-claim="pain-spasm-cycle"] button');
      await page.evaluate(() => window.scrollTo(0, 0));
      await popup.$eval('.claim[data-claim="pain-spasm-cycle"] button', (b) =>
        (b as HTMLButtonElement).click(),
      );
      await page.bringToFront();
      await waitForOpenNote(page);
      expect(await noteText(page)).toMatch(/cycle|blood|oxygen/i);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      if (!popup.isClosed()) await popup.close();
    });

    it.runIf(name === 'chromium')(
      'leaves no orphaned UI or errors when the extension reloads',
      async () => {
        const errors: string[] = [];
        page.on('pageerror', (error) => void errors.push(String(error)));
        expect((await page.$$('backcheck-marker')).length).toBeGreaterThan(0);
        const worker = await browser.waitForTarget((t) => t.type() === 'service_worker');
        const session = await worker.createCDPSession();
        await session
          .send('Runtime.evaluate', { expression: 'chrome.runtime.reload()' })
          .catch(() => undefined);
        await page.waitForFunction(
          () => document.querySelectorAll('backcheck-marker').length === 0,
          {
            timeout: 15_000,
          },
        );
        const highlights = await page.evaluate(
          () => [...CSS.highlights.keys()].filter((k) => k.startsWith('backcheck-')).length,
        );
        expect(highlights).toBe(0);
        expect(await page.$('backcheck-note')).toBeNull();
        expect(errors).toEqual([]);
      },
    );
  });
}
