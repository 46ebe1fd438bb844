/**
 * Backcheck in a page: reads the posts, decides the topic, annotates each post once, and keeps up as
 * the forum adds or rebuilds posts. Knows nothing of extension messaging (the entrypoint wires it).
 */
import { claimById } from '../claims/database';
import type { Claim } from '../claims/schema';
import { readPage, skipSelectorFor, type PagePost } from '../dom/read-page';
import { TextIndex } from '../dom/text-index';
import type { Annotation, Engine } from '../engine/engine';
import type { TopicResult } from '../engine/topic';
import type { Finding, PageFindings } from '../messages';
import { createMarker } from './markers';
import { NoteLayer } from './note-layer';
import { highlightName, Painter, type PaintedRange } from './painter';

const RESCAN_DELAY_MS = 150;

interface PlacedAnnotation {
  annotation: Annotation;
  claim: Claim;
  marker: HTMLElement;
}

export class PageController {
  private readonly painter = new Painter();
  private readonly notes: NoteLayer;
  /** Post bodies already annotated; a rebuilt body is a new element and is annotated again. */
  private readonly processed = new WeakSet<Element>();
  private readonly findingsByPost = new Map<string, Finding[]>();
  private readonly placed = new Map<string, PlacedAnnotation>();
  private topic: TopicResult | undefined;
  private engineName = 'generic';
  private forum = false;
  private markerCount = 0;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly doc: Document,
    private readonly engine: Engine,
    private readonly onChange: (count: number) => void,
  ) {
    this.notes = new NoteLayer(doc);
  }

  start(signal: AbortSignal): void {
    this.scan();
    // One observer for the whole page; mutations are batched into one rescan.
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => this.isOwnMutation(r))) return;
      clearTimeout(this.rescanTimer);
      this.rescanTimer = setTimeout(() => this.scan(), RESCAN_DELAY_MS);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.doc.addEventListener('keydown', this.onKeyDown, { signal });
    signal.addEventListener('abort', () => this.destroy());
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.notes.openMarker) this.notes.close(true);
  };

  private isOwnMutation(record: MutationRecord): boolean {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return (
      nodes.length > 0 &&
      nodes.every(
        (node) =>
          node.nodeName === 'BACKCHECK-MARKER' ||
          node.nodeName === 'BACKCHECK-NOTE' ||
          node.nodeType === Node.TEXT_NODE,
      )
    );
  }

  private scan(): void {
    const page = readPage(this.doc, new URL(this.doc.location.href));
    this.engineName = page.engine;
    this.forum = page.posts.length > 0;
    if (!this.forum) return;
    if (!this.topic) {
      this.topic = this.engine.topic(
        page.title,
        page.posts.map((post) => post.index.text),
      );
    }
    if (!this.topic.backPain) return;
    let changed = false;
    for (const post of page.posts) {
      if (this.processed.has(post.body)) continue;
      this.processed.add(post.body);
      this.annotatePost(post, skipSelectorFor(page.adapter));
      changed = true;
    }
    if (changed) this.onChange(this.findings().findings.length);
  }

  private annotatePost(post: PagePost, skipSelector: string): void {
    const annotations = this.engine
      .annotate(post.index.text)
      .filter((a) => claimById(a.claimId) !== undefined);
    const key = post.id;
    for (const finding of this.findingsByPost.get(key) ?? []) this.placed.delete(finding.markerId);
    if (annotations.length === 0) {
      this.findingsByPost.delete(key);
      this.painter.clearPost(key);
      return;
    }
    // Insert markers from the last sentence end to the first, so that splitting a text node never
    // moves a position still to be used.
    const findings: Finding[] = [];
    const ordered = [...annotations].sort((a, b) => b.end - a.end);
    for (const annotation of ordered) {
      const claim = claimById(annotation.claimId)!;
      const id = `backcheck-marker-${++this.markerCount}`;
      const marker = createMarker(
        this.doc,
        { id, claim, stance: annotation.stance, post: post.number },
        () => this.open(id),
      );
      const at = post.index.position(annotation.end, 'end');
      if (!at) continue;
      if (at.offset < at.node.data.length) at.node.splitText(at.offset);
      at.node.after(marker);
      this.placed.set(id, { annotation, claim, marker });
      findings.push({
        markerId: id,
        claimId: claim.id,
        verdict: claim.verdict,
        stance: annotation.stance,
        post: post.number,
        sentence: annotation.sentence,
      });
    }
    findings.reverse();
    this.findingsByPost.set(key, findings);
    // The text nodes were split: map offsets again over the same text (markers are skipped).
    const index = TextIndex.build(post.body, skipSelector);
    const ranges: PaintedRange[] = [];
    for (const annotation of annotations) {
      const start = index.position(annotation.start, 'start');
      const end = index.position(annotation.end, 'end');
      if (!start || !end) continue;
      const claim = claimById(annotation.claimId)!;
      ranges.push({
        name: highlightName(claim.verdict, annotation.stance),
        range: new StaticRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        }),
      });
    }
    if (Painter.supported()) this.painter.paintPost(key, ranges);
  }

  open(markerId: string): void {
    const placed = this.placed.get(markerId);
    if (!placed) return;
    this.notes.open(placed.marker, placed.claim, placed.annotation.stance, placed.annotation.match);
  }

  reveal(markerId: string): void {
    const placed = this.placed.get(markerId);
    if (!placed) return;
    placed.marker.scrollIntoView({ block: 'center' });
    this.open(markerId);
  }

  findings(): PageFindings {
    return {
      forum: this.forum,
      engine: this.engineName,
      topic: this.topic ?? { backPain: false, score: 0 },
      findings: [...this.findingsByPost.values()].flat(),
    };
  }

  destroy(): void {
    clearTimeout(this.rescanTimer);
    this.observer?.disconnect();
    this.notes.destroy();
    this.painter.clearAll();
    for (const { marker } of this.placed.values()) marker.remove();
    this.placed.clear();
    this.findingsByPost.clear();
  }
}
