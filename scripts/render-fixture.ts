/**
 * Renders a plain-text thread (first line the title, posts separated by blank lines, `[quote]` blocks
 * quoting earlier posts) as a Discourse topic page in the JS app's real markup (see the markup
 * reference, section 1.2), for fixtures and the demo.
 *
 *   npx tsx scripts/render-fixture.ts THREAD.txt SLUG > tests/fixtures/discourse/SLUG.html
 */
import { readFileSync } from 'node:fs';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface RenderedPost {
  author: string;
  html: string;
}

function paragraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n              ');
}

/** Splits a thread into posts, turning `[quote]name wrote:\n…[/quote]` into Discourse quote asides. */
export function threadPosts(body: string): RenderedPost[] {
  const posts: RenderedPost[] = [];
  const chunks = body.split(/\n[ \t]*\n(?![^[]*\[\/quote\])/);
  let n = 0;
  for (const chunk of chunks) {
    const trimmed = chunk.trim();
    if (!trimmed) continue;
    n++;
    const html = trimmed.replace(
      /\[quote\]\s*(?:([^\n]*?) wrote:)?\s*([\s\S]*?)\[\/quote\]/g,
      (_all, who: string | undefined, quoted: string) => {
        const name = escapeHtml(who ?? 'someone');
        return `</p><aside class="quote no-group" data-username="${name}" data-post="1" data-topic="4321">
                <div class="title"><div class="quote-controls"></div>${name}:</div>
                <blockquote>${paragraphs(quoted)}</blockquote>
              </aside><p>`;
      },
    );
    const rendered = html.includes('<aside')
      ? `<p>${html}</p>`
          .replace(/<p>\s*<\/p>/g, '')
          .replace(/<p>([^<]+)<\/p>/g, (_m, t: string) => paragraphs(t))
      : paragraphs(html);
    posts.push({ author: `member${n}`, html: rendered });
  }
  return posts;
}

export function renderDiscourse(text: string, slug: string): string {
  const [titleLine = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const title = escapeHtml(titleLine.trim());
  const posts = threadPosts(rest.join('\n'));
  const articles = posts
    .map(
      (post, i) => `
      <div class="topic-post clearfix post--sticky-avatar sticky-avatar post--regular regular${i === 0 ? ' topic-owner' : ''}" data-post-number="${i + 1}" role="region" aria-busy="false">
        <article id="post_${i + 1}" class="boxed onscreen-post" role="region" data-post-id="${9000 + i}" data-topic-id="4321" data-user-id="${100 + i}">
          <div class="post__row row">
            <div class="topic-avatar"><a class="trigger-user-card" data-user-card="${post.author}"><img alt="" width="48" height="48" class="avatar" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></div>
            <div class="post__body topic-body clearfix">
              <div class="topic-meta-data">
                <div class="names trigger-user-card"><span class="first username"><a href="/u/${post.author}" data-user-card="${post.author}">${post.author}</a></span></div>
                <div class="post-info post-date"><a class="post-date" href="/t/${slug}/4321/${i + 1}"><span title="Mar 3, 2024">Mar '24</span></a></div>
              </div>
              <div class="post__regular regular post__contents contents">
                <div class="cooked">
              ${post.html}
                </div>
                <section class="post__menu-area post-menu-area"><nav class="post-controls"><button class="btn-flat like" aria-label="like this post">♥</button><button class="btn-flat reply">Reply</button></nav></section>
              </div>
            </div>
          </div>
        </article>
      </div>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} - Training - Demo Forum</title>
  <meta name="generator" content="Discourse 2026.2.0-latest - https://github.com/discourse/discourse version 0000000">
  <meta property="og:title" content="${title}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    body { margin: 0; font: 16px/1.6 -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fff; }
    .d-header { position: sticky; top: 0; height: 56px; background: #fff; border-bottom: 1px solid #e9e9e9; display: flex; align-items: center; padding: 0 24px; font-weight: 700; z-index: 10; }
    #main-outlet { max-width: 880px; margin: 0 auto; padding: 24px; }
    #topic-title h1 { font-size: 28px; margin: 0 0 24px; }
    .topic-post { border-top: 1px solid #e9e9e9; }
    .post__row { display: flex; gap: 12px; padding: 16px 0; }
    .avatar { border-radius: 50%; background: #ccd; }
    .topic-body { flex: 1; min-width: 0; }
    .names a { color: #646464; font-weight: 700; text-decoration: none; }
    .topic-meta-data { display: flex; justify-content: space-between; font-size: 14px; }
    .post-date { color: #919191; text-decoration: none; }
    .cooked p { margin: 0 0 12px; }
    aside.quote { margin: 0 0 12px; background: #f8f8f8; border-left: 5px solid #e9e9e9; }
    aside.quote .title { padding: 8px 12px 0; color: #646464; font-size: 14px; }
    aside.quote blockquote { margin: 0; padding: 8px 12px; }
    .post-controls { display: flex; justify-content: flex-end; gap: 8px; }
    .btn-flat { border: 0; background: none; color: #919191; cursor: pointer; }
  </style>
</head>
<body class="docs ember-application">
  <header class="d-header"><span>Demo Forum</span></header>
  <section id="main">
    <div id="main-outlet" class="wrap" role="main">
      <div id="topic-title"><h1><a href="/t/${slug}/4321" class="fancy-title">${title}</a></h1></div>
      <div class="post-stream">${articles}
      </div>
    </div>
  </section>
</body>
</html>
`;
}

/** A blog post (first line the title, then paragraphs) in WordPress theme markup. */
export function renderWordPress(text: string, slug: string): string {
  const [titleLine = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const title = escapeHtml(titleLine.trim());
  return `<!doctype html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <title>${title} - Demo Spine Clinic</title>
  <meta name="generator" content="WordPress 6.6.2">
  <link rel="canonical" href="https://clinic.example/${slug}/">
  <style>
    body { margin: 0; font: 17px/1.7 Georgia, serif; color: #222; }
    .site-header, .site-footer { padding: 16px 24px; background: #f3f1ec; font-family: sans-serif; }
    .site-main { max-width: 760px; margin: 0 auto; padding: 24px; }
    .entry-title { font-size: 32px; line-height: 1.2; }
  </style>
</head>
<body class="post-template-default single single-post">
  <header class="site-header"><nav class="main-navigation"><a href="/">Home</a> · <a href="/blog/">Blog</a></nav></header>
  <main id="main" class="site-main">
    <article id="post-812" class="post-812 post type-post status-publish format-standard hentry">
      <header class="entry-header"><h1 class="entry-title">${title}</h1></header>
      <div class="entry-content">
        ${paragraphs(rest.join('\n'))}
      </div>
    </article>
  </main>
  <footer class="site-footer">© Demo Spine Clinic</footer>
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, slug = 'thread', engine = 'discourse'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx scripts/render-fixture.ts THREAD.txt [SLUG] [discourse|wordpress]');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  process.stdout.write(
    engine === 'wordpress' ? renderWordPress(text, slug) : renderDiscourse(text, slug),
  );
}
