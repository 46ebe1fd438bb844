/**
 * The only code that touches `CSS.highlights`. Claim sentences are painted with the CSS Custom
 * Highlight API, so forum text is never wrapped or changed. Ranges are `StaticRange`s: live `Range`s
 * would tax every DOM change the forum makes (about 1 s per 200 changes at 5,000 posts, measured).
 */
import type { Stance, Verdict } from '../claims/schema';

export function highlightName(verdict: Verdict, stance: Stance): string {
  return `backcheck-${verdict}-${stance}`;
}

export interface PaintedRange {
  claimId: string;
  name: string;
  range: StaticRange;
}

export class Painter {
  private readonly byPost = new Map<string, PaintedRange[]>();
  private readonly highlights = new Map<string, Highlight>();

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  private highlight(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  /** Replaces the ranges painted for one post. */
  paintPost(postKey: string, ranges: PaintedRange[]): void {
    if (!Painter.supported()) return;
    this.clearPost(postKey);
    for (const { name, range } of ranges) this.highlight(name).add(range);
    this.byPost.set(postKey, ranges);
  }

  /** Stops painting one claim's sentences in one post. */
  dropClaim(postKey: string, claimId: string): void {
    const ranges = this.byPost.get(postKey);
    if (!ranges) return;
    this.paintPost(
      postKey,
      ranges.filter((r) => r.claimId !== claimId),
    );
  }

  clearPost(postKey: string): void {
    for (const { name, range } of this.byPost.get(postKey) ?? []) {
      this.highlights.get(name)?.delete(range);
    }
    this.byPost.delete(postKey);
  }

  clearAll(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.byPost.clear();
  }
}
