/**
 * The content script: starts Backcheck on forum pages. Everything it starts is tied to `ctx`, so an
 * extension update or reload leaves no orphaned UI or listeners behind.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { database } from '../../lib/claims/database';
import { PageController } from '../../lib/content/controller';
import '../../lib/content/highlight-styles.css';
import { createEngine } from '../../lib/engine/engine';
import type { Message } from '../../lib/messages';
import { KNOWN_FORUM_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: KNOWN_FORUM_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // A page can opt out: <meta name="backcheck" content="off">.
    if (document.querySelector('meta[name="backcheck"][content="off" i]')) return;
    const controller = new PageController(document, createEngine(database), (count) => {
      const message: Message = { type: 'backcheck:findings-changed', count };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be asleep or the extension reloading; the popup asks again anyway.
      });
    });
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as Message;
      if (message.type === 'backcheck:get-findings') return Promise.resolve(controller.findings());
      if (message.type === 'backcheck:reveal') controller.reveal(message.markerId);
      return undefined;
    });
    controller.start(ctx.signal);
  },
});
