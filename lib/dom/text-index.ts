/**
 * A post's own text as one string, and the way back from offsets in that string to DOM positions.
 * Matching runs over the whole string, so phrases that cross inline markup ("<b>muscle</b>
 * relaxer") are found. Block boundaries become "\n" so sentences never run across paragraphs;
 * those separators exist only in the string, never in the page.
 */
export interface DomPosition {
  node: Text;
  offset: number;
}

interface Segment {
  node: Text;
  /** Offset of the node's first character in the index string. */
  start: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export class TextIndex {
  private constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
  ) {}

  /** Reads `root`'s text, leaving out every element that matches `skipSelector` (and its subtree). */
  static build(root: Element, skipSelector: string): TextIndex {
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let pendingBreak = false;
    const breakLine = () => {
      if (length > 0) pendingBreak = true;
    };
    const visit = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === TEXT_NODE) {
          const value = (child as Text).data;
          if (value.length === 0) continue;
          if (pendingBreak) {
            parts.push('\n');
            length += 1;
            pendingBreak = false;
          }
          segments.push({ node: child as Text, start: length });
          parts.push(value);
          length += value.length;
        } else if (child.nodeType === ELEMENT_NODE) {
          const element = child as Element;
          if (element.matches(skipSelector)) {
            // A skipped block (a quote) still separates the text before it from the text after.
            if (BLOCK_TAGS.has(element.tagName.toUpperCase())) breakLine();
            continue;
          }
          const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
          if (block) breakLine();
          visit(element);
          if (block) breakLine();
        }
      }
    };
    visit(root);
    return new TextIndex(parts.join(''), segments);
  }

  /**
   * The DOM position of a string offset. `affinity` decides a position between two nodes: a range
   * start belongs to the node after it, a range end to the node before it.
   */
  position(offset: number, affinity: 'start' | 'end'): DomPosition | undefined {
    const { segments } = this;
    if (segments.length === 0) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    let segment = segments[lo]!;
    if (affinity === 'end' && offset === segment.start && lo > 0) {
      segment = segments[lo - 1]!;
    }
    const within = offset - segment.start;
    const length = segment.node.data.length;
    if (within > length) {
      // The offset is on a block separator: snap to the nearest real text.
      if (affinity === 'end') return { node: segment.node, offset: length };
      const next = segments[lo + 1];
      return next ? { node: next.node, offset: 0 } : { node: segment.node, offset: length };
    }
    return { node: segment.node, offset: Math.max(0, within) };
  }
}
