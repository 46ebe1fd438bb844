// @vitest-environment jsdom
/**
 * The page controller on a long Discourse thread, with layout and the IntersectionObserver played by
 * the test: every claim is listed at once, markers enter a post only when it comes near the
 * viewport, and a mute, an edit or a reveal in between is honoured when they do.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../lib/claims/database';
import { matcherTables } from '../../lib/claims/generated/matchers';
import { detectionDatabase } from '../../lib/claims/heads';
import { PageController } from '../../lib/content/controller';
import { localReader, type PostReader } from '../../lib/content/reader';
import { createEngine } from '../../lib/engine/engine';
import { renderDiscourse } from '../../scripts/render-fixture';

const POST_HEIGHT = 400;

/** Observed elements, and a way for a test to bring some of them near the viewport. */
const observed = new Set<Element>();
const observers = new Set<FakeIntersectionObserver>();
class FakeIntersectionObserver {
  private readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
    observed.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  bringNear(targets: Element[]) {
    const entries = targets
      .filter((t) => this.targets.has(t))
      .map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    if (entries.length > 0) {
      this.callback(entries, this as unknown as IntersectionObserver);
    }
  }
}

function bringNear(postNumbers: number[]) {
  const bodies = postNumbers.map(bodyOf);
  for (const observer of observers) observer.bringNear(bodies);
}

const bodyOf = (n: number) => document.querySelector(`[data-post-number="${n}"] .cooked`)!;
const markersIn = (n: number) =>
  [...document.querySelectorAll(`[data-post-number="${n}"] backcheck-marker`)].map((m) =>
    m.getAttribute('data-backcheck-claim'),
  );

/**
 * The engine in place, answering as the background does: later, in a task of its own. A test can
 * hold its answers (to change the page while they are on their way) or fail the next ones (the
 * background restarting).
 */
class TestReader implements PostReader {
  private readonly local = localReader(createEngine(detectionDatabase, matcherTables));
  private readonly held: Array<() => void> = [];
  holding = false;
  failingReads = 0;
  failingTopics = 0;

  async topic(title: string, texts: string[]) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.failingTopics > 0 && this.failingTopics--) throw new Error('the background restarts');
    return this.local.topic(title, texts);
  }

  async annotate(texts: string[]) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.failingReads > 0 && this.failingReads--) throw new Error('the background restarts');
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    return this.local.annotate(texts);
  }

  get heldCount(): number {
    return this.held.length;
  }

  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }
}

/** The seed thread eight times over, as the long-thread end-to-end suite uses. */
function longThread(): string {
  const [title = '', , ...body] = readFileSync(
    'tests/fixtures/discourse/back-spasm-sprained-back.txt',
    'utf8',
  ).split('\n');
  return renderDiscourse(
    [title, '', ...Array.from({ length: 8 }, () => body.join('\n'))].join('\n'),
    'long',
  );
}

