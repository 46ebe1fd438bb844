import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * Where Backcheck runs by default: fitness and running forums where back-pain threads are common.
 * Any other site runs only after the user turns it on.
 */
export const KNOWN_FORUM_MATCHES = [
  'https://forums.t-nation.com/*',
  'https://forum.slowtwitch.com/*',
  'https://forum.barbellmedicine.com/*',
  'https://forum.bodybuilding.com/*',
  'https://startingstrength.com/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://forum.bikeradar.com/*',
  'https://www.trainerroad.com/forum/*',
];

/** Added to the content script's matches only in the test build (`--mode test`). */
export const TEST_HOST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Whether a URL is one the content script runs on from the manifest: the known forums (and, in the
 * test build, the local test hosts). Pass the manifest's matches; the default is the known forums.
 */
export function isKnownForum(url: URL, matches: readonly string[] = KNOWN_FORUM_MATCHES): boolean {
  return matches.some((pattern) => new MatchPattern(pattern).includes(url.href));
}
