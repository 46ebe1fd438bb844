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
  /** Token indices, inclusive. */
  first: number;
  last: number;
}

/** Whether two hits share a token. */
export function hitsOverlap(a: ConceptHit, b: ConceptHit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** An exact-word edge; edges whose words share a hash are chained. */
interface WordEdge {
  word: string;
  node: TrieNode;
  next: WordEdge | undefined;
}

type PrefixEdge = [prefix: string, node: TrieNode];

interface TrieNode {
  /** Exact-word edges by `wordHash`. */
  exact: Map<number, WordEdge>;
  /** Prefix edges; at the root they are found through `prefixIndex` instead. */
  prefixes: PrefixEdge[];
  concepts: string[];
}

const PREFIX_KEY_LENGTH = 3;

export interface CompiledLexicon {
  root: TrieNode;
  /** Root prefix edges by the hash of their first three UTF-16 units: a token checks its bucket. */
  prefixIndex: Map<number, PrefixEdge[]>;
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

/** The hash of a token's first three characters (the root prefix buckets' key); -1 if shorter. */
function prefixKey(source: string, start: number, end: number): number {
  if (end - start < PREFIX_KEY_LENGTH) return -1;
  // wordHash of the three characters, without slicing them out.
  const two = (Math.imul(source.charCodeAt(start), 31) + source.charCodeAt(start + 1)) | 0;
  return (Math.imul(two, 31) + source.charCodeAt(start + 2)) | 0;
}

function rootBucket(index: Map<number, PrefixEdge[]>, prefix: string): PrefixEdge[] {
  const key = prefixKey(prefix, 0, prefix.length);
  let bucket = index.get(key);
  if (!bucket) index.set(key, (bucket = []));
  return bucket;
}

function exactChild(node: TrieNode, word: string): TrieNode {
  const hash = wordHash(word);
  const chain = node.exact.get(hash);
  for (let edge = chain; edge; edge = edge.next) if (edge.word === word) return edge.node;
  const child = newNode();
  node.exact.set(hash, { word, node: child, next: chain });
  return child;
}

export function compileLexicon(concepts: Record<string, readonly string[]>): CompiledLexicon {
  const root = newNode();
  const prefixIndex = new Map<number, PrefixEdge[]>();
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
          node = exactChild(node, word);
        }
      }
      if (!node.concepts.includes(concept)) node.concepts.push(concept);
    }
  }
  return { root, prefixIndex, concepts: new Set(Object.keys(concepts)) };
}

/**
 * Appends to `out` (from `size`) the nodes reached from `node` by `token`, and returns the new
 * size. `prefixes` are the node's prefix edges (the root's come from its index, by the token).
 */
function advance(
  node: TrieNode,
  token: Token,
  prefixes: readonly PrefixEdge[] | undefined,
  out: TrieNode[],
  size: number,
): number {
  if (node.exact.size > 0) {
    for (let edge = node.exact.get(token.hash); edge; edge = edge.next) {
      if (token.is(edge.word)) {
        out[size++] = edge.node;
        break;
      }
    }
  }
  if (prefixes) {
    for (const [prefix, child] of prefixes) if (token.startsWith(prefix)) out[size++] = child;
  }
  return size;
}

/** Every concept occurrence in the tokens, in order of first token. Overlapping hits are all kept. */
export function matchConcepts(lexicon: CompiledLexicon, tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  // Two frontiers reused with their own sizes: emptying an array with `length = 0` frees its
  // storage, and reallocating it for every token was the matcher's largest cost.
  let frontier: TrieNode[] = [];
  let next: TrieNode[] = [];
  const { root, prefixIndex } = lexicon;
  const count = tokens.length;
  for (let first = 0; first < count; first++) {
    const token = tokens[first]!;
    const key = prefixKey(token.source, token.start, token.end);
    let size = advance(root, token, key === -1 ? undefined : prefixIndex.get(key), frontier, 0);
    if (size === 0) continue;
    for (let last = first; ;) {
      for (let k = 0; k < size; k++) {
        for (const concept of frontier[k]!.concepts) hits.push({ concept, first, last });
      }
      last++;
      if (last >= count) break;
      const word = tokens[last]!;
      let nextSize = 0;
      for (let k = 0; k < size; k++) {
        const node = frontier[k]!;
        nextSize = advance(node, word, node.prefixes, next, nextSize);
      }
      if (nextSize === 0) break;
      [frontier, next] = [next, frontier];
      size = nextSize;
    }
  }
  return hits;
}
