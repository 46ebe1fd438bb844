/**
 * One compiled matcher for every lexicon term: a trie over word tokens, walked once from each token.
 * A term is a sequence of words separated by spaces (hyphens and slashes split words exactly as the
 * tokenizer does, so "x-ray" matches "x ray" and "x-ray"); a word ending in `*` matches any word that
 * starts with it ("stretch*" matches "stretching"). Cost per token is bounded by the longest term, so
 * a scan is linear in the text's length.
 */
import { tokenize, wordHash, type Token } from './tokens';

export interface ConceptHit {
  concept: string;
  /** The concept's number in the lexicon that found it (its index in `conceptNames`). */
  id: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
}

/** Whether two hits share a token. */
export function hitsOverlap(a: ConceptHit, b: ConceptHit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * The trie in flat tables, node 0 the root: the form `compileLexicon` builds and the form the build
 * ships (`LexiconTables`, plain JSON), so a page loads its matchers instead of compiling them.
 * Compiling some 2,500 terms took 7–10 ms of code the JIT had not yet optimised on every back-pain
 * page, and 1 ms of the topic gate on every other page; loading the tables is a few array copies.
 */
export interface CompiledLexicon {
  conceptNames: readonly string[];
  /** Node n ends the terms of concepts conceptIds[conceptStart[n] .. conceptStart[n + 1]). */
  conceptStart: Int32Array;
  conceptIds: Int32Array;
  /** Whether node n has exact-word edges (most nodes are leaves: no lookup for them). */
  hasExact: Uint8Array;
  /**
   * Where a term may start, by `singleIndex` of a word's hash or prefix key (1: the word may be a
   * whole term) and `pairIndex` of two words' keys (1: the two may open a longer term). Most words
   * of a page start no term, and most that open one are words such as "the", "to" and "i" before a
   * word no term goes on with: 92,870 of the 121,640 words that opened a path in a megabyte of
   * back-pain threads. Both are passed over with a few array reads instead of probes of the table.
   */
  startFilter: Uint8Array;
  /**
   * Exact-word edges (node, wordHash(word)) and the root's prefix edges (ROOT_PREFIXES,
   * prefixKey(prefix)), found through one open-addressing table of edge numbers + 1.
   */
  edgeNode: Int32Array;
  edgeKey: Int32Array;
  edgeWord: readonly string[];
  edgeChild: Int32Array;
  slots: Int32Array;
  /** Prefix edges of the other nodes: node n's are prefixStart[n] .. prefixStart[n + 1]. */
  prefixStart: Int32Array;
  prefixWord: readonly string[];
  prefixChild: Int32Array;
}

/**
 * The tables as JSON, as the build writes them: every table finished, so loading one is a few
 * typed-array copies and no loop of our own. Loading ran interpreted code on every forum page
 * (the topic gate's tables) and every back-pain page (the claims'): deriving the offsets and the
 * probe table from counts and edges took 0.6 ms of the topic's 0.9 ms load in a fresh process and
 * 1.5 of the claims' 2.4 ms; shipped finished, 0.45 and 0.9 ms, for tables half as large again.
 */
export interface LexiconTables {
  conceptNames: string[];
  conceptStart: number[];
  conceptIds: number[];
  hasExact: number[];
  /**
   * The indices where `startFilter` is 1 (it is 256K entries, almost all 0), each as its distance
   * from the one before: a third of the characters of the indices themselves.
   */
  startFilterSteps: number[];
  edgeNode: number[];
  edgeKey: number[];
  edgeWord: string[];
  edgeChild: number[];
  slots: number[];
  prefixStart: number[];
  prefixWord: string[];
  prefixChild: number[];
}

/** The table's stand-in node for the root's prefix edges, keyed by their first three letters. */
const ROOT_PREFIXES = -1;
const PREFIX_KEY_LENGTH = 3;

/** Lower-case letters and digits in single-spaced words, each perhaps a prefix: most terms. */
const PLAIN_TERM = /^(?:[a-z0-9]+\*? )*[a-z0-9]+\*?$/;

/** A term's words as the matcher reads them: token texts, a prefix word ending in `*`. */
export function termWords(term: string): string[] {
  // Plain terms split exactly as the tokenizer would split them, without running it on each one.
  if (PLAIN_TERM.test(term)) return term.split(' ');
  const words: string[] = [];
  for (const raw of term.split(/\s+/)) {
    const star = raw.endsWith('*');
    const parts = tokenize(star ? raw.slice(0, -1) : raw).map((t) => t.text);
    if (parts.length === 0) continue;
    if (star) parts[parts.length - 1] += '*';
    words.push(...parts);
  }
  return words;
}

/** The hash of a token's first three characters (the root prefix edges' key); -1 if shorter. */
function prefixKey(source: string, start: number, end: number): number {
  if (end - start < PREFIX_KEY_LENGTH) return -1;
  // wordHash of the three characters, without slicing them out.
  const two = (Math.imul(source.charCodeAt(start), 31) + source.charCodeAt(start + 1)) | 0;
  return (Math.imul(two, 31) + source.charCodeAt(start + 2)) | 0;
}

/** The first slot to probe for (node, key). */
function slotOf(node: number, key: number, mask: number): number {
  const h = Math.imul(node + 2, 0x9e3779b1) ^ key;
  return (h ^ (h >>> 15)) & mask;
}

export function compileLexicon(concepts: Record<string, readonly string[]>): CompiledLexicon {
  const conceptNames = Object.keys(concepts);
  const nodeConcepts: number[][] = [[]];
  const nodePrefixes: Array<Array<[string, number]>> = [[]];
  const edgeNode: number[] = [];
  const edgeKey: number[] = [];
  const edgeWord: string[] = [];
  const edgeChild: number[] = [];
  // Each node's table edges by word while building (the root's prefix edges under ROOT_PREFIXES),
  // so that each is made once.
  const edgesByWord = new Map<number, Map<string, number>>();
  const newNode = () => {
    nodeConcepts.push([]);
    nodePrefixes.push([]);
    return nodeConcepts.length - 1;
  };
  const tableEdge = (node: number, key: number, word: string) => {
    let byWord = edgesByWord.get(node);
    if (!byWord) edgesByWord.set(node, (byWord = new Map()));
    let edge = byWord.get(word);
    if (edge === undefined) {
      edge = edgeNode.length;
      byWord.set(word, edge);
      edgeNode.push(node);
      edgeKey.push(key);
      edgeWord.push(word);
      edgeChild.push(newNode());
    }
    return edgeChild[edge]!;
  };
  conceptNames.forEach((concept, conceptId) => {
    for (const term of concepts[concept]!) {
      const words = termWords(term);
      if (words.length === 0) throw new Error(`lexicon: empty term in "${concept}"`);
      let node = 0;
      for (const word of words) {
        if (!word.endsWith('*')) {
          node = tableEdge(node, wordHash(word), word);
          continue;
        }
        const prefix = word.slice(0, -1);
        if (node === 0) {
          if (prefix.length < PREFIX_KEY_LENGTH) {
            throw new Error(
              `lexicon: "${term}": a leading prefix needs ${PREFIX_KEY_LENGTH}+ letters`,
            );
          }
          node = tableEdge(ROOT_PREFIXES, prefixKey(prefix, 0, prefix.length), prefix);
          continue;
        }
        const edges = nodePrefixes[node]!;
        let edge = edges.find(([p]) => p === prefix);
        if (!edge) {
          edge = [prefix, newNode()];
          edges.push(edge);
        }
        node = edge[1];
      }
      if (!nodeConcepts[node]!.includes(conceptId)) nodeConcepts[node]!.push(conceptId);
    }
  });
  const prefixEdges = nodePrefixes.flat();
  return withProbeTable({
    conceptNames,
    conceptStart: offsets(nodeConcepts.map((list) => list.length)),
    conceptIds: Int32Array.from(nodeConcepts.flat()),
    edgeNode: Int32Array.from(edgeNode),
    edgeKey: Int32Array.from(edgeKey),
    edgeWord,
    edgeChild: Int32Array.from(edgeChild),
    prefixStart: offsets(nodePrefixes.map((list) => list.length)),
    prefixWord: prefixEdges.map(([prefix]) => prefix),
    prefixChild: Int32Array.from(prefixEdges, ([, child]) => child),
  });
}

type LexiconEdges = Omit<CompiledLexicon, 'slots' | 'hasExact' | 'startFilter'>;

/** Some 6,000 entries in 256K: a word that starts nothing passes one read in about 40. */
const START_FILTER_BITS = 18;
const START_FILTER_MASK = (1 << START_FILTER_BITS) - 1;

/** Where a word that may be a whole term is marked, by its hash or prefix key. */
function singleIndex(key: number): number {
  const h = Math.imul(key ^ 0x2545f491, 0x9e3779b1);
  return (h ^ (h >>> 15)) & START_FILTER_MASK;
}

/** Where two words that may open a longer term are marked, by their hashes or prefix keys. */
function pairIndex(first: number, second: number): number {
  let h = Math.imul(first, 0x85ebca6b) ^ second;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & START_FILTER_MASK;
}

/**
 * The start filter: for each edge from the root (an exact word or a prefix), the word's key alone
 * if it ends a term, and with the key of every word that can follow it. A prefix too short to have
 * a key ("lower b*") can follow anything: the first word's key alone stands for it.
 */
function startFilterOf(
  edges: LexiconEdges,
  edgesOfNode: ReadonlyMap<number, number[]>,
): Uint8Array {
  const { edgeNode, edgeKey, edgeChild, conceptStart, prefixStart, prefixWord } = edges;
  const filter = new Uint8Array(1 << START_FILTER_BITS);
  for (let edge = 0; edge < edgeNode.length; edge++) {
    if (edgeNode[edge] !== 0 && edgeNode[edge] !== ROOT_PREFIXES) continue;
    const key = edgeKey[edge]!;
    const child = edgeChild[edge]!;
    if (conceptStart[child + 1]! > conceptStart[child]!) filter[singleIndex(key)] = 1;
    for (const next of edgesOfNode.get(child) ?? []) filter[pairIndex(key, edgeKey[next]!)] = 1;
    for (let p = prefixStart[child]!, end = prefixStart[child + 1]!; p < end; p++) {
      const prefix = prefixWord[p]!;
      if (prefix.length < PREFIX_KEY_LENGTH) filter[singleIndex(key)] = 1;
      else filter[pairIndex(key, prefixKey(prefix, 0, prefix.length))] = 1;
    }
  }
  return filter;
}

/** The probe table over the edges, and which nodes have exact-word edges. */
function withProbeTable(edges: LexiconEdges): CompiledLexicon {
  const { edgeNode, edgeKey } = edges;
  // Two-thirds full at most: a probe ends at an empty slot within a few steps, and the table (which
  // ships in the content script) stays half the size it would be at half full whenever the edges
  // pass a power of two: 4,172 edges fill 8,192 slots, not 16,384.
  let size = 8;
  while (size * 2 < edgeNode.length * 3) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const hasExact = new Uint8Array(edges.conceptStart.length - 1);
  const edgesOfNode = new Map<number, number[]>();
  for (let edge = 0; edge < edgeNode.length; edge++) {
    const node = edgeNode[edge]!;
    if (node !== ROOT_PREFIXES) hasExact[node] = 1;
    const own = edgesOfNode.get(node);
    if (own) own.push(edge);
    else edgesOfNode.set(node, [edge]);
    let slot = slotOf(node, edgeKey[edge]!, mask);
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = edge + 1;
  }
  return { ...edges, slots, hasExact, startFilter: startFilterOf(edges, edgesOfNode) };
}

function offsets(counts: readonly number[]): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let n = 0; n < counts.length; n++) start[n + 1] = start[n]! + counts[n]!;
  return start;
}

