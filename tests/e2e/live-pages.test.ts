/**
 * Live pages: a fixture forum app with its own scripts cloaks and rebuilds posts, edits them,
 * appends more, rewrites its URL while scrolling and navigates between topics; every annotation
 * must stay right throughout.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchWithExtension, type BrowserName } from './support/browsers';
import { serveDirectory, type StaticServer } from './support/server';

/** Claims marked in each post, e.g. { 5: ['imaging-needed', …] }, from the markers in the page. */
async function markedClaims(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('backcheck-marker', (markers) => {
    const byPost: Record<string, string[]> = {};
    for (const m of markers) {
      const post = m.closest('[data-post-number]')?.getAttribute('data-post-number') ?? '?';
      (byPost[post] ??= []).push(m.getAttribute('data-backcheck-claim') ?? '');
    }
    for (const list of Object.values(byPost)) list.sort();
    return byPost;
  });
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.runIf(browserAvailable(name))(`live pages in ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let page: Page;
    let initial: Record<string, string[]>;

    beforeAll(async () => {
      server = await serveDirectory('tests/fixtures');
      ({ browser } = await launchWithExtension(name));
      page = await browser.newPage();
      await page.goto(`${server.origin}/discourse-app/index.html?topic=4321`);
      await page.waitForSelector('backcheck-marker', { timeout: 20_000 });
      await settle(page);
      initial = await markedClaims(page);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('annotates the posts the app rendered itself', () => {
      expect(initial['5']).toContain('imaging-needed');
      expect(initial['2']).toContain('muscle-relaxants-relax-muscles');
    });

    it('annotates a cloaked post again when the app rebuilds it', async () => {
      await page.evaluate(() =>
        (window as unknown as { forumApp: { cloak(n: number): void } }).forumApp.cloak(5),
      );
      await settle(page);
      expect((await markedClaims(page))['5']).toBeUndefined();
      await page.evaluate(() =>
        (window as unknown as { forumApp: { uncloak(n: number): void } }).forumApp.uncloak(5),
      );
      await settle(page);
      expect((await markedClaims(page))['5']).toEqual(initial['5']);
    });

    it('follows an edit that replaces a post body', async () => {
      await page.evaluate(() =>
        (window as unknown as { forumApp: { edit(n: number, t: string): void } }).forumApp.edit(
          2,
          'Honestly just stay in bed for a week and it will sort itself out.',
        ),
      );
      await settle(page);
      const edited = (await markedClaims(page))['2'];
      expect(edited).toContain('bed-rest');
      expect(edited).not.toContain('muscle-relaxants-relax-muscles');
      expect(edited).not.toContain('see-doctor-red-flags');
    });

    it('annotates posts appended by infinite scroll', async () => {
      await page.evaluate(() =>
        (window as unknown as { forumApp: { append(t: string): void } }).forumApp.append(
          'Get yourself a heating pad, moist heat is what loosened my back up.',
        ),
      );
      await settle(page);
      const claims = await markedClaims(page);
      const last = Math.max(...Object.keys(claims).map(Number).filter(Number.isFinite));
      expect(claims[String(last)]).toContain('heat-helps');
    });

    it('keeps its annotations when the URL changes within the topic', async () => {
      const before = await page.$$eval('backcheck-marker', (m) => m.map((e) => e.id));
      await page.evaluate(() =>
        (window as unknown as { forumApp: { scrollTo(n: number): void } }).forumApp.scrollTo(7),
      );
      await settle(page);
      expect(await page.$$eval('backcheck-marker', (m) => m.map((e) => e.id))).toEqual(before);
    });

    it('resets and rescans on navigation to another topic, and stays quiet on a knee thread', async () => {
      await page.evaluate(() =>
        (window as unknown as { forumApp: { navigate(t: string): void } }).forumApp.navigate(
          '5678',
        ),
      );
      await settle(page);
      const other = await markedClaims(page);
      expect(Object.keys(other).length).toBeGreaterThan(0);
      expect(other).not.toEqual(initial);
      const ids = await page.$$eval('backcheck-marker', (m) =>
        m.map((e) => e.getAttribute('data-backcheck-claim')),
      );
      expect(ids.length).toBeGreaterThan(0);
      await page.evaluate(() =>
        (window as unknown as { forumApp: { navigate(t: string): void } }).forumApp.navigate(
          '9012',
        ),
      );
      await settle(page);
      expect(await markedClaims(page)).toEqual({});
      const highlighted = await page.evaluate(() =>
        [...CSS.highlights.keys()]
          .filter((k) => k.startsWith('backcheck-'))
          .reduce((sum, k) => sum + (CSS.highlights.get(k)?.size ?? 0), 0),
      );
      expect(highlighted).toBe(0);
    });

    it('loads no annotator on a knee thread, and annotates the back-pain thread navigated to next', async () => {
      const fresh = await browser.newPage();
      const annotatorLoaded = () =>
        fresh.evaluate(() => performance.getEntriesByName('backcheck:annotator').length > 0);
      await fresh.goto(`${server.origin}/discourse-app/index.html?topic=9012`);
      await settle(fresh);
      expect(await markedClaims(fresh)).toEqual({});
      expect(await annotatorLoaded()).toBe(false);
      await fresh.evaluate(() =>
        (window as unknown as { forumApp: { navigate(t: string): void } }).forumApp.navigate(
          '4321',
        ),
      );
      await fresh.waitForSelector('backcheck-marker', { timeout: 20_000 });
      await settle(fresh);
      expect(await markedClaims(fresh)).toEqual(initial);
      expect(await annotatorLoaded()).toBe(true);
      await fresh.close();
    });
  });
}
