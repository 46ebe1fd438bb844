/** Messages between the content script, the background and the popup: one typed union. */
import type { TopicResult } from './engine/topic';

export interface Finding {
  /** The marker's id in the page, to scroll to it and open its note. */
  markerId: string;
  claimId: string;
  verdict: string;
  stance: string;
  post: number;
  sentence: string;
}

export interface PageFindings {
  /** false when no forum thread was found on the page. */
  forum: boolean;
  engine: string;
  topic: TopicResult;
  findings: Finding[];
  /** The page is a back-pain discussion and the annotator is still on its way: no findings yet. */
  pending?: boolean;
  /** Whether the page is a back-pain discussion is still being decided (asked of the background). */
  deciding?: boolean;
}

export type Message =
  | { type: 'backcheck:get-findings' }
  | { type: 'backcheck:reveal'; markerId: string }
  | { type: 'backcheck:export-annotations' }
  /** From the content script to the background: one claim's whole note (a `Claim`, or null). */
  | { type: 'backcheck:get-claim'; claimId: string }
  | { type: 'backcheck:findings-changed'; count: number }
  /** From the content script to the background: the page is a back-pain discussion. */
  | { type: 'backcheck:start-annotator' }
  /**
   * To the background, which holds the engine: read these posts' texts (from the annotator; the
   * answer is each one's annotations), or decide the topic (from the content script, when its screen
   * cannot, or the annotator). Nothing is kept once answered.
   */
  | { type: 'backcheck:read-posts'; texts: string[] }
  | { type: 'backcheck:read-topic'; title: string; texts: string[] };