describe('the page controller on a long thread', () => {
  let controller: PageController;
  let abort: AbortController;
  let counts: number[];
  let reader: TestReader;

  /** Starts a controller on the page, reading with `reader`, and waits until it has read it all. */
  async function startController(): Promise<void> {
    controller = new PageController(document, reader, (count) => counts.push(count), {
      loadClaim: (id) => Promise.resolve(database.claims.find((c) => c.id === id)),
    });
    controller.start(abort.signal);
    const posts = document.querySelectorAll('.topic-post').length;
    // Done when the last posts have findings and the count shown has caught up with them (it is
    // reported after the slice that found them, later still on a loaded machine).
    await vi.waitFor(
      () => {
        const { findings } = controller.findings();
        expect(findings.some((f) => f.post > posts - 5)).toBe(true);
        expect(counts.at(-1)).toBe(findings.length);
      },
      { timeout: 10_000 },
    );
  }

  beforeEach(async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    observers.clear();
    observed.clear();
    const page = new DOMParser().parseFromString(longThread(), 'text/html');
    document.replaceChild(document.adoptNode(page.documentElement), document.documentElement);
    // Layout: post N's top is N × POST_HEIGHT, and the viewport is at the top of the page.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const n = Number(this.closest('[data-post-number]')?.getAttribute('data-post-number') ?? 0);
      return { top: n * POST_HEIGHT, bottom: (n + 1) * POST_HEIGHT } as DOMRect;
    });
    // jsdom does no scrolling.
    Element.prototype.scrollIntoView = () => undefined;
    counts = [];
    abort = new AbortController();
    reader = new TestReader();
    await startController();
  });

  afterEach(() => {
    abort.abort();
    vi.unstubAllGlobals();
  });

  it('lists every claim of the thread at once, and marks only the posts near the viewport', () => {
    const { findings } = controller.findings();
    const posts = document.querySelectorAll('.topic-post').length;
    expect(new Set(findings.map((f) => f.post)).size).toBeGreaterThan(20);
    const marked = [...document.querySelectorAll('backcheck-marker')].map((m) =>
      Number(m.getAttribute('data-backcheck-post')),
    );
    expect(marked.length).toBeGreaterThan(0);
    // jsdom's viewport is 768 px high: near is up to 1.5 viewports below it, posts 1 to 4.
    expect(Math.max(...marked)).toBeLessThanOrEqual(4);
    expect(markersIn(posts - 1)).toEqual([]);
    expect(counts.at(-1)).toBe(findings.length);
  });

  it('marks a post when it comes near, with the claims the list gives for it', () => {
    const post = controller.findings().findings.find((f) => f.post > 40)!.post;
    expect(markersIn(post)).toEqual([]);
    bringNear([post]);
    const listed = controller
      .findings()
      .findings.filter((f) => f.post === post)
      .map((f) => f.claimId);
    expect(markersIn(post).sort()).toEqual([...listed].sort());
  });

  it('keeps a claim muted while its posts wait, and leaves it out when they are marked', () => {
    const later = controller.findings().findings.filter((f) => f.post > 40);
    const muted = later[0]!.claimId;
    controller.hideClaim(muted);
    const posts = [...new Set(later.map((f) => f.post))];
    bringNear(posts);
    expect(document.querySelector(`backcheck-marker[data-backcheck-claim="${muted}"]`)).toBeNull();
    expect(controller.findings().findings.some((f) => f.claimId === muted)).toBe(false);
    expect(posts.some((n) => markersIn(n).length > 0)).toBe(true);
  });

  it('reads a post again when the forum changed it before it came near', async () => {
    const post = controller.findings().findings.find((f) => f.post > 40)!.post;
    const body = bodyOf(post);
    // Changed where the observer cannot see (as if while it was not yet watching).
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Honestly you need an MRI before you do anything else.';
    body.replaceChildren(paragraph);
    bringNear([post]);
    // Nothing from the old text is marked; the post is read again, and marked when it is near (a
    // real IntersectionObserver says so as soon as it watches a post that is).
    expect(markersIn(post)).toEqual([]);
    await vi.waitFor(() => {
      bringNear([post]);
      expect(markersIn(post)).toEqual(['imaging-needed']);
    });
    const listed = controller.findings().findings.filter((f) => f.post === post);
    expect(listed.map((f) => f.claimId)).toEqual(['imaging-needed']);
  });

  it('reveals a claim in a post not yet marked: marks it and opens its note', async () => {
    const finding = controller.findings().findings.find((f) => f.post > 60)!;
    controller.reveal(finding.markerId);
    expect(markersIn(finding.post)).toContain(finding.claimId);
    await vi.waitFor(() =>
      expect(
        document.querySelector('backcheck-note')?.shadowRoot?.querySelector('[role="dialog"]'),
      ).not.toBeNull(),
    );
    const claim = database.claims.find((c) => c.id === finding.claimId)!;
    expect(
      document.querySelector('backcheck-note')!.shadowRoot!.querySelector('[role="dialog"]')!
        .textContent,
    ).toContain(claim.summary.slice(0, 40));
  });

  it('renumbers findings and markers when the forum loads earlier posts above them', async () => {
    const before = controller.findings().findings.find((f) => f.post === 2)!;
    expect(markersIn(2)).toContain(before.claimId);
    // "Load earlier replies": one more post at the top of the stream.
    const first = document.querySelector('.topic-post')!;
    const earlier = first.cloneNode(true) as Element;
    earlier.querySelector('article')!.setAttribute('data-post-id', '8999');
    earlier.setAttribute('data-post-number', '0');
    for (const marker of earlier.querySelectorAll('backcheck-marker')) marker.remove();
    first.before(earlier);
    const waiting = controller.findings().findings.find((f) => f.post > 40)!;
    await vi.waitFor(() =>
      expect(controller.findings().findings.find((f) => f.markerId === before.markerId)?.post).toBe(
        3,
      ),
    );
    const marker = document.getElementById(before.markerId)!;
    expect(marker.getAttribute('data-backcheck-post')).toBe('3');
    // A post still waiting for its markers gets them with its new number.
    expect(waiting.post).toBeGreaterThan(41);
    bringNear([waiting.post - 1]);
    expect(document.getElementById(waiting.markerId)?.getAttribute('data-backcheck-post')).toBe(
      String(waiting.post),
    );
  });

  it("exports every claim with the page's own text around it, as another tool would find it", async () => {
    interface Exported {
      first: {
        items: Array<{
          target: {
            selector: {
              value: string;
              refinedBy: { exact: string; prefix: string; suffix: string };
            };
          };
        }>;
      };
    }
    // One post now has inline code inside its claim sentence (text Backcheck itself reads past).
    const edited = controller.findings().findings.find((f) => f.post > 40)!.post;
    const paragraph = document.createElement('p');
    paragraph.append('Honestly you need an MRI before you do ');
    paragraph.append(Object.assign(document.createElement('code'), { textContent: 'x' }));
    paragraph.append(' anything else.');
    bodyOf(edited).replaceChildren(paragraph);
    await vi.waitFor(() =>
      expect(
        controller
          .findings()
          .findings.some((f) => f.post === edited && f.claimId === 'imaging-needed'),
      ).toBe(true),
    );
    const exported = (await controller.exportAnnotations()) as Exported;
    const items = exported.first.items;
    expect(items.length).toBe(controller.findings().findings.length);
    for (const { target } of items) {
      const { exact, prefix, suffix } = target.selector.refinedBy;
      const text = document.querySelector(target.selector.value)!.textContent;
      const at = text.indexOf(prefix + exact + suffix);
      expect(at).toBeGreaterThanOrEqual(0);
      // As much context as the post has, up to 32 characters each side.
      const exactAt = at + prefix.length;
      expect(prefix.length).toBe(Math.min(32, exactAt));
      expect(suffix.length).toBe(Math.min(32, text.length - exactAt - exact.length));
    }
    expect(items.map((i) => i.target.selector.refinedBy.exact)).toContain(
      'Honestly you need an MRI before you do x anything else.',
    );
  });

  it('never leaves the old markers of a post read again while its answer is on its way', async () => {
    const post = controller.findings().findings.find((f) => f.post > 40)!.post;
    const listed = () =>
      controller
        .findings()
        .findings.filter((f) => f.post === post)
        .map((f) => f.claimId);
    const claims = listed();
    reader.holding = true;
    // The forum changes the post (its text stays the same): it is read again.
    bodyOf(post).append(document.createElement('img'));
    await vi.waitFor(() => expect(reader.heldCount).toBeGreaterThan(0));
    bringNear([post]);
    expect(markersIn(post)).toEqual([]);
    reader.release();
    await vi.waitFor(() => {
      bringNear([post]);
      expect(markersIn(post)).toEqual(claims);
    });
    expect(listed()).toEqual(claims);
  });

  it('reads a post again later when the background could not answer', async () => {
    const post = controller.findings().findings.find((f) => f.post > 40)!.post;
    reader.failingReads = 2;
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Honestly you need an MRI before you do anything else.';
    bodyOf(post).replaceChildren(paragraph);
    await vi.waitFor(
      () => {
        const listed = controller.findings().findings.filter((f) => f.post === post);
        expect(listed.map((f) => f.claimId)).toEqual(['imaging-needed']);
      },
      { timeout: 10_000 },
    );
    expect(counts.at(-1)).toBe(controller.findings().findings.length);
  });

  it('decides the topic again when the background could not', async () => {
    abort.abort();
    abort = new AbortController();
    counts = [];
    reader = new TestReader();
    reader.failingTopics = 1;
    await startController();
    expect(controller.findings().topic.backPain).toBe(true);
  });
});
