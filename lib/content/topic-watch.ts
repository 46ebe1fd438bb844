/**
 * The content script's first stage in a page: decides from the title and the first posts whether
 * the page is a back-pain discussion, and decides again as posts load or the forum moves to another
 * thread (a single-page forum shows many threads in one page), until one is. It reads the page and
 * changes nothing. Most forum pages are never about back pain, and they load only this: the
 * annotator (markers and notes; the claims' engine runs in the background) is loaded for the first
 * page that is.
 */
import { listPosts, skipSelectorFor, threadKeyOf } from '../dom/read-page';
import { TextIndex } from '../dom/text-index';
import type { TopicResult } from '../engine/topic';
import { TOPIC_SAMPLE, type TopicScreen } from '../engine/topic-gate';
import type { PageFindings } from '../messages';
import { MAX_RETRIES, measure, RESCAN_DELAY_MS, retryDelay, URL_POLL_MS } from './timing';

/** A topic decision, and what it was made from: the annotator need not make it again. */
export interface DecidedTopic {
  /** The thread it is about (`threadKeyOf`). */
  threadKey: string;
  topic: TopicResult;
  /** How many posts it read. */
  postCount: number;
}

const UNDECIDED: TopicResult = { backPain: false, score: 0 };

/**
 * Decides a page's topic from its title and first posts: at once (the screen, or the whole gate in
 * tests), or later (the background's gate, asked only when the screen cannot decide).
 */
export interface TopicDecider {
  topic(title: string, posts: readonly string[]): TopicResult | Promise<TopicResult>;
}

/**
 * The content script's decider: the screen where it can decide (none of the texts can name the low
 * back: most forum pages), else `ask` (the background's gate, off this page's main thread).
 */
export function screenFirst(
  screen: TopicScreen,
  ask: (title: string, posts: string[]) => Promise<TopicResult>,
): TopicDecider {
  return { topic: (title, posts) => screen.decideUnread(title, posts) ?? ask(title, [...posts]) };
}

/** An answer that has not come in this long is taken as lost, and asked again. */
const ANSWER_TIMEOUT_MS = 10_000;

/** `answer`, or a rejection once `ms` have passed without it. */
function withTimeout<T>(answer: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('backcheck: no answer in time')), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

export class TopicWatch {
  private decided: DecidedTopic | undefined;
  private forum = false;
  private engineName = 'generic';
  private stopped = false;
  private observer: MutationObserver | undefined;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private urlTimer: ReturnType<typeof setInterval> | undefined;
  private lastUrl = '';

  constructor(
    private readonly doc: Document,
    private readonly gate: TopicDecider,
    /** Called once, for the first thread that is a back-pain discussion; the watch then stops. */
    private readonly onBackPain: (decided: DecidedTopic) => void,
  ) {}

  start(signal: AbortSignal): void {
    this.lastUrl = this.doc.location.href;
    signal.addEventListener('abort', () => this.stop());
    this.check();
    if (this.stopped) return;
    this.observer = new MutationObserver(() => {
      this.recheckTimer ??= setTimeout(() => {
        this.recheckTimer = undefined;
        this.check();
      }, RESCAN_DELAY_MS);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
    this.urlTimer = setInterval(() => this.checkUrl(), URL_POLL_MS);
    this.doc.defaultView?.addEventListener('popstate', () => this.checkUrl(), { signal });
  }

  /** What the popup shows while no annotator runs: the topic, and no findings. */
  findings(): PageFindings {
    return {
      forum: this.forum,
      engine: this.engineName,
      topic: this.decided?.topic ?? UNDECIDED,
      findings: [],
      // An answer on its way, or asked again soon after one that did not come.
      deciding: this.deciding || this.retryTimer !== undefined,
    };
  }

  private checkUrl(): void {
    const href = this.doc.location.href;
    if (href === this.lastUrl) return;
    this.lastUrl = href;
    this.check();
  }

  /** A decision on its way from the background, and whether the page changed meanwhile. */
  private deciding = false;
  private checkAgain = false;
  /** Answers the background could not give, in a row, and the timer of the next ask after them. */
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** Decides again only for another thread, or for the same thread with more posts loaded. */
  private check(): void {
    if (this.stopped) return;
    if (this.deciding) {
      this.checkAgain = true;
      return;
    }
    // After a failure, the page's changes wait for the next ask: they never ask sooner.
    if (this.retryTimer !== undefined || this.failures >= MAX_RETRIES) return;
    const started = performance.now();
    const url = new URL(this.doc.location.href);
    const sample = listPosts(this.doc, url, TOPIC_SAMPLE);
    this.engineName = sample.engine;
    this.forum = sample.posts.length > 0;
    if (!this.forum) return;
    const threadKey = threadKeyOf(sample.adapter, url);
    const decided = this.decided;
    if (decided?.threadKey === threadKey && sample.posts.length <= decided.postCount) return;
    const skip = skipSelectorFor(sample.adapter);
    const topic = this.gate.topic(
      sample.title,
      sample.posts.map((post) => TextIndex.build(post.body, skip).text),
    );
    measure('backcheck:prepare', started);
    const postCount = sample.posts.length;
    if (!(topic instanceof Promise)) {
      this.settle({ threadKey, topic, postCount });
      return;
    }
    this.deciding = true;
    withTimeout(topic, ANSWER_TIMEOUT_MS)
      .then(
        (answer) => {
          this.failures = 0;
          // The forum moved to another thread while the answer was on its way: it is not this one's.
          if (threadKeyOf(sample.adapter, new URL(this.doc.location.href)) !== threadKey) {
            this.checkAgain = true;
            return;
          }
          this.settle({ threadKey, topic: answer, postCount });
        },
        (error: unknown) => {
          // The background is restarting, or the extension reloading: asked again later, less often
          // after each failure, and not at all after MAX_RETRIES in a row.
          console.debug('backcheck: could not decide the topic', error);
          this.failures++;
          this.checkAgain = false;
          if (this.stopped || this.failures >= MAX_RETRIES) return;
          this.retryTimer = setTimeout(() => {
            this.retryTimer = undefined;
            this.check();
          }, retryDelay(this.failures));
        },
      )
      .finally(() => {
        this.deciding = false;
        if (this.checkAgain) {
          this.checkAgain = false;
          this.check();
        }
      })
      .catch((error: unknown) => console.debug('backcheck: the topic watch failed', error));
  }

  private settle(decided: DecidedTopic): void {
    if (this.stopped) return;
    this.decided = decided;
    if (!decided.topic.backPain) return;
    this.stop();
    this.onBackPain(decided);
  }

  private stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.recheckTimer);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    clearInterval(this.urlTimer);
  }
}
