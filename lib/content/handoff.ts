/**
 * How the content script's first stage hands a page to the annotator. Both run in the extension's
 * own world of the same page (the annotator is injected there by the background, see
 * entrypoints/annotator.ts), where this object is shared and the page's own scripts cannot see it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DecidedTopic } from './topic-watch';

export interface Handoff {
  /** The first stage's context: an extension reload or update tears the annotator down with it. */
  ctx: ContentScriptContext;
  /** The decision that called for the annotator, so that it is not made twice. */
  decided: DecidedTopic;
  /** Set by the annotator that took the page: it is never started twice in one page. */
  taken?: boolean;
  /** Set by the annotator once its own listener answers the popup. */
  answering?: boolean;
}

const KEY = Symbol.for('backcheck:handoff');

type WithHandoff = typeof globalThis & { [KEY]?: Handoff };

/** Leaves the page for the annotator to take. */
export function offerHandoff(handoff: Handoff): void {
  (globalThis as WithHandoff)[KEY] = handoff;
}

/** Whether an annotator has taken the page and answers the popup itself. */
export function handedOff(): boolean {
  return (globalThis as WithHandoff)[KEY]?.answering === true;
}

/** The page, for the annotator; undefined if no first stage offered it or another took it. */
export function takeHandoff(): Handoff | undefined {
  const handoff = (globalThis as WithHandoff)[KEY];
  if (!handoff || handoff.taken) return undefined;
  handoff.taken = true;
  return handoff;
}
