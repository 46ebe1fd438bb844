/** The toolbar popup and the open note card, as the end-to-end tests reach them. */
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';

/** What the open note card says, read through its (open) shadow root; '' when none is open. */
export async function noteText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document.querySelector('backcheck-note')?.shadowRoot?.querySelector('[role="dialog"]')
        ?.textContent ?? '',
  );
}

/** Waits until a note card is open in the page (its claim comes from the background first). */
export async function waitForOpenNote(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('backcheck-note')?.shadowRoot?.querySelector('[role="dialog"]') ??
      null,
    { timeout: 10_000 },
  );
}

/**
 * Opens the popup as a page for the forum tab. Chromium: the popup asks for the active tab, as when
 * the toolbar button is clicked. Firefox's BiDi cannot navigate to extension pages, so the popup is
 * reached from a local page and told the forum tab's id (`?tab=`), found through the tabs API.
 */
export async function openPopup(
  name: BrowserName,
  browser: Browser,
  forum: Page,
  extensionBase: string,
): Promise<Page> {
  const popup = await browser.newPage();
  if (name === 'chromium') {
    await forum.bringToFront();
    await popup.goto(`${extensionBase}popup.html`);
    return popup;
  }
  // BiDi reports no navigation event for extension pages, so wait for the page itself.
  const navigate = async (url: string) => {
    await popup.evaluate((target) => (location.href = target), url);
    await popup.waitForFunction(
      (target) => location.href === target && document.querySelector('.claims, .empty') !== null,
      {},
      url,
    );
  };
  await popup.goto(new URL('/blank.html', forum.url()).href);
  await navigate(`${extensionBase}popup.html`);
  const forumUrl = forum.url();
  const tabId = await popup.evaluate(async (url) => {
    interface TabsApi {
      tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
    }
    const api = (globalThis as unknown as { browser: TabsApi }).browser;
    // Match patterns cannot carry a port, so compare URLs (visible to us through host permission).
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? -1;
  }, forumUrl);
  await navigate(`${extensionBase}popup.html?tab=${tabId}`);
  return popup;
}
