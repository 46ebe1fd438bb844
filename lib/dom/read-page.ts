/**
 * From a document to what the engine needs: the engine's adapter, the thread title, and each post's
 * own text with its index back into the DOM. Used alike by the content script and the scan CLI.
 */
import { findAdapter, type EngineName, type ForumAdapter } from './adapters';
import { UNIVERSAL_SKIP } from './skip';
import { TextIndex } from './text-index';

export interface PagePost {
  /** 1-based position in the page. */
  number: number;
  id: string;
  author: string;
  body: Element;
  index: TextIndex;
}

export interface PageRead {
  engine: EngineName;
  adapter: ForumAdapter;
  title: string;
  posts: PagePost[];
}

export type ListedPost = Omit<PagePost, 'index'>;

export interface PageList extends Omit<PageRead, 'posts'> {
  posts: ListedPost[];
}

export function skipSelectorFor(adapter: ForumAdapter): string {
  return adapter.skip ? `${UNIVERSAL_SKIP}, ${adapter.skip}` : UNIVERSAL_SKIP;
}

export function pageTitle(doc: Document, adapter: ForumAdapter): string {
  return (
    adapter.title?.(doc) ??
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.title.trim()
  );
}

export function threadKeyOf(adapter: ForumAdapter, url: URL): string {
  return adapter.threadKey?.(url) ?? url.origin + url.pathname;
}

/**
 * The posts without reading their text: cheap, so a long thread can be read a slice at a time.
 * With `limit`, only the first posts (for the topic decision).
 */
export function listPosts(doc: Document, url: URL, limit?: number): PageList {
  const adapter = findAdapter(doc, url);
  const posts = adapter
    .posts(doc, limit)
    .slice(0, limit)
    .map((post, i) => Object.assign(post, { number: i + 1 }));
  return { engine: adapter.engine, adapter, title: pageTitle(doc, adapter), posts };
}

/** How many candidate elements `listPostsGradually` reads between two calls of `between`. */
const LISTING_BATCH = 100;

/**
 * The same list as `listPosts(doc, url)`, read a batch of elements at a time where the adapter
 * lists in two steps: `between` runs after each batch (the content script gives the page the main
 * thread back there) and stops the listing by answering false, when this returns undefined.
 * Finding a body takes a few queries per post, which on a 5,000-post thread was one task of 25 to
 * 50 ms.
 */
export async function listPostsGradually(
  doc: Document,
  url: URL,
  between: () => Promise<boolean>,
): Promise<PageList | undefined> {
  const adapter = findAdapter(doc, url);
  const { postElements, postOf } = adapter;
  if (!postElements || !postOf) return listPosts(doc, url);
  const elements = postElements.call(adapter, doc);
  const posts: ListedPost[] = [];
  for (let i = 0; i < elements.length; i++) {
    if (i > 0 && i % LISTING_BATCH === 0 && !(await between())) return undefined;
    const post = postOf.call(adapter, elements[i]!);
    if (post) posts.push(Object.assign(post, { number: posts.length + 1 }));
  }
  // No post at all: the adapter's own `posts` may know a fallback (another view of the thread).
  if (posts.length === 0) return listPosts(doc, url);
  return { engine: adapter.engine, adapter, title: pageTitle(doc, adapter), posts };
}

export function readPage(doc: Document, url: URL): PageRead {
  const page = listPosts(doc, url);
  const skip = skipSelectorFor(page.adapter);
  return {
    ...page,
    // Field by field: a post's author may be a getter on its class, which a spread would not copy.
    posts: page.posts.map((post) => ({
      id: post.id,
      author: post.author,
      body: post.body,
      number: post.number,
      index: TextIndex.build(post.body, skip),
    })),
  };
}
