/** Sentence segmentation, folding and the plain-text thread reader. */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/engine/fold';
import { readPlainText } from '../../lib/engine/plain-text';
import { segmentSentences } from '../../lib/engine/sentences';

const sentences = (text: string) =>
  segmentSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentence segmentation for forum writing', () => {
  it.each([
    ['no capitals', 'it hurts. i cant bend over. help', ['it hurts.', 'i cant bend over.', 'help']],
    [
      'line breaks and lists',
      'things that helped:\n- ice\n- walking',
      ['things that helped:', '- ice', '- walking'],
    ],
    ['ellipses', 'tried everything... nothing works', ['tried everything...', 'nothing works']],
    [
      'abbreviations',
      'Dr. Smith said e.g. walking helps. Then I left.',
      ['Dr. Smith said e.g. walking helps.', 'Then I left.'],
    ],
    [
      'emoticons',
      'feeling better :) going to try deadlifts again!',
      ['feeling better :) going to try deadlifts again!'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('tiles the text exactly', () => {
    const text = 'One.  Two?\n\nthree... four!   ';
    const spans = segmentSentences(text);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
  });
});

describe('folding keeps every offset', () => {
  it('lower-cases and maps quotes and dashes one character for one', () => {
    const text = 'Don’t — “MRI”\u00a0İ';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.slice(0, 13)).toBe('don\'t - "mri"');
  });

  it('maps every typographic quote, dash and space it knows', () => {
    const text =
      '\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c\u201d\u201e\u2033\u00ab\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0\u2007\u202f\u200b';
    expect(foldText(text)).toBe("'''''''\"\"\"\"\"\"------- " + '   ');
  });

  it('reads accented letters as plain ones, in either case', () => {
    const text = 'Quiropráctico, FISIOTERAPÉUTICO İ';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.slice(0, 31)).toBe('quiropractico, fisioterapeutico');
  });
});

describe('plain-text threads', () => {
  it('takes the first line as the title and skips [quote] blocks, nested or named', () => {
    const thread = readPlainText(
      'My title\n\nfirst post\n\n[quote="bob"]outer [quote]inner[/quote] still quoted[/quote]\nmy reply\n\n> quoted line\nlast post',
    );
    expect(thread.title).toBe('My title');
    expect(thread.posts).toEqual(['first post', 'my reply', 'last post']);
  });
});
