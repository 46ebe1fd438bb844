/**
 * Backcheck in a page: reads the posts, decides the topic, annotates each post once, and keeps up as
 * the forum adds, rebuilds, edits and navigates. Knows nothing of extension messaging (the entrypoint
 * wires it) and nothing of forum markup (the adapters do).
 */
import { claimHeadById } from '../claims/heads';
import type { Claim, ClaimHead, Stance } from '../claims/schema';
import { cssPath } from '../dom/css-path';
import { toWebAnnotations, type AnnotatedSentence } from '../web-annotation';
import {
  listPosts,
  listPostsGradually,
  skipSelectorFor,
  threadKeyOf,
  type ListedPost,
} from '../dom/read-page';
import { MARKER_TAG, UNIVERSAL_SKIP } from '../dom/skip';
import { quoteAt } from '../dom/text-context';
import { TextIndex } from '../dom/text-index';
import { TOPIC_SAMPLE, type Annotation } from '../engine/engine';
import type { TopicResult } from '../engine/topic';
import type { Finding, PageFindings } from '../messages';
import { createMarker, isOurMarker, markerButton } from './markers';
import { NoteLayer } from './note-layer';
import { NEAR_VIEWPORT_SCREENS, NearViewport } from './near-viewport';
import { highlightName, Painter, type PaintedRange } from './painter';
import type { PostReader } from './reader';
import { MAX_RETRIES, measure, RESCAN_DELAY_MS, retryDelay, URL_POLL_MS } from './timing';
import type { DecidedTopic } from './topic-watch';

/** Work is done in slices of about this long, yielding to the page between them. */
const SLICE_MS = 8;
/** While a long scan runs, the badge's count is brought up to date at most this often. */
const BADGE_UPDATE_MS = 500;
/**
 * Posts sent to the reader at a time. A long thread's posts go in a dozen messages, not a thousand;
 * the posts near the viewport go first and on their own, so their markers come first.
 */
const BATCH_POSTS = 100;

/** Gives the page the main thread back: scheduler.yield where the browser has it. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface PlacedAnnotation {
  annotation: Annotation;
  claim: ClaimHead;
  /** Undefined until the post comes near the viewport and its markers are placed. */
  marker: HTMLElement | undefined;
  postKey: string;
  body: Element;
}

/** A post annotated but not yet marked: its markers go in when it comes near the viewport. */
interface PendingPost {
  post: ListedPost;
  /** The text the annotations' offsets refer to; the page is checked against it before placing. */
  text: string;
  markerIds: string[];
}

export interface NoteActions {
  /** "Not this claim": the user says the sentence does not make the claim. */
  notThisClaim(claimId: string, sentence: string): Promise<void>;
  /** "Mute this claim on this site". */
  mute(claimId: string): Promise<void>;
  /** Puts a reply with sources on the clipboard. */
  copyReply(claimId: string, stance: Stance): Promise<void>;
}

export interface ControllerOptions {
  /**
   * A claim's whole note (evidence, sources), for a note card or an export. The page's script
   * carries only what detection needs; the note comes from the extension when it is asked for.
   */
  loadClaim: (claimId: string) => Promise<Claim | undefined>;
  /** Claims not to mark: muted on this site, or supported ones when the user hides those. */
  isHidden?: (claim: ClaimHead) => boolean;
  actions?: NoteActions;
  appearance?: 'auto' | 'light' | 'dark';
  /** The topic the content script's first stage decided for this page, made again only if stale. */
  decided?: DecidedTopic;
}

