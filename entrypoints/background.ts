/**
 * The background: shows each tab's claim count on the toolbar badge. Holds no page text and sends
 * nothing anywhere.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message } from '../lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = raw as Message;
    const tabId = sender.tab?.id;
    if (message.type !== 'backcheck:findings-changed' || tabId === undefined) return undefined;
    void browser.action.setBadgeText({
      tabId,
      text: message.count > 0 ? String(message.count) : '',
    });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3f99' });
    return undefined;
  });
});
