/**
 * One compiled matcher for every lexicon term: a trie over word tokens, walked once from each token.
 * A term is a sequence of words separated by spaces (hyphens and slashes split words exactly as the
 * tokenizer does, so "x-ray" matches "x ray" and "x-ray"); a word ending in `*` matches any word that
 * starts with it ("stretch*" matches "stretching"). Cost per token is bounded by the longest term, so
 * a scan is linear in the text's length.
 */
import { tokenize, type Token } from './tokens';

export interface ConceptHit {
  concept: string;
  /** Token indices, inclusive. */
  first: number;
  last: number;
}

/** Whether two hits share a token. */
export function hitsOverlap(a: ConceptHit, b: ConceptHit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Prefix edges; at the root they are found through `prefixIndex` instead. */
  prefixes: Array<[prefix: string, node: TrieNode]>;
  concepts: string[];
}

const PREFIX_KEY_LENGTH = 3;

export interface CompiledLexicon {
  root: TrieNode;
  /** Root transitions per word seen so far: words repeat, so each is resolved once. */
  rootCache: Map<string, TrieNode[]>;
  /** Root prefix edges by their first three letters, so a token checks only its own bucket. */
  prefixIndex: Map<string, Array<[string, TrieNode]>>;
  concepts: Set<string>;
}

function newNode(): TrieNode {
  return { exact: new Map(), prefixes: [], concepts: [] };
}

/** Lower-case letters and digits in single-spaced words, each perhaps a prefix: most terms. */
const PLAIN_TERM = /^(?:[a-z0-9]+\*? )*[a-z0-9]+\*?$/;

function termWords(term: string): string[] {
  // Plain terms split exactly as the tokenizer would split them, without running it on each one:
  // compiling the tries is part of every page's start-up.
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

function rootBucket(
  index: Map<string, Array<[string, TrieNode]>>,
  prefix: string,
): Array<[string, TrieNode]> {
  const key = prefix.slice(0, PREFIX_KEY_LENGTH);
  let bucket = index.get(key);
  if (!bucket) index.set(key, (bucket = []));
  return bucket;
}

export function compileLexicon(concepts: Record<string, readonly string[]>): CompiledLexicon {
  const root = newNode();
  const prefixIndex = new Map<string, Array<[string, TrieNode]>>();
  for (const [concept, terms] of Object.entries(concepts)) {
    for (const term of terms) {
      const words = termWords(term);
      if (words.length === 0) throw new Error(`lexicon: empty term in "${concept}"`);
      let node = root;
      for (const word of words) {
        if (word.endsWith('*')) {
          const prefix = word.slice(0, -1);
          if (node === root && prefix.length < PREFIX_KEY_LENGTH) {
            throw new Error(
              `lexicon: "${term}": a leading prefix needs ${PREFIX_KEY_LENGTH}+ letters`,
            );
          }
          const edges = node === root ? rootBucket(prefixIndex, prefix) : node.prefixes;
          let edge = edges.find(([p]) => p === prefix);
          if (!edge) {
            edge = [prefix, newNode()];
            edges.push(edge);
          }
          node = edge[1];
        } else {
          let next = node.exact.get(word);
          if (!next) {
            next = newNode();
            node.exact.set(word, next);
          }
          node = next;
        }
      }
      if (!node.concepts.includes(concept)) node.concepts.push(concept);
    }
  }
  return { root, rootCache: new Map(), prefixIndex, concepts: new Set(Object.keys(concepts)) };
}

function step(lexicon: CompiledLexicon, node: TrieNode, word: string, out: TrieNode[]): void {
  const exact = node.exact.get(word);
  if (exact) out.push(exact);
  const edges =
    node === lexicon.root
      ? lexicon.prefixIndex.get(word.slice(0, PREFIX_KEY_LENGTH))
      : node.prefixes;
  if (edges) {
    for (const [prefix, next] of edges) if (word.startsWith(prefix)) out.push(next);
  }
}

const ROOT_CACHE_LIMIT = 50_000;
const NO_NODES: TrieNode[] = [];

function rootTransitions(lexicon: CompiledLexicon, word: string): TrieNode[] {
  let nodes = lexicon.rootCache.get(word);
  if (nodes === undefined) {
    const found: TrieNode[] = [];
    step(lexicon, lexicon.root, word, found);
    nodes = found.length === 0 ? NO_NODES : found;
    // Bounded, so a page of random words cannot grow it without limit.
    if (lexicon.rootCache.size < ROOT_CACHE_LIMIT) lexicon.rootCache.set(word, nodes);
  }
  return nodes;
}

/** Every concept occurrence in the tokens, in order of first token. Overlapping hits are all kept. */
export function matchConcepts(lexicon: CompiledLexicon, tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  // Two frontiers reused with their own sizes: emptying an array with `length = 0` frees its
  // storage, and reallocating it for every token was the matcher's largest cost.
  let frontier: TrieNode[] = [];
  let next: TrieNode[] = [];
  const count = tokens.length;
  for (let first = 0; first < count; first++) {
    const starts = rootTransitions(lexicon, tokens[first]!.text);
    let size = starts.length;
    if (size === 0) continue;
    for (let k = 0; k < size; k++) frontier[k] = starts[k]!;
    for (let last = first; ;) {
      for (let k = 0; k < size; k++) {
        for (const concept of frontier[k]!.concepts) hits.push({ concept, first, last });
      }
      last++;
      if (last >= count) break;
      const word = tokens[last]!.text;
      let nextSize = 0;
      for (let k = 0; k < size; k++) {
        // Inlined `step` for inner nodes: most have one or two exact edges and no prefix edges.
        const node = frontier[k]!;
        if (node.exact.size > 0) {
          const exact = node.exact.get(word);
          if (exact !== undefined) next[nextSize++] = exact;
        }
        for (const [prefix, child] of node.prefixes) {
          if (word.startsWith(prefix)) next[nextSize++] = child;
        }
      }
      if (nextSize === 0) break;
      [frontier, next] = [next, frontier];
      size = nextSize;
    }
  }
  return hits;
}
