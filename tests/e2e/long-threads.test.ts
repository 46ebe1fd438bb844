/**
 * A long thread: every claim is found and listed at once, but markers enter the page only as their
 * posts come near the viewport, so the forum's own DOM changes never pay for thousands of them.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiscourse } from '../../scripts/render-fixture';
import {
  browserAvailable,
  launchWithExtension,
  stopServiceWorker,
  type BrowserName,
} from './support/browsers';
import { noteText, openPopup, waitForOpenNote } from './support/popup';
import { serveDirectory, type StaticServer } from './support/server';

/** The seed thread's posts eight times over: about 100 posts, several screens each way. */
function writeLongThread(dir: string): void {
  const [title = '', , ...body] = readFileSync(
    'tests/fixtures/discourse/back-spasm-sprained-back.txt',
    'utf8',
  ).split('\n');
  const posts = body.join('\n');
  writeFileSync(
    join(dir, 'long-thread.html'),
    renderDiscourse([title, '', ...Array.from({ length: 8 }, () => posts)].join('\n'), 'long'),
  );
  copyFileSync('tests/fixtures/blank.html', join(dir, 'blank.html'));
}

/** Post numbers that carry a marker in the page now. */
async function markedPosts(page: Page): Promise<number[]> {
  return page.$$eval('backcheck-marker', (markers) =>
    markers.map((m) => Number(m.getAttribute('data-backcheck-post'))),
  );
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.runIf(browserAvailable(name))(`a long thread in ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let extensionBase: string;
    let page: Page;
    let dir: string;

    /** The post numbers the toolbar popup lists claims in, for `page`. */
    async function postsListedInPopup(page: Page): Promise<number[]> {
      const popup = await openPopup(name, browser, page, extensionBase);
      await popup.waitForSelector('.mentions button', { timeout: 10_000 });
      const listed = await popup.$$eval('.mentions button', (buttons) =>
        buttons.map((b) => Number(/Post (\d+)/.exec(b.textContent ?? '')?.[1])),
      );
      await popup.close();
      return listed;
    }

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'backcheck-long-'));
      writeLongThread(dir);
      server = await serveDirectory(dir);
      ({ browser, extensionBase } = await launchWithExtension(name));
      page = await browser.newPage();
      await page.goto(`${server.origin}/long-thread.html`, { waitUntil: 'load' });
      await page.waitForSelector('backcheck-marker', { timeout: 20_000 });
      await settle(page);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('lists claims of the whole thread, but marks only posts near the viewport', async () => {
      const posts = await page.$$eval('.topic-post', (p) => p.length);
      expect(posts).toBeGreaterThan(80);
      const marked = await markedPosts(page);
      expect(marked.length).toBeGreaterThan(0);
      expect(Math.max(...marked)).toBeLessThan(posts / 2);

      const listed = await postsListedInPopup(page);
      expect(Math.max(...listed)).toBeGreaterThan(posts - 15);
    });

    it.runIf(name === 'chromium')(
      'reads the whole thread after the background stopped, as Chrome stops it when idle',
      async () => {
        // The claims engine runs in the background: a stopped one starts again, cold, and still
        // reads every post.
        await stopServiceWorker(browser);
        const again = await browser.newPage();
        await again.goto(`${server.origin}/long-thread.html`, { waitUntil: 'load' });
        await again.waitForSelector('backcheck-marker', { timeout: 20_000 });
        await settle(again);
        const posts = await again.$$eval('.topic-post', (p) => p.length);
        const listed = await postsListedInPopup(again);
        expect(Math.max(...listed)).toBeGreaterThan(posts - 15);
        await again.close();
      },
    );

    it('marks posts as the reader scrolls to them, without moving the text', async () => {
      const lastPost = await page.$$eval('.topic-post', (p) => p.length);
      const before = await page.evaluate(() => {
        const last = document.querySelector('.topic-post:last-child .cooked')!;
        last.scrollIntoView({ block: 'end' });
        return last.getBoundingClientRect().top;
      });
      await page.waitForFunction(
        (n) =>
          document.querySelector(`[data-post-number="${n}"] backcheck-marker`) !== null ||
          // The last post may have no claim: then any marker in the last few posts will do.
          [...document.querySelectorAll('backcheck-marker')].some(
            (m) => Number(m.getAttribute('data-backcheck-post')) > n - 10,
          ),
        { timeout: 10_000 },
        lastPost,
      );
      const after = await page.evaluate(
        () => document.querySelector('.topic-post:last-child .cooked')!.getBoundingClientRect().top,
      );
      expect(after).toBe(before);
    });

    it('takes the reader from the popup to a claim in a post not yet marked', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      const marked = new Set(await markedPosts(page));
      const popup = await openPopup(name, browser, page, extensionBase);
      await popup.waitForSelector('.mentions button', { timeout: 10_000 });
      const target = await popup.$$eval(
        '.mentions button',
        (buttons, done) => {
          const free = buttons.findIndex((b) => {
            const post = Number(/Post (\d+)/.exec(b.textContent ?? '')?.[1]);
            return !done.includes(post) && post > 40 && post < 60;
          });
          if (free < 0) return -1;
          (buttons[free] as HTMLButtonElement).click();
          return Number(/Post (\d+)/.exec(buttons[free]!.textContent ?? '')?.[1]);
        },
        [...marked],
      );
      expect(target).toBeGreaterThan(0);
      await page.bringToFront();
      await waitForOpenNote(page);
      expect((await noteText(page)).length).toBeGreaterThan(40);
      expect(await markedPosts(page)).toContain(target);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      await page.keyboard.press('Escape');
      if (!popup.isClosed()) await popup.close();
    });

    it('keeps a claim muted in posts not yet marked when they are scrolled to', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      const claim = await page.$eval('backcheck-marker', (m) => {
        m.shadowRoot!.querySelector('button')!.click();
        return m.getAttribute('data-backcheck-claim')!;
      });
      await waitForOpenNote(page);
      await page.evaluate(() => {
        const root = document.querySelector('backcheck-note')!.shadowRoot!;
        [...root.querySelectorAll('button')]
          .find((b) => b.textContent === 'Mute on this site')!
          .click();
      });
      await page.waitForFunction(
        (id) => document.querySelector(`backcheck-marker[data-backcheck-claim="${id}"]`) === null,
        { timeout: 10_000 },
        claim,
      );
      // Scroll to posts that carry no marker yet (earlier tests marked the top, the end and one
      // post in the middle).
      const marked = new Set(await markedPosts(page));
      await page.evaluate(
        (seen) => {
          const posts = [...document.querySelectorAll('.topic-post')];
          const unmarked = posts.filter(
            (p, i) => i > 60 && !seen.includes(Number(p.getAttribute('data-post-number'))),
          );
          unmarked[0]!.scrollIntoView({ block: 'center' });
        },
        [...marked],
      );
      await page.waitForFunction(
        (seen) =>
          [...document.querySelectorAll('backcheck-marker')].some(
            (m) => !seen.includes(Number(m.getAttribute('data-backcheck-post'))),
          ),
        { timeout: 10_000 },
        [...marked],
      );
      expect(await page.$$(`backcheck-marker[data-backcheck-claim="${claim}"]`)).toHaveLength(0);
    });
  });
}
