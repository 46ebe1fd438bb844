/**
 * The content script, on forum pages (the known forums from the manifest, and any site the user
 * turned on, registered at run time): the topic's screen alone. It decides whether the page is a
 * back-pain discussion (by itself when none of the first posts can name the low back, which is most
 * forum pages; else by asking the background's gate) and keeps deciding as the forum loads posts or
 * moves to another thread; for the first one that is, it asks the background to inject the
 * annotator (entrypoints/annotator.ts) into this frame and hands the page over. A page that is not
 * about back pain loads nothing more.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { topicScreenTables } from '../../lib/claims/generated/matchers';
import { handedOff, offerHandoff } from '../../lib/content/handoff';
import { backgroundReader } from '../../lib/content/reader';
import { screenFirst, TopicWatch } from '../../lib/content/topic-watch';
import { loadTopicScreen } from '../../lib/engine/topic-gate';
import type { Message } from '../../lib/messages';
import { disabledSites } from '../../lib/settings';
import { KNOWN_FORUM_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: KNOWN_FORUM_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // A page can opt out: <meta name="backcheck" content="off">.
    if (document.querySelector('meta[name="backcheck"][content="off" i]')) return;
    const off = await disabledSites.getValue();
    if (off.includes(location.origin) || ctx.isInvalid) return;
    // The screen decides most pages here; the gate's matcher and the rest of its work, for the pages
    // that may name the low back, stay off this page's main thread, in the background.
    const background = backgroundReader((message) => browser.runtime.sendMessage(message));
    const gate = screenFirst(loadTopicScreen({ topicScreen: topicScreenTables }), (title, posts) =>
      background.topic(title, posts),
    );
    let offered = false;
    const requestAnnotator = () => {
      const message: Message = { type: 'backcheck:start-annotator' };
      browser.runtime.sendMessage(message).catch(() => {
        // The extension is reloading or gone, or the page went into the back/forward cache before
        // the background could inject the annotator: asked again when the page is shown.
      });
    };
    const watch = new TopicWatch(document, gate, (decided) => {
      offerHandoff({ ctx, decided });
      offered = true;
      if (import.meta.env.MODE === 'test') performance.mark('backcheck:handoff');
      requestAnnotator();
    });
    // A page restored from the back/forward cache before the annotator took it asks again (a
    // second injection finds the handoff taken and starts nothing).
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted && offered && !handedOff()) requestAnnotator();
    });
    // The popup's question, until the annotator runs and answers it.
    const onMessage = (raw: unknown) => {
      const message = raw as Message;
      if (message.type === 'backcheck:get-findings' && !handedOff()) {
        return Promise.resolve({ ...watch.findings(), pending: offered });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    watch.start(ctx.signal);
    // After an extension reload or update this script is orphaned; WXT's interval checks that on
    // every tick and aborts ctx.signal, which stops the watch and tears the annotator down.
    ctx.setInterval(() => undefined, 1000);
  },
});