/** The tables as JSON, for the build to ship. */
export function lexiconTables(lexicon: CompiledLexicon): LexiconTables {
  const startFilterSteps: number[] = [];
  let previous = 0;
  lexicon.startFilter.forEach((on, index) => {
    if (on !== 1) return;
    startFilterSteps.push(index - previous);
    previous = index;
  });
  return {
    conceptNames: [...lexicon.conceptNames],
    conceptStart: Array.from(lexicon.conceptStart),
    conceptIds: Array.from(lexicon.conceptIds),
    hasExact: Array.from(lexicon.hasExact),
    startFilterSteps,
    edgeNode: Array.from(lexicon.edgeNode),
    edgeKey: Array.from(lexicon.edgeKey),
    edgeWord: [...lexicon.edgeWord],
    edgeChild: Array.from(lexicon.edgeChild),
    slots: Array.from(lexicon.slots),
    prefixStart: Array.from(lexicon.prefixStart),
    prefixWord: [...lexicon.prefixWord],
    prefixChild: Array.from(lexicon.prefixChild),
  };
}

/** A lexicon from the tables the build shipped. */
export function loadLexicon(tables: LexiconTables): CompiledLexicon {
  const startFilter = new Uint8Array(1 << START_FILTER_BITS);
  let index = 0;
  for (const step of tables.startFilterSteps) startFilter[(index += step)] = 1;
  return {
    conceptNames: tables.conceptNames,
    conceptStart: new Int32Array(tables.conceptStart),
    conceptIds: new Int32Array(tables.conceptIds),
    hasExact: new Uint8Array(tables.hasExact),
    startFilter,
    edgeNode: new Int32Array(tables.edgeNode),
    edgeKey: new Int32Array(tables.edgeKey),
    edgeWord: tables.edgeWord,
    edgeChild: new Int32Array(tables.edgeChild),
    slots: new Int32Array(tables.slots),
    prefixStart: new Int32Array(tables.prefixStart),
    prefixWord: tables.prefixWord,
    prefixChild: new Int32Array(tables.prefixChild),
  };
}

