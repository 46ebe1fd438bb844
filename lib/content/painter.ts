/**
 * The only code that touches `CSS.highlights`. Claim sentences are painted with the CSS Custom
 * Highlight API, so forum text is never wrapped or changed. Ranges are `StaticRange`s: live `Range`s
 * would tax every DOM change the forum makes (about 1 s per 200 changes at 5,000 posts, measured).
 */
import type { Stance, Verdict } from '../claims/schema';
import highlightStyles from './highlight-styles.css?inline';
import { NEAR_VIEWPORT_MARGIN } from './near-viewport';

/**
 * The highlight styles go into the page only when there is something to paint, so a page that is
 * not a back-pain discussion carries no stylesheet of ours at all (one injected by the manifest was
 * measured to slow the forum's own DOM changes). A constructed stylesheet is not subject to the
 * page's Content-Security-Policy; a <style> element is the fallback.
 */
function installHighlightStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID) || installedIn.has(doc)) return;
  const css = pageHighlightStyles();
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = css;
    doc.head.append(style);
  }
  installedIn.add(doc);
}

/**
 * Chromium gives every element of the page its own highlight styles when rules are universal
 * (`::highlight(x)` is `*::highlight(x)`): that doubled the forum's own append of 200 posts at 5,000
 * posts (about 45 -> 90 ms, measured). Chromium implements highlight inheritance (css-pseudo-4), so
 * rules on the root reach all text at no such cost. Firefox does not inherit highlight styles yet,
 * and keeps the universal rules.
 */
function pageHighlightStyles(): string {
  if (import.meta.env.FIREFOX) return highlightStyles;
  return highlightStyles.replaceAll('::highlight(', ':root::highlight(');
}

const STYLE_ID = 'backcheck-highlight-styles';
const installedIn = new WeakSet<Document>();

export function highlightName(verdict: Verdict, stance: Stance): string {
  return `backcheck-${verdict}-${stance}`;
}

export interface PaintedRange {
  claimId: string;
  name: string;
  range: StaticRange;
}

/** At most this many ranges are registered at once, however long the thread. */
const MAX_LIVE_RANGES = 3000;

/**
 * Paints only posts near the viewport: a post's ranges are registered when it comes near and
 * dropped when it goes far, so the browser's per-range painting cost stays bounded.
 */
export class Painter {
  private readonly byPost = new Map<string, PaintedRange[]>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly bodies = new Map<string, Element>();
  private readonly keysByBody = new WeakMap<Element, string>();
  private readonly live = new Set<string>();
  private liveRanges = 0;
  private readonly observer: IntersectionObserver | undefined =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver((entries) => this.onIntersect(entries), {
          rootMargin: NEAR_VIEWPORT_MARGIN,
        });

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const key = this.keysByBody.get(entry.target);
      if (key === undefined) continue;
      if (entry.isIntersecting) this.register(key);
      else this.unregister(key);
    }
  }

  private register(key: string): void {
    if (this.live.has(key)) return;
    const ranges = this.byPost.get(key) ?? [];
    if (this.liveRanges + ranges.length > MAX_LIVE_RANGES) return;
    for (const { name, range } of ranges) this.highlight(name).add(range);
    this.live.add(key);
    this.liveRanges += ranges.length;
  }

  private unregister(key: string): void {
    if (!this.live.delete(key)) return;
    const ranges = this.byPost.get(key) ?? [];
    for (const { name, range } of ranges) this.highlights.get(name)?.delete(range);
    this.liveRanges -= ranges.length;
  }

  /** How many ranges are registered now (for tests and the benchmark). */
  get liveRangeCount(): number {
    return this.liveRanges;
  }

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

  /** Replaces the ranges of one post; they are painted while the post is near the viewport. */
  paintPost(postKey: string, ranges: PaintedRange[], body?: Element): void {
    if (!Painter.supported()) return;
    if (ranges.length > 0) installHighlightStyles(body?.ownerDocument ?? document);
    const target = body ?? this.bodies.get(postKey);
    this.clearPost(postKey);
    this.byPost.set(postKey, ranges);
    if (!this.observer || !target) {
      this.register(postKey);
      return;
    }
    this.bodies.set(postKey, target);
    this.keysByBody.set(target, postKey);
    this.observer.observe(target);
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
    this.unregister(postKey);
    const body = this.bodies.get(postKey);
    if (body) this.observer?.unobserve(body);
    this.bodies.delete(postKey);
    this.byPost.delete(postKey);
  }

  clearAll(): void {
    this.observer?.disconnect();
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.byPost.clear();
    this.bodies.clear();
    this.live.clear();
    this.liveRanges = 0;
  }
}
