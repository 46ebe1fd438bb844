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
import { TOPIC_SAMPLE, type TopicGate } from '../engine/topic-gate';
import type { PageFindings } from '../messages';
import { measure, RESCAN_DELAY_MS, URL_POLL_MS } from './timing';

/** A topic decision, and what it was made from: the annotator need not make it again. */
export interface DecidedTopic {
  /** The thread it is about (`threadKeyOf`). */
  threadKey: string;
  topic: TopicResult;
  /** How many posts it read. */
  postCount: number;
}

const UNDECIDED: TopicResult = { backPain: false, score: 0 };

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
    private readonly gate: TopicGate,
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
    };
  }

  private checkUrl(): void {
    const href = this.doc.location.href;
    if (href === this.lastUrl) return;
    this.lastUrl = href;
    this.check();
  }

  /** Decides again only for another thread, or for the same thread with more posts loaded. */
  private check(): void {
    if (this.stopped) return;
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
    this.decided = { threadKey, topic, postCount: sample.posts.length };
    measure('backcheck:prepare', started);
    if (!topic.backPain) return;
    this.stop();
    this.onBackPain(this.decided);
  }

  private stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.recheckTimer);
    clearInterval(this.urlTimer);
  }
}
