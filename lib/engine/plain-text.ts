/**
 * A plain-text thread: the first line is the title, posts are separated by blank lines, and
 * `[quote]…[/quote]` blocks (BBCode, possibly nested, possibly `[quote="name"]`) quote earlier posts
 * and are left out, as are e-mail style "> " lines.
 */
export interface PlainTextThread {
  title: string;
  posts: string[];
}

const QUOTE_TAG = /\[(\/?)quote(?:=[^\]]*)?\]/gi;

export function stripQuotes(text: string): string {
  let depth = 0;
  let kept = '';
  let last = 0;
  for (const m of text.matchAll(QUOTE_TAG)) {
    if (depth === 0) kept += text.slice(last, m.index);
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    last = m.index + m[0].length;
  }
  if (depth === 0) kept += text.slice(last);
  return kept
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
}

export function readPlainText(text: string): PlainTextThread {
  const normalised = text.replace(/\r\n?/g, '\n');
  const newline = normalised.indexOf('\n');
  const title = (newline < 0 ? normalised : normalised.slice(0, newline)).trim();
  const body = newline < 0 ? '' : normalised.slice(newline + 1);
  const posts = stripQuotes(body)
    .split(/\n[ \t]*\n/)
    .map((post) => post.trim())
    .filter((post) => post.length > 0);
  return { title, posts };
}