export class PageController {
  private readonly painter = new Painter();
  private readonly notes: NoteLayer;
  /** Post bodies already annotated; a rebuilt body is a new element and is annotated again. */
  private processed = new WeakSet<Element>();
  /** Bodies whose text the forum changed in place since we annotated them. */
  private dirty = new Set<Element>();
  private readonly findingsByPost = new Map<string, Finding[]>();
  private readonly placed = new Map<string, PlacedAnnotation>();
  private readonly pending = new Map<string, PendingPost>();
  private readonly pendingKeyOf = new WeakMap<Element, string>();
  private readonly nearViewport = new NearViewport((bodies) => this.placeNear(bodies));
  private topic: TopicResult | undefined;
  private topicPostCount = 0;
  private engineName = 'generic';
  private forum = false;
  private threadKey = '';
  /** What a post's text leaves out on this forum (quotes of other posts…), as its adapter says. */
  private skip = UNIVERSAL_SKIP;
  private lastUrl = '';
  private markerCount = 0;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  /** A scan in progress (sliced across tasks), and whether another was asked for meanwhile. */
  private scanning = false;
  private rescanAsked = false;
  /** Bumped on reset and teardown, so a sliced scan in progress stops at its next post. */
  private generation = 0;
  private destroyed = false;
  private urlTimer: ReturnType<typeof setInterval> | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly doc: Document,
    private readonly reader: PostReader,
    private readonly onChange: (count: number) => void,
    private readonly options: ControllerOptions,
  ) {
    this.notes = new NoteLayer(doc);
  }

  start(signal: AbortSignal): void {
    this.lastUrl = this.doc.location.href;
    this.scan();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
    this.urlTimer = setInterval(() => this.checkUrl(), URL_POLL_MS);
    this.doc.defaultView?.addEventListener('popstate', () => this.checkUrl(), { signal });
    this.doc.addEventListener('keydown', this.onKeyDown, { signal });
    signal.addEventListener('abort', () => this.destroy());
  }

  /** Escape closes the note only when focus is in it or on a marker, never in the forum's editor. */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // A note still on its way is not shown after Escape.
    this.openRequest++;
    if (!this.notes.openMarker) return;
    const inOurs = event
      .composedPath()
      .some(
        (node) =>
          node instanceof Element && (isOurMarker(node) || node.nodeName === 'BACKCHECK-NOTE'),
      );
    if (inOurs) this.quietly(() => this.notes.close(true));
  };

  /**
   * Runs one of our own DOM changes (markers, split text nodes, the note layer) and drops the
   * mutation records it caused, so the observer only ever sees the forum's own changes.
   */
  private quietly<T>(change: () => T): T {
    try {
      return change();
    } finally {
      this.observer?.takeRecords();
    }
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      const target =
        record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const body = this.processedAncestor(target);
      if (body) this.dirty.add(body);
    }
    this.scheduleRescan();
  }

  private scheduleRescan(): void {
    if (this.rescanTimer !== undefined) return;
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      this.scan();
    }, RESCAN_DELAY_MS);
  }

  private processedAncestor(element: Element | null): Element | undefined {
    for (let el = element; el; el = el.parentElement) if (this.processed.has(el)) return el;
    return undefined;
  }

  private checkUrl(): void {
    const href = this.doc.location.href;
    if (href === this.lastUrl) return;
    this.lastUrl = href;
    this.scan();
  }

  private scan(): void {
    if (this.destroyed) return;
    if (this.scanning) {
      this.rescanAsked = true;
      return;
    }
    this.scanning = true;
    void this.scanSliced()
      .catch((error: unknown) => console.debug('backcheck: a scan failed', error))
      .finally(() => {
        this.scanning = false;
        if (this.rescanAsked) {
          this.rescanAsked = false;
          this.scan();
        }
      });
  }

  /**
   * One pass over the page, in slices of about SLICE_MS: the topic first (from the title and the
   * first posts), then the posts nearest the viewport, then the rest in page order.
   */
  private async scanSliced(): Promise<void> {
    const started = performance.now();
    if (import.meta.env.MODE === 'test') performance.mark('backcheck:scan-start');
    const url = new URL(this.doc.location.href);
    // The topic needs only the title and the first posts: a long thread that is not about back
    // pain is never listed in full.
    const sample = listPosts(this.doc, url, TOPIC_SAMPLE);
    const key = threadKeyOf(sample.adapter, url);
    if (this.threadKey && key !== this.threadKey) this.quietly(() => this.reset());
    this.threadKey = key;
    this.engineName = sample.engine;
    this.forum = sample.posts.length > 0;
    if (!this.forum) return;
    this.skip = skipSelectorFor(sample.adapter);
    const decided = this.options.decided;
    if (!this.topic && decided?.threadKey === key && decided.postCount === sample.posts.length) {
      this.topic = decided.topic;
      this.topicPostCount = decided.postCount;
    }
    const generation = this.generation;
    // Decide the topic from what has loaded; while it says no, decide again as posts arrive.
    if (!this.topic || (!this.topic.backPain && sample.posts.length > this.topicPostCount)) {
      const texts = sample.posts.map((post) => TextIndex.build(post.body, this.skip).text);
      measure('backcheck:prepare', started);
      let topic: TopicResult;
      try {
        topic = await this.reader.topic(sample.title, texts);
      } catch (error) {
        console.debug('backcheck: could not decide the topic', error);
        this.retryLater();
        return;
      }
      if (generation !== this.generation || this.destroyed) return;
      this.topic = topic;
      this.topicPostCount = sample.posts.length;
    } else {
      measure('backcheck:prepare', started);
    }
    if (!this.topic.backPain) return;
    // Listing a long thread starts a task of its own, and is itself cut into slices.
    await yieldToPage();
    if (generation !== this.generation || this.destroyed) return;
    let listStarted = performance.now();
    const page = await listPostsGradually(this.doc, url, async () => {
      if (performance.now() - listStarted < SLICE_MS) return true;
      measure('backcheck:prepare', listStarted);
      await yieldToPage();
      listStarted = performance.now();
      return generation === this.generation && !this.destroyed;
    });
    if (!page || generation !== this.generation || this.destroyed) return;
    this.quietly(() => this.renumber(page.posts));
    const { queue, near } = this.viewportFirst(
      page.posts.filter((post) => !this.processed.has(post.body) || this.dirty.has(post.body)),
    );
    measure('backcheck:prepare', listStarted);
    // The listing above was one task; the posts start in the next.
    await yieldToPage();
    await this.readPosts(queue, near, generation);
    if (generation !== this.generation || this.destroyed) return;
    // Wall time from the scan's start to the last post recorded, waits for the reader included.
    measure('backcheck:all-read', started);
    for (const body of this.dirty) if (!body.isConnected) this.dirty.delete(body);
    // Also when nothing could be read: the markers of posts read again are gone.
    if (queue.length > 0) this.onChange(this.findingCount());
  }

  /**
   * Takes the queued posts' texts in slices and sends them to the reader in batches, recording each
   * batch's claims as its answer comes. The reader works while the page goes on. Returns how many
   * posts were recorded.
   */
  private async readPosts(
    queue: readonly ListedPost[],
    near: ReadonlySet<Element>,
    generation: number,
  ): Promise<number> {
    const answers: Promise<number>[] = [];
    let batch: ListedPost[] = [];
    let texts: string[] = [];
    const send = () => {
      if (batch.length === 0) return;
      const posts = batch;
      const sent = texts;
      batch = [];
      texts = [];
      answers.push(
        this.reader.annotate(sent).then(
          (found) => {
            this.failures = 0;
            return this.recordBatch(posts, sent, found, near, generation);
          },
          (error: unknown) => {
            // The background is restarting, or the extension is reloading: read them again later.
            console.debug('backcheck: could not read posts', error);
            for (const post of posts) this.processed.delete(post.body);
            this.retryLater();
            return 0;
          },
        ),
      );
    };
    let sliceStart = performance.now();
    for (const post of queue) {
      if (generation !== this.generation || this.destroyed) break;
      // The forum may have removed the post while we yielded.
      if (!post.body.isConnected) continue;
      const text = this.quietly(() => {
        if (this.dirty.delete(post.body)) {
          // Read again: nothing of its old reading may be placed while the new one is on its way.
          this.forgetPost(post.id);
          this.removeMarkersIn(post.body);
        }
        this.processed.add(post.body);
        return TextIndex.build(post.body, this.skip).text;
      });
      // The posts near the viewport are the first batch, so that their markers come first.
      if (batch.length > 0 && near.has(batch[0]!.body) && !near.has(post.body)) send();
      batch.push(post);
      texts.push(text);
      if (batch.length >= BATCH_POSTS) send();
      if (performance.now() - sliceStart > SLICE_MS) {
        send();
        measure('backcheck:slice', sliceStart);
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (generation !== this.generation || this.destroyed) return 0;
    send();
    measure('backcheck:slice', sliceStart);
    // A reset (another thread, changed settings) stops the wait: its own scan need not wait for
    // answers it will not use.
    const recorded = await new Promise<number[] | undefined>((resolve) => {
      const cancel = () => resolve(undefined);
      this.cancelWaits.add(cancel);
      void Promise.all(answers).then((counts) => {
        this.cancelWaits.delete(cancel);
        resolve(counts);
      });
    });
    return recorded?.reduce((sum, count) => sum + count, 0) ?? 0;
  }

  /** Ends the waits of scans in progress; called when their answers would no longer be used. */
  private cancelWaits = new Set<() => void>();

  private cancelScans(): void {
    for (const cancel of this.cancelWaits) cancel();
    this.cancelWaits.clear();
  }

  /** Reading failed this many times in a row (the background restarting, or gone). */
  private failures = 0;

  /** Reads again later, less often after each failure; a reload ends this page's annotator. */
  private retryLater(): void {
    if (this.destroyed || this.failures >= MAX_RETRIES) return;
    this.failures++;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.scan(), retryDelay(this.failures));
  }

  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** When the badge was last brought up to date during a scan. */
  private badgeReported = Number.NEGATIVE_INFINITY;

  /** Records one batch's claims as the reader answered them; returns how many posts it recorded. */
  private recordBatch(
    posts: readonly ListedPost[],
    texts: readonly string[],
    found: readonly Annotation[][],
    near: ReadonlySet<Element>,
    generation: number,
  ): number {
    if (generation !== this.generation || this.destroyed) return 0;
    const started = performance.now();
    this.quietly(() => {
      posts.forEach((post, i) => {
        try {
          // Posts near the viewport are marked at once, not a rendering frame or more later.
          this.recordPost(post, texts[i]!, found[i] ?? [], near.has(post.body));
        } catch (error) {
          // One odd post must not stop the rest of the thread.
          console.debug('backcheck: could not annotate a post', error);
        }
      });
    });
    measure('backcheck:slice', started);
    // The badge follows the scan, but recounting every finding after every batch added up to about
    // 2 ms on a 1,000-post thread (profiled): at most every BADGE_UPDATE_MS, and at the end.
    if (started - this.badgeReported > BADGE_UPDATE_MS) {
      this.onChange(this.findingCount());
      this.badgeReported = started;
    }
    return posts.length;
  }

  /**
   * Posts from the first one in the viewport onwards, then the ones above it; and which of them are
   * near the viewport now. Posts are in page order, so both are found by binary search: a few
   * dozen layout reads, all before the page changes, not thousands.
   */
  private viewportFirst(posts: ListedPost[]): { queue: ListedPost[]; near: Set<Element> } {
    if (posts.length < 2) return { queue: posts, near: new Set(posts.map((post) => post.body)) };
    const firstWhere = (test: (rect: DOMRect) => boolean) => {
      let lo = 0;
      let hi = posts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (test(posts[mid]!.body.getBoundingClientRect())) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const margin = NEAR_VIEWPORT_SCREENS * (this.doc.defaultView?.innerHeight ?? 0);
    const visible = firstWhere((rect) => rect.bottom >= 0);
    const nearFrom = firstWhere((rect) => rect.bottom >= -margin);
    const nearTo = firstWhere(
      (rect) => rect.top > (this.doc.defaultView?.innerHeight ?? 0) + margin,
    );
    return {
      queue: [...posts.slice(visible), ...posts.slice(0, visible).reverse()],
      near: new Set(posts.slice(nearFrom, nearTo).map((post) => post.body)),
    };
  }

  /**
   * Posts keep their numbers on the page when the forum adds or removes posts above them (loading
   * earlier replies): findings and the markers' `data-backcheck-post` follow the new positions.
   */
  private renumber(posts: readonly ListedPost[]): void {
    for (const post of posts) {
      const pending = this.pending.get(post.id);
      if (pending?.post.body === post.body) pending.post = post;
      const findings = this.findingsByPost.get(post.id);
      if (!findings?.length || findings[0]!.post === post.number) continue;
      for (const finding of findings) {
        finding.post = post.number;
        this.placed
          .get(finding.markerId)
          ?.marker?.setAttribute('data-backcheck-post', String(post.number));
      }
    }
  }

  private removeMarkersIn(body: Element): void {
    for (const marker of body.querySelectorAll(MARKER_TAG)) {
      if (isOurMarker(marker)) marker.remove();
    }
    body.normalize();
  }

  private firstAnnotationMeasured = false;

  /**
   * Records a post's claims, as read from `text` (the panel lists them at once); its markers and
   * highlights wait until the post comes near the viewport.
   */
  private recordPost(
    post: ListedPost,
    text: string,
    found: readonly Annotation[],
    placeNow: boolean,
  ): void {
    const hidden = this.options.isHidden ?? (() => false);
    const annotations = found.filter((a) => {
      const claim = claimHeadById(a.claimId);
      return claim !== undefined && !hidden(claim);
    });
    const key = post.id;
    this.forgetPost(key);
    if (annotations.length === 0) return;
    const findings: Finding[] = [];
    const markerIds: string[] = [];
    for (const annotation of annotations) {
      const claim = claimHeadById(annotation.claimId)!;
      const id = `backcheck-marker-${++this.markerCount}`;
      markerIds.push(id);
      this.placed.set(id, {
        annotation,
        claim,
        marker: undefined,
        postKey: key,
        body: post.body,
      });
      findings.push({
        markerId: id,
        claimId: claim.id,
        verdict: claim.verdict,
        stance: annotation.stance,
        post: post.number,
        sentence: annotation.sentence,
      });
    }
    this.findingsByPost.set(key, findings);
    this.pending.set(key, { post, text, markerIds });
    if (placeNow) {
      this.placePost(key);
      return;
    }
    this.pendingKeyOf.set(post.body, key);
    this.nearViewport.watch(post.body);
  }

  /** Drops what was recorded for a post and its markers (it is being read again, or is gone). */
  private forgetPost(key: string): void {
    let body: Element | undefined;
    for (const finding of this.findingsByPost.get(key) ?? []) {
      const marker = this.placed.get(finding.markerId)?.marker;
      if (marker?.isConnected) {
        body = this.placed.get(finding.markerId)!.body;
        marker.remove();
      }
      this.placed.delete(finding.markerId);
    }
    // Text nodes the markers split are joined again.
    body?.normalize();
    this.findingsByPost.delete(key);
    const pending = this.pending.get(key);
    if (pending) this.nearViewport.unwatch(pending.post.body);
    this.pending.delete(key);
    this.painter.clearPost(key);
  }

  /** Posts came near the viewport: their markers go in, all in one change of the page. */
  private placeNear(bodies: Element[]): void {
    const started = performance.now();
    this.placeQuietly(() => {
      for (const body of bodies) {
        const key = this.pendingKeyOf.get(body);
        if (key === undefined || this.pending.get(key)?.post.body !== body) continue;
        try {
          this.placePost(key);
        } catch (error) {
          // One odd post must not leave the others unmarked.
          console.debug('backcheck: could not mark a post', error);
        }
      }
    });
    measure('backcheck:place', started);
  }

  /** Set when placing markers changed what the page lists, so the badge is told. */
  private findingsChanged = false;

  /**
   * Places markers as one of our own changes of the page. Placing can drop a claim the page no
   * longer has (the post changed since it was read): then the badge follows.
   */
  private placeQuietly(place: () => void): void {
    this.findingsChanged = false;
    this.quietly(place);
    if (this.findingsChanged) this.onChange(this.findingCount());
  }

  /** Inserts one annotated post's markers and paints its sentences. */
  private placePost(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    const { post } = pending;
    if (!post.body.isConnected) {
      // Taken out of the page for now (a forum may re-insert the same element): wait for it.
      this.nearViewport.watch(post.body);
      return;
    }
    let index = TextIndex.build(post.body, this.skip);
    if (index.text !== pending.text) {
      // The forum changed the post since it was read: nothing is marked until it is read again.
      this.findingsChanged = true;
      this.forgetPost(key);
      this.dirty.add(post.body);
      this.scheduleRescan();
      return;
    }
    this.pending.delete(key);
    this.nearViewport.unwatch(post.body);
    // A claim muted meanwhile is no longer in `placed`.
    const items = pending.markerIds.flatMap((id) => {
      const placed = this.placed.get(id);
      return placed ? [{ id, placed }] : [];
    });
    // Insert markers from the last sentence end to the first, so that splitting a text node never
    // moves a position still to be used.
    const ordered = [...items].sort((a, b) => b.placed.annotation.end - a.placed.annotation.end);
    for (const { id, placed } of ordered) {
      const at = index.position(placed.annotation.end, 'end');
      if (!at) {
        // Nowhere to put its marker: not listed either, as the popup could not take the reader there.
        this.dropFinding(key, id);
        continue;
      }
      const marker = createMarker(
        this.doc,
        { id, claim: placed.claim, stance: placed.annotation.stance, post: post.number },
        () => this.open(id),
      );
      // Never inside a link or a control: the marker would become part of its name and target.
      const control = at.node.parentElement?.closest('a, button, label, summary');
      if (control && post.body.contains(control)) {
        control.after(marker);
      } else {
        if (at.offset < at.node.data.length) at.node.splitText(at.offset);
        at.node.after(marker);
      }
      placed.marker = marker;
    }
    if (!this.firstAnnotationMeasured) {
      this.firstAnnotationMeasured = true;
      measure('backcheck:first-annotation', 0);
    }
    // The text nodes were split: map offsets again over the same text (markers are skipped).
    index = TextIndex.build(post.body, this.skip);
    const ranges: PaintedRange[] = [];
    for (const { placed } of items) {
      const start = index.position(placed.annotation.start, 'start');
      const end = index.position(placed.annotation.end, 'end');
      if (!start || !end) continue;
      ranges.push({
        claimId: placed.claim.id,
        name: highlightName(placed.claim.verdict, placed.annotation.stance),
        range: new StaticRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        }),
      });
    }
    this.painter.paintPost(key, ranges, post.body);
  }

  private dropFinding(postKey: string, markerId: string): void {
    this.findingsChanged = true;
    this.placed.delete(markerId);
    const findings = this.findingsByPost.get(postKey);
    if (findings) {
      this.findingsByPost.set(
        postKey,
        findings.filter((f) => f.markerId !== markerId),
      );
    }
  }

  /**
   * The marker of an annotation, placing its post's markers first when it has not come near yet.
   * None when the post changed meanwhile: it is being read again.
   */
  private markerFor(markerId: string): HTMLElement | undefined {
    const placed = this.placed.get(markerId);
    if (!placed) return undefined;
    if (!placed.marker) {
      this.placeQuietly(() => this.placePost(placed.postKey));
      if (!this.placed.has(markerId)) return undefined;
    }
    return placed.marker?.isConnected ? placed.marker : undefined;
  }

  /** Whether an annotation is still on the page: its marker, or its post while not yet marked. */
  private isOnPage(markerId: string): boolean {
    const placed = this.placed.get(markerId);
    if (!placed) return false;
    return placed.marker ? placed.marker.isConnected : placed.body.isConnected;
  }

  /** Bumped by every open, so a note whose claim arrives after a later open is not shown. */
  private openRequest = 0;

  open(markerId: string): void {
    const marker = this.markerFor(markerId);
    const placed = marker && this.placed.get(marker.id);
    if (!marker || !placed) return;
    const request = ++this.openRequest;
    // The claim may take a moment (the background wakes up): if the reader has moved on to
    // something else meanwhile (focus went elsewhere, Escape), the note does not pop up.
    const focused = this.doc.activeElement;
    void this.options.loadClaim(placed.claim.id).then((claim) => {
      if (request !== this.openRequest || this.destroyed || !marker.isConnected) return;
      if (this.doc.activeElement !== focused) return;
      if (!claim) {
        console.debug('backcheck: the note could not be loaded; try again');
        return;
      }
      const actions = this.options.actions;
      this.quietly(() =>
        this.notes.open(marker, {
          claim,
          stance: placed.annotation.stance,
          match: placed.annotation.match,
          theme: this.options.appearance ?? 'auto',
          actions: actions && {
            notThisClaim: () => actions.notThisClaim(claim.id, placed.annotation.sentence),
            mute: async () => {
              await actions.mute(claim.id);
              this.hideClaim(claim.id);
            },
            copyReply: () => actions.copyReply(claim.id, placed.annotation.stance),
          },
        }),
      );
    });
  }

  reveal(markerId: string): void {
    const body = this.placed.get(markerId)?.body;
    const marker = this.markerFor(markerId);
    if (!marker) {
      // The post changed since it was read and is being read again: the reader is taken to it.
      if (body?.isConnected) body.scrollIntoView({ block: 'center' });
      return;
    }
    marker.scrollIntoView({ block: 'center' });
    this.open(marker.id);
  }

  /** Removes every mark of one claim from the page at once (the user muted it here). */
  hideClaim(claimId: string): void {
    // Keyboard users keep their place: focus moves to the next marker of another claim.
    const from = this.notes.openMarker;
    const next = [...this.placed.values()]
      .map((p) => p.marker)
      .filter((m): m is HTMLElement => m !== undefined && m.isConnected)
      .filter((m) => m.getAttribute('data-backcheck-claim') !== claimId)
      .find((m) => from && from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    this.quietly(() => {
      this.notes.close(false);
      for (const [key, findings] of this.findingsByPost) {
        if (!findings.some((f) => f.claimId === claimId)) continue;
        const kept = findings.filter((f) => f.claimId !== claimId);
        for (const f of findings) {
          if (f.claimId !== claimId) continue;
          this.placed.get(f.markerId)?.marker?.remove();
          this.placed.delete(f.markerId);
        }
        this.findingsByPost.set(key, kept);
        this.painter.dropClaim(key, claimId);
      }
    });
    if (next) markerButton(next)?.focus();
    this.onChange(this.findingCount());
  }

  /** Annotates the whole thread again: settings changed what is hidden or how notes look. */
  reannotate(options: Partial<ControllerOptions>): void {
    Object.assign(this.options, options);
    this.quietly(() => this.reset());
    this.scan();
  }

  /** The page's annotations as W3C Web Annotation JSON-LD. */
  async exportAnnotations(): Promise<object> {
    const href = this.doc.location.href;
    const generation = this.generation;
    const onPage = [...this.placed].filter(([id]) => this.isOnPage(id));
    const ids = [...new Set(onPage.map(([, p]) => p.claim.id))];
    const loaded = await Promise.all(ids.map((id) => this.options.loadClaim(id)));
    const claims = new Map<string, Claim>();
    for (const claim of loaded) if (claim) claims.set(claim.id, claim);
    // No partial file: a claim that could not be loaded fails the export (the popup saves nothing).
    if (claims.size < ids.length) throw new Error('backcheck: some notes could not be loaded');
    if (generation !== this.generation) throw new Error('backcheck: the page changed');
    const indexes = new Map<Element, TextIndex>();
    const items: AnnotatedSentence[] = [];
    // A claim muted while the notes loaded is not exported.
    for (const [, p] of onPage.filter(([id]) => this.placed.has(id))) {
      let index = indexes.get(p.body);
      if (!index) indexes.set(p.body, (index = TextIndex.build(p.body, this.skip)));
      // A post the forum changed since it was read (the rescan is on its way) is not exported
      // with offsets that no longer point at its sentence.
      if (index.text.slice(p.annotation.start, p.annotation.end) !== p.annotation.sentence)
        continue;
      const start = index.position(p.annotation.start, 'start');
      const end = index.position(p.annotation.end, 'end');
      if (!start || !end) continue;
      items.push({
        claim: claims.get(p.claim.id)!,
        stance: p.annotation.stance,
        postSelector: cssPath(p.body),
        ...quoteAt(p.body, start, end, 32),
      });
    }
    return toWebAnnotations(href, new Date().toISOString(), items);
  }

  /** How many findings are on the page, without listing them (called after every slice). */
  private findingCount(): number {
    let count = 0;
    for (const findings of this.findingsByPost.values()) {
      for (const finding of findings) if (this.isOnPage(finding.markerId)) count++;
    }
    return count;
  }

  findings(): PageFindings {
    return {
      forum: this.forum,
      engine: this.engineName,
      topic: this.topic ?? { backPain: false, score: 0 },
      // Posts the forum removed (cloaked, deleted) are not on the page any more.
      findings: [...this.findingsByPost.values()]
        .flat()
        .filter((f) => this.isOnPage(f.markerId))
        .sort((a, b) => a.post - b.post),
    };
  }

  /** Forgets the thread: another thread was navigated to in the same page. */
  private reset(): void {
    this.generation++;
    this.cancelScans();
    this.notes.close(false);
    this.painter.clearAll();
    for (const { marker } of this.placed.values()) marker?.remove();
    this.placed.clear();
    this.findingsByPost.clear();
    this.pending.clear();
    this.nearViewport.clear();
    this.processed = new WeakSet();
    this.dirty.clear();
    this.topic = undefined;
    this.topicPostCount = 0;
    this.onChange(0);
  }

  destroy(): void {
    this.destroyed = true;
    this.generation++;
    this.cancelScans();
    clearTimeout(this.rescanTimer);
    clearTimeout(this.retryTimer);
    clearInterval(this.urlTimer);
    this.observer?.disconnect();
    this.notes.destroy();
    this.painter.clearAll();
    this.nearViewport.clear();
    for (const { marker } of this.placed.values()) marker?.remove();
    this.placed.clear();
    this.findingsByPost.clear();
    this.pending.clear();
  }
}