/** Appends to `out` (from `size`) the nodes reached from `node` by `token`; returns the new size. */
function advance(
  lexicon: CompiledLexicon,
  node: number,
  token: Token,
  out: number[],
  size: number,
): number {
  const { slots, edgeNode, edgeKey, edgeWord, edgeChild } = lexicon;
  const mask = slots.length - 1;
  if (lexicon.hasExact[node] === 1) {
    const hash = token.hash;
    for (let slot = slotOf(node, hash, mask); slots[slot] !== 0; slot = (slot + 1) & mask) {
      const edge = slots[slot]! - 1;
      if (edgeNode[edge] === node && edgeKey[edge] === hash && token.is(edgeWord[edge]!)) {
        out[size++] = edgeChild[edge]!;
        break;
      }
    }
  }
  if (node === 0) {
    const key = prefixKey(token.source, token.start, token.end);
    if (key === -1) return size;
    for (let slot = slotOf(ROOT_PREFIXES, key, mask); slots[slot] !== 0; slot = (slot + 1) & mask) {
      const edge = slots[slot]! - 1;
      if (
        edgeNode[edge] === ROOT_PREFIXES &&
        edgeKey[edge] === key &&
        token.startsWith(edgeWord[edge]!)
      ) {
        out[size++] = edgeChild[edge]!;
      }
    }
    return size;
  }
  const { prefixStart, prefixWord, prefixChild } = lexicon;
  for (let p = prefixStart[node]!, end = prefixStart[node + 1]!; p < end; p++) {
    if (token.startsWith(prefixWord[p]!)) out[size++] = prefixChild[p]!;
  }
  return size;
}

