// @vitest-environment jsdom
/**
 * The content script's first stage: a page not about back pain is decided and watched, and only
 * the first thread that is a back-pain discussion is handed to the annotator, once, whether it was
 * there from the start, grew into one as posts loaded, or was navigated to in the same page. The
 * screen decides pages that cannot name the low back at once; the others are asked of the
 * background's gate (played here by the gate, answering in a later task).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { topicScreenTables, topicTables } from '../../lib/claims/generated/matchers';
import { RESCAN_DELAY_MS, URL_POLL_MS } from '../../lib/content/timing';
import { screenFirst, TopicWatch, type DecidedTopic } from '../../lib/content/topic-watch';
import { loadTopicGate, loadTopicScreen } from '../../lib/engine/topic-gate';
import { renderDiscourse } from '../../scripts/render-fixture';

const gate = loadTopicGate({ topic: topicTables, topicScreen: topicScreenTables });
const screen = loadTopicScreen({ topicScreen: topicScreenTables });

const KNEE_THREAD = [
  'Knee pain on the way down in squats',
  '',
  'My left knee hurts at the bottom of every squat, mostly on the inside of the knee.',
  '',
  'Have you tried box squats to a parallel box? Took my knee pain away.',
  '',
  'Ice the knee after sessions and keep the volume low for a couple of weeks.',
].join('\n');

const BACK_THREAD = readFileSync('tests/fixtures/discourse/back-spasm-sprained-back.txt', 'utf8');

function show(thread: string, slug: string) {
  const page = new DOMParser().parseFromString(renderDiscourse(thread, slug), 'text/html');
  document.replaceChild(document.adoptNode(page.documentElement), document.documentElement);
}

/** The posts of `thread` after its title, as the forum would append them to the open topic. */
function appendPostsOf(thread: string) {
  const page = new DOMParser().parseFromString(renderDiscourse(thread, 'more'), 'text/html');
  const stream = document.querySelector('.topic-post')!.parentElement!;
  const offset = document.querySelectorAll('.topic-post').length;
  for (const post of page.querySelectorAll('.topic-post')) {
    const n = Number(post.getAttribute('data-post-number')) + offset;
    post.setAttribute('data-post-number', String(n));
    stream.append(document.adoptNode(post));
  }
}

describe('the topic watch', () => {
  let handed: DecidedTopic[];
  let abort: AbortController;
  let watch: TopicWatch;
  /** Titles asked of the background, and how many of the next asks it cannot answer. */
  let asked: string[];
  let failing: number;

  const startWatch = () => {
    // This watch's own record: an earlier test's watch may still have an answer on its way.
    const titles: string[] = (asked = []);
    const ask = async (title: string, posts: string[]) => {
      titles.push(title);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (failing > 0 && failing--) throw new Error('the background restarts');
      return gate.topic(title, posts);
    };
    watch = new TopicWatch(document, screenFirst(screen, ask), (decided) => handed.push(decided));
    watch.start(abort.signal);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    handed = [];
    asked = [];
    failing = 0;
    abort = new AbortController();
  });

  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('hands a back-pain thread over, with its decision and how many posts it read', async () => {
    show(BACK_THREAD, 'back');
    startWatch();
    await vi.advanceTimersByTimeAsync(0);
    expect(handed).toHaveLength(1);
    expect(handed[0]!.topic.backPain).toBe(true);
    expect(handed[0]!.postCount).toBe(document.querySelectorAll('.topic-post').length);
    expect(watch.findings()).toMatchObject({ forum: true, engine: 'discourse', findings: [] });
  });

  it('keeps a thread about a knee to itself, and tells the popup so, without asking', () => {
    show(KNEE_THREAD, 'knee');
    startWatch();
    vi.advanceTimersByTime(5 * URL_POLL_MS);
    expect(handed).toEqual([]);
    expect(watch.findings()).toMatchObject({ forum: true, topic: { backPain: false } });
    // None of its texts can name the low back: the screen decided it here (a decision has a score;
    // the placeholder before any decision has none).
    expect(watch.findings().topic.score).toBeGreaterThan(0);
    expect(watch.findings().deciding).toBe(false);
    expect(asked).toEqual([]);
  });

  it('does not hand over a thread the forum left while its answer was on its way', async () => {
    show(BACK_THREAD, 'back');
    startWatch();
    expect(asked).toHaveLength(1);
    history.pushState({}, '', '/t/knee/777');
    show(KNEE_THREAD, 'knee');
    await vi.advanceTimersByTimeAsync(URL_POLL_MS + RESCAN_DELAY_MS);
    expect(handed).toEqual([]);
    expect(watch.findings()).toMatchObject({ topic: { backPain: false } });
  });

  it('tells the popup it is still deciding while the answer is on its way', async () => {
    show(BACK_THREAD, 'back');
    startWatch();
    expect(watch.findings()).toMatchObject({ deciding: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(handed).toHaveLength(1);
  });

  it('asks at most five times in a row when the background keeps failing, however the page changes', async () => {
    failing = 1_000;
    show(BACK_THREAD, 'back');
    startWatch();
    for (let second = 0; second < 120; second++) {
      appendPostsOf(KNEE_THREAD);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(asked.length).toBeLessThanOrEqual(5);
    expect(handed).toEqual([]);
    expect(watch.findings().deciding).toBe(false);
  });

  it('hands nothing over when it is torn down while an answer is on its way', async () => {
    show(BACK_THREAD, 'back');
    startWatch();
    abort.abort();
    await vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS);
    expect(handed).toEqual([]);
  });

  it('asks again when the background could not answer', async () => {
    failing = 1;
    show(BACK_THREAD, 'back');
    startWatch();
    await vi.advanceTimersByTimeAsync(0);
    expect(handed).toEqual([]);
    // Asked again a second later, and answered.
    await vi.advanceTimersByTimeAsync(1_000 + RESCAN_DELAY_MS);
    expect(asked).toHaveLength(2);
    expect(handed).toHaveLength(1);
  });

  it('hands the thread over once later posts make it a back-pain discussion', async () => {
    show('A bad week\n\nRough week, nothing went right at all.', 'week');
    startWatch();
    expect(handed).toEqual([]);
    appendPostsOf(BACK_THREAD);
    await vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS + 1);
    expect(handed).toHaveLength(1);
    // Stopped: more posts ask for nothing more.
    appendPostsOf(BACK_THREAD);
    await vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS + 1);
    expect(handed).toHaveLength(1);
  });

  it('follows the forum to another thread in the same page', async () => {
    show(KNEE_THREAD, 'knee');
    startWatch();
    history.pushState({}, '', '/t/back/4321');
    show(BACK_THREAD, 'back');
    await vi.advanceTimersByTimeAsync(URL_POLL_MS + RESCAN_DELAY_MS);
    expect(handed).toHaveLength(1);
    expect(handed[0]!.threadKey).toContain('/t/back/4321');
  });

  it('stops watching when the content script is torn down', async () => {
    show(KNEE_THREAD, 'knee');
    startWatch();
    abort.abort();
    history.pushState({}, '', '/t/back/5555');
    show(BACK_THREAD, 'back');
    await vi.advanceTimersByTimeAsync(URL_POLL_MS + RESCAN_DELAY_MS);
    expect(handed).toEqual([]);
  });
});
