/**
 * Tells when elements come near the viewport, once each: the controller places a post's markers
 * then, so a long thread carries markers only for what the reader has come near, and the forum's
 * own DOM changes never pay for thousands of them (measured: about +20 ms per append of 200 posts
 * at 5,000 posts, with every marker in the page).
 */

/** How far outside the viewport (above and below, in viewport heights) counts as near. */
export const NEAR_VIEWPORT_SCREENS = 1.5;
export const NEAR_VIEWPORT_MARGIN = `${NEAR_VIEWPORT_SCREENS * 100}% 0px`;

export class NearViewport {
  private readonly observer: IntersectionObserver | undefined;

  constructor(private readonly onNear: (targets: Element[]) => void) {
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => this.onIntersect(entries), {
            rootMargin: NEAR_VIEWPORT_MARGIN,
          });
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
    for (const target of near) this.observer?.unobserve(target);
    if (near.length > 0) this.onNear(near);
  }

  /** Calls back once when `target` is near the viewport; at once where there is no observer. */
  watch(target: Element): void {
    if (this.observer) this.observer.observe(target);
    else this.onNear([target]);
  }

  unwatch(target: Element): void {
    this.observer?.unobserve(target);
  }

  /** Stops watching everything (it can watch again afterwards). */
  clear(): void {
    this.observer?.disconnect();
  }
}
