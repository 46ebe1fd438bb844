/**
 * The background: injects the annotator into a frame whose content script found a back-pain
 * discussion, shows each tab's claim count on the toolbar badge, hands a page's note card its
 * claim's evidence when a note opens (the content script carries only detection data, to start
 * fast on every page), and keeps the content script registered on the sites the user turned on.
 * Holds no page text and sends nothing anywhere.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { claimById } from '../lib/claims/database';
import type { Message } from '../lib/messages';
import { ANNOTATOR_JS, syncRegistrations } from '../lib/site-access';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = raw as Message;
    if (message.type === 'backcheck:get-claim') {
      return Promise.resolve(claimById(message.claimId) ?? null);
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (message.type === 'backcheck:start-annotator') {
      return browser.scripting
        .executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: [ANNOTATOR_JS],
        })
        .then(() => null);
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
