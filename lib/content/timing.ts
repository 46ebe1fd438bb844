/**
 * When Backcheck's work in a page runs, shared by the topic watch (the content script's first
 * stage) and the page controller (the annotator), and the timings the benchmark reads.
 */

/** Mutations are batched: one rescan at most this long after the first change of a burst. */
export const RESCAN_DELAY_MS = 120;

/** Neither pushState nor replaceState fires an event the content script can hear; poll the URL. */
export const URL_POLL_MS = 400;

/**
 * After the background could not answer (it restarting, the extension reloading), the page asks
 * again this long after, doubling each time, at most MAX_RETRIES times in a row.
 */
export const RETRY_MS = 1_000;
export const MAX_RETRIES = 5;

/** How long to wait before the next ask after `failures` failures in a row. */
export function retryDelay(failures: number): number {
  return RETRY_MS * 2 ** Math.max(0, failures - 1);
}

/** Timings for the benchmark, in the test build only (removed from the store build). */
export function measure(name: string, start: number): void {
  if (import.meta.env.MODE === 'test') performance.measure(name, { start, end: performance.now() });
}
