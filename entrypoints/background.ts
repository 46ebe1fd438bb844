/**
 * The background: decides the topic of the pages whose content script could not (their first posts
 * may name the low back), injects the annotator into a frame whose content script found a back-pain
 * discussion, reads the posts the annotator sends it (the claims engine runs here, off the page's
 * main thread), shows each tab's claim count on the toolbar badge, hands a page's note card its
 * claim's evidence when a note opens (the content script carries only detection data, to start
 * fast on every page), and keeps the content script registered on the sites the user turned on.
 * Keeps no page text once it has answered, and sends nothing anywhere.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readPosts, readTopic, warmEngine } from '../lib/background-engine';
import { claimById } from '../lib/claims/database';
import type { Message } from '../lib/messages';
import { ANNOTATOR_JS, syncRegistrations } from '../lib/site-access';

/** For the benchmark: the engine's time here, which the page's main thread no longer spends. */
function timed<T>(name: 'read' | 'warm-up', work: () => T): T {
  if (import.meta.env.MODE !== 'test') return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`backcheck:background-${name}`, { start, end: performance.now() });
  }
}

/** The engine's start-up, paid ahead; if it fails, the page's first posts pay it instead. */
function warmQuietly(): void {
  try {
    timed('warm-up', warmEngine);
  } catch (error) {
    console.debug('backcheck: could not warm the engine', error);
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = raw as Message;
    if (message.type === 'backcheck:get-claim') {
      return Promise.resolve(claimById(message.claimId) ?? null);
    }
    if (message.type === 'backcheck:read-posts') {
      return Promise.resolve(timed('read', () => readPosts(message.texts)));
    }
    if (message.type === 'backcheck:read-topic') {
      return Promise.resolve(timed('read', () => readTopic(message.title, message.texts)));
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (message.type === 'backcheck:start-annotator') {
      const injected = browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [ANNOTATOR_JS],
      });
      // While the browser injects the annotator, the engine's start-up is paid here (if it was not
      // already), before the page's first posts arrive.
      warmQuietly();
      return injected.then(() => null);
    }
    if (message.type !== 'backcheck:findings-changed') return undefined;
    void browser.action.setBadgeText({
      tabId,
      text: message.count > 0 ? String(message.count) : '',
    });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3f99' });
    return undefined;
  });
  // Registered scripts normally persist; this repairs them after a permission was revoked or data
  // was restored.
  browser.runtime.onInstalled.addListener(() => void syncRegistrations(browser));
  browser.runtime.onStartup.addListener(() => void syncRegistrations(browser));
});
