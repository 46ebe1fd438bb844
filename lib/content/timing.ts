/**
 * When Backcheck's work in a page runs, shared by the topic watch (the content script's first
 * stage) and the page controller (the annotator), and the timings the benchmark reads.
 */

/** Mutations are batched: one rescan at most this long after the first change of a burst. */
export const RESCAN_DELAY_MS = 120;

/** Neither pushState nor replaceState fires an event the content script can hear; poll the URL. */
export const URL_POLL_MS = 400;

/** Timings for the benchmark, in the test build only (removed from the store build). */
export function measure(name: string, start: number): void {
  if (import.meta.env.MODE === 'test') performance.measure(name, { start, end: performance.now() });
}
