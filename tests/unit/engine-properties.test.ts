/** Properties that hold for any input: the engine never throws and never points outside the text. */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { database } from '../../lib/claims/database';
import { ADAPTERS, generic } from '../../lib/dom/adapters';
import { readPage } from '../../lib/dom/read-page';
import { createEngine } from '../../lib/engine/engine';
import { foldText } from '../../lib/engine/fold';
import {
  compileLexicon,
  lexiconTables,
  loadLexicon,
  matchConcepts,
  type LexiconTables,
} from '../../lib/engine/matcher';
import { segmentSentences } from '../../lib/engine/sentences';
import { tokenize, wordHash } from '../../lib/engine/tokens';

const engine = createEngine(database);

/** Unicode text mixed with the vocabulary the engine reacts to, so rules actually fire. */
const forumText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        'MRI',
        ' my lower back',
        ' muscle relaxer',
        "don't",
        '?',
        '. ',
        '\n',
        '…',
        ' I ',
        ' bed rest',
        ' ice',
        '“',
        '😀',
        'İ',
        ' vitamin I',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('for any text', () => {
  it('annotate never throws, and every offset lies inside the text and matches it', () => {
    fc.assert(
      fc.property(forumText, (text) => {
        for (const a of engine.annotate(text)) {
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(a.start).toBeLessThanOrEqual(a.matchStart);
          expect(a.matchEnd).toBeLessThanOrEqual(a.end);
          expect(text.slice(a.start, a.end)).toBe(a.sentence);
          expect(text.slice(a.matchStart, a.matchEnd)).toBe(a.match);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sentences tile the text exactly', () => {
    fc.assert(
      fc.property(forumText, (text) => {
        const spans = segmentSentences(text);
        let at = 0;
        for (const span of spans) {
          expect(span.start).toBe(at);
          expect(span.end).toBeGreaterThan(span.start);
          at = span.end;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('the topic gate always answers with a score in [0, 1]', () => {
    fc.assert(
      fc.property(forumText, fc.array(forumText, { maxLength: 6 }), (title, posts) => {
        const topic = engine.topic(title, posts);
        expect(topic.score).toBeGreaterThanOrEqual(0);
        expect(topic.score).toBeLessThanOrEqual(1);
        expect(topic.backPain).toBe(topic.score >= 0.5);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The matcher compares words by hash and then by their characters in place, and passes over words
 * that its start filter says open no term. A lexicon with words whose hashes collide ("aan" and
 * "ac0"), prefixes, multi-word terms, and words that only ever open longer terms ("the", "x", the
 * prefix "str*") must find exactly what a plain word-by-word comparison finds.
 */
describe('for any words', () => {
  const LEXICON: Record<string, readonly string[]> = {
    plain: ['aan', 'back pain', 'aan back'],
    colliding: ['ac0', 'ac0 pain', 'back ac0'],
    prefixed: ['stretch*', 'back stre*', 'aan*'],
    opening: ['the back pain', 'the pain', 'x b*', 'str* pain x', "don't stre*"],
  };
  const WORDS = [
    'aan',
    'ac0',
    'aanx',
    'back',
    'pain',
    'stretching',
    'stre',
    'str',
    "don't",
    'x',
    'the',
    'b',
  ];

  function expected(words: readonly string[]): string[] {
    const found: string[] = [];
    for (let first = 0; first < words.length; first++) {
      for (const [concept, terms] of Object.entries(LEXICON)) {
        for (const term of terms) {
          const parts = term.split(' ');
          const fits = parts.every((part, k) => {
            const word = words[first + k];
            if (word === undefined) return false;
            return part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : word === part;
          });
          if (fits) found.push(`${concept} ${first}-${first + parts.length - 1}`);
        }
      }
    }
    return found.sort();
  }

  it('reads a term only within a clause: never across a comma or a full stop', () => {
    const lexicon = compileLexicon({ seat: ['seat back'], episode: ['back is finished'] });
    const found = (text: string) =>
      matchConcepts(lexicon, tokenize(foldText(text))).map((hit) => hit.concept);
    expect(found("in the driver's seat, back is finished")).toEqual(['episode']);
    expect(found('the seat. back to work')).toEqual([]);
    expect(found('the seat back reclines')).toEqual(['seat']);
  });

  it('the hash of a word is the same whether computed alone or while tokenizing', () => {
    expect(wordHash('aan')).toBe(wordHash('ac0'));
    for (const token of tokenize("aan ac0 don't stretching")) {
      expect(token.hash).toBe(wordHash(token.text));
    }
  });

  it('matching finds exactly the terms a word-by-word comparison finds', () => {
    const compiled = compileLexicon(LEXICON);
    // The build ships the tables as JSON; loaded again they must match the same.
    const loaded = loadLexicon(
      JSON.parse(JSON.stringify(lexiconTables(compiled))) as LexiconTables,
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (words) => {
        const text = foldText(words.join(' '));
        for (const lexicon of [compiled, loaded]) {
          const hits = matchConcepts(lexicon, tokenize(text)).map(
            (hit) => `${hit.concept} ${hit.first}-${hit.last}`,
          );
          expect([...new Set(hits)].sort()).toEqual(expected(words));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Random DOM trees built from the markup the adapters look for. */
const TAGS = ['div', 'article', 'p', 'aside', 'blockquote', 'span', 'section', 'li', 'pre', 'code'];
const CLASSES = [
  'cooked',
  'post-stream',
  'quote',
  'onebox',
  'topic-body',
  'crawler-post',
  'post',
  'signature',
  '',
];
const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        forumText.map((t) => t.replace(/[<>&]/g, ' ')),
        fc.constant(''),
      )
    : fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.constantFrom(...CLASSES),
          fc.boolean(),
          fc.array(node(depth - 1), { maxLength: 4 }),
        )
        .map(
          ([tag, cls, withId, children]) =>
            `<${tag} class="${cls}"${withId ? ' data-post-id="7" itemprop="text" id="post_1"' : ''}>${children.join('')}</${tag}>`,
        ),
);

describe('for any DOM tree', () => {
  it('adapters and the page reader never throw', () => {
    fc.assert(
      fc.property(node(5), fc.boolean(), (body, discourse) => {
        const head = discourse ? '<meta name="generator" content="Discourse 3">' : '';
        const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
        const url = new URL('https://forum.example/t/x/1');
        for (const adapter of [...ADAPTERS, generic]) {
          adapter.detect(document, url);
          adapter.posts(document);
        }
        const page = readPage(document, url);
        for (const post of page.posts) engine.annotate(post.index.text);
      }),
      { numRuns: 150 },
    );
  });
});
