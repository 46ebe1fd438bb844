/**
 * The annotator: Backcheck's markers and notes in a page that is a back-pain discussion; the claims
 * engine that finds what they mark runs in the background. The content script
 * (entrypoints/content) decides that the page is one and asks the background to inject this into
 * its frame, so that the many forum pages that are not about back pain never load it. Everything
 * it starts is tied to the content script's `ctx`, so an extension update or reload leaves no
 * orphaned UI or listeners behind.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Claim, ClaimHead } from '../lib/claims/schema';
import { PageController } from '../lib/content/controller';
import { takeHandoff } from '../lib/content/handoff';
import { backgroundReader } from '../lib/content/reader';
import type { Message } from '../lib/messages';
import { composeReply, replyMarkupFor } from '../lib/reply';
import {
  appearance,
  muteClaim,
  mutedClaims,
  reportNotThisClaim,
  showSupported,
} from '../lib/settings';

export default defineUnlistedScript(async () => {
  // Started by the content script's first stage, once per page; anything else starts nothing.
  const handoff = takeHandoff();
  if (!handoff) return;
  const { ctx, decided } = handoff;
  // For the browser tests and the benchmark: whether a page loaded the annotator at all.
  if (import.meta.env.MODE === 'test') performance.mark('backcheck:annotator');
  const origin = location.origin;
  const [muted, supported, theme] = await Promise.all([
    mutedClaims.getValue(),
    showSupported.getValue(),
    appearance.getValue(),
  ]);
  if (ctx.isInvalid) return;
  let mutedHere = new Set(muted[origin] ?? []);
  let supportedShown = supported;
  const isHidden = (claim: ClaimHead) =>
    mutedHere.has(claim.id) || (!supportedShown && claim.verdict === 'supported');

  // The claims engine runs in the background, off the page's main thread: this page sends it the
  // posts' texts and places what comes back.
  const reader = backgroundReader((message) => browser.runtime.sendMessage(message));
  // A note's evidence comes from the background when the note opens, once per claim and page.
  const notes = new Map<string, Promise<Claim | undefined>>();
  const loadClaim = (claimId: string): Promise<Claim | undefined> => {
    let note = notes.get(claimId);
    if (!note) {
      const message: Message = { type: 'backcheck:get-claim', claimId };
      note = browser.runtime
        .sendMessage(message)
        .then((claim) => (claim ?? undefined) as Claim | undefined)
        .catch(() => {
          // The extension is reloading or gone: ask again next time.
          notes.delete(claimId);
          return undefined;
        });
      notes.set(claimId, note);
    }
    return note;
  };
  const controller: PageController = new PageController(
    document,
    reader,
    (count) => {
      const message: Message = { type: 'backcheck:findings-changed', count };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be asleep or the extension reloading; the popup asks again anyway.
      });
    },
    {
      loadClaim,
      isHidden,
      appearance: theme,
      decided,
      actions: {
        notThisClaim: (claimId, sentence) =>
          reportNotThisClaim({
            claimId,
            sentence,
            page: location.href,
            date: new Date().toISOString(),
          }),
        mute: async (claimId) => {
          await muteClaim(origin, claimId);
          mutedHere.add(claimId);
        },
        copyReply: async (claimId, stance) => {
          // Loaded already: the note card this is pressed in asked for it.
          const claim = await loadClaim(claimId);
          if (!claim) throw new Error('backcheck: the claim could not be loaded');
          await navigator.clipboard.writeText(
            composeReply(claim, stance, replyMarkupFor(controller.findings().engine)),
          );
        },
      },
    },
  );
  const onMessage = (raw: unknown) => {
    const message = raw as Message;
    if (message.type === 'backcheck:get-findings') return Promise.resolve(controller.findings());
    if (message.type === 'backcheck:export-annotations') return controller.exportAnnotations();
    if (message.type === 'backcheck:reveal') controller.reveal(message.markerId);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  handoff.answering = true;
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  controller.start(ctx.signal);
  // Changes made in Options (or in another tab) reach this page at once.
  const unwatch = [
    mutedClaims.watch((value) => {
      const next = new Set(value?.[origin] ?? []);
      const unmuted = [...mutedHere].some((id) => !next.has(id));
      const newlyMuted = [...next].filter((id) => !mutedHere.has(id));
      mutedHere = next;
      if (unmuted) controller.reannotate({ isHidden });
      else for (const id of newlyMuted) controller.hideClaim(id);
    }),
    showSupported.watch((value) => {
      supportedShown = value ?? true;
      controller.reannotate({ isHidden });
    }),
    appearance.watch((value) => controller.reannotate({ appearance: value ?? 'auto' })),
  ];
  ctx.onInvalidated(() => {
    for (const stop of unwatch) {
      try {
        stop();
      } catch {
        // The extension's APIs are already gone after a reload; nothing is left to remove.
      }
    }
  });
});