/**
 * Whether the gap between two words holds punctuation that ends a clause: a term's words are read
 * together, never across ", " or ". " ("the driver's seat, back is finished" holds no seat back).
 */
function breaksTerm(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    // , ; : ! ? .
    if (code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 46) {
      return true;
    }
  }
  return false;
}

/** Every concept occurrence in the tokens, in order of first token. Overlapping hits are all kept. */
export function matchConcepts(lexicon: CompiledLexicon, tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  const { conceptStart, conceptIds, conceptNames, startFilter } = lexicon;
  // Two frontiers reused with their own sizes: emptying an array with `length = 0` frees its
  // storage, and reallocating it for every token was the matcher's largest cost.
  let frontier: number[] = [];
  let next: number[] = [];
  const count = tokens.length;
  // Each word's two keys, read once: as the word after, then as the word itself.
  let nextExact = count > 0 ? tokens[0]!.hash : 0;
  let nextPrefix = count > 0 ? prefixKey(tokens[0]!.source, tokens[0]!.start, tokens[0]!.end) : -1;
  for (let first = 0; first < count; first++) {
    const token = tokens[first]!;
    const exact = nextExact;
    const prefix = nextPrefix;
    const after = tokens[first + 1];
    if (after) {
      nextExact = after.hash;
      nextPrefix = prefixKey(after.source, after.start, after.end);
    }
    const mayStart =
      startFilter[singleIndex(exact)] === 1 ||
      (prefix !== -1 && startFilter[singleIndex(prefix)] === 1) ||
      (after !== undefined &&
        (startFilter[pairIndex(exact, nextExact)] === 1 ||
          (nextPrefix !== -1 && startFilter[pairIndex(exact, nextPrefix)] === 1) ||
          (prefix !== -1 &&
            (startFilter[pairIndex(prefix, nextExact)] === 1 ||
              (nextPrefix !== -1 && startFilter[pairIndex(prefix, nextPrefix)] === 1)))));
    if (!mayStart) continue;
    let size = advance(lexicon, 0, token, frontier, 0);
    if (size === 0) continue;
    for (let last = first; ;) {
      for (let k = 0; k < size; k++) {
        const node = frontier[k]!;
        for (let c = conceptStart[node]!, end = conceptStart[node + 1]!; c < end; c++) {
          const id = conceptIds[c]!;
          hits.push({ concept: conceptNames[id]!, id, first, last });
        }
      }
      last++;
      if (last >= count) break;
      const word = tokens[last]!;
      if (breaksTerm(word.source, tokens[last - 1]!.end, word.start)) break;
      let nextSize = 0;
      for (let k = 0; k < size; k++)
        nextSize = advance(lexicon, frontier[k]!, word, next, nextSize);
      if (nextSize === 0) break;
      const swap = frontier;
      frontier = next;
      next = swap;
      size = nextSize;
    }
  }
  return hits;
}
