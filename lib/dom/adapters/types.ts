/** One adapter per forum engine: the only code that knows a forum's markup. */
export type EngineName =
  'discourse' | 'xenforo' | 'vbulletin' | 'phpbb' | 'reddit' | 'invision' | 'wordpress' | 'generic';

export interface ForumPost {
  /** Stable id from the forum where it has one (survives re-rendering), else the position. */
  id: string;
  author: string;
  /** The element holding the post's own text (still containing quotes etc., see `skip`). */
  body: Element;
}

export interface ForumAdapter {
  readonly engine: EngineName;
  /** Whether the page is a thread of this engine. Cheap: a few selector checks. */
  detect(doc: Document, url: URL): boolean;
  /**
   * The posts in page order. With `limit`, at least the first `limit` posts (an adapter may stop
   * there, to keep the topic decision on a long thread cheap; it may also return them all).
   */
  posts(doc: Document, limit?: number): ForumPost[];
  /**
   * The same posts in two steps, for listing a long thread a slice at a time: the candidate
   * elements in page order (one cheap query), and the post one of them holds (undefined when it
   * holds none). `posts` must equal `postOf` over `postElements`, in order, without the undefined,
   * whenever that gives any post (when it gives none, `posts` is used instead).
   */
  postElements?(doc: Document): ArrayLike<Element>;
  postOf?(element: Element): ForumPost | undefined;
  /** Elements inside a body that are not the author's own words, beyond the universal list. */
  readonly skip: string;
  /** The thread's title, where the engine marks it better than the generic guess. */
  title?(doc: Document): string | undefined;
  /**
   * Which thread a URL shows: a change of key is in-app navigation to another thread (rescan),
   * the same key is the same thread (Discourse rewrites the post number while you scroll).
   * Default: origin and path.
   */
  threadKey?(url: URL): string;
}
