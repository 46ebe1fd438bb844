/**
 * Sentence segmentation for forum writing. `Intl.Segmenter` does the heavy lifting (abbreviations,
 * decimals, "…", closing quotes); on top of it we split where forum posts break sentences that the
 * Unicode rules join: line breaks (lists, one-line paragraphs) and ". " before a lower-case word,
 * which the Unicode rules treat as an abbreviation but which in forum writing is usually a new
 * sentence ("it hurts. i can't bend").
 */
import { isSpaceCode } from './tokens';

export interface Span {
  start: number;
  end: number;
}

/**
 * Made on first use: creating a sentence segmenter loads ICU's break rules, about 12 ms of the content
 * script's evaluation in a page (measured), and most pages never need one: a thread that is
 * not about back pain, or posts in which no claim is possible.
 */
let sharedSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  return (sharedSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));
}

/** Words after which ". x" does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'approx',
  'incl',
  'esp',
  'fig',
  'no',
  'vol',
  'al',
  'ca',
  'cf',
  'min',
  'max',
  'mg',
  'lbs',
  'lb',
  'kg',
]);

/** ". " (or "!", "?") followed by a lower-case letter: a candidate split inside one ICU segment. */
const LOWERCASE_BREAK = /([.!?]+)["')\]]*\s+(?=[a-z])/g;

/** Whether the character at `i` can be part of a word before "." ("e.g", "Dr"). */
function isWordOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}.]/u.test(text[i]!);
}

/** No abbreviation is longer than this ("approx"). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/**
 * The word (letters and dots) that ends at `end`, no further back than `from`, lower case; '' for
 * a word too long to be an abbreviation, which is most words before a full stop and need not be
 * read in full, sliced and lower-cased (that was 4% of a long thread's time in a profile).
 */
function wordBefore(text: string, end: number, from = 0): string {
  let start = end;
  while (start > from && isWordOrDot(text, start - 1)) {
    start--;
    // One more for a trailing dot ("e.g." read up to its last dot is "e.g").
    if (end - start > LONGEST_ABBREVIATION + 1) return '';
  }
  return text.slice(start, end).toLowerCase().replace(/\.$/, '');
}

function splitInside(text: string, span: Span, out: Span[]): void {
  const piece = text.slice(span.start, span.end);
  let start = span.start;
  // Line breaks: every non-empty line is at least its own sentence.
  const lineBreak = /\n\s*/g;
  const cuts: number[] = [];
  for (let m = lineBreak.exec(piece); m !== null; m = lineBreak.exec(piece)) {
    cuts.push(span.start + m.index + m[0].length);
  }
  LOWERCASE_BREAK.lastIndex = 0;
  for (let m = LOWERCASE_BREAK.exec(piece); m !== null; m = LOWERCASE_BREAK.exec(piece)) {
    const word = wordBefore(text, span.start + m.index);
    // A single letter before "." is an initial or a list marker ("a. ice"), not a sentence end.
    if (m[1] === '.' && (ABBREVIATIONS.has(word) || word.length === 1)) continue;
    cuts.push(span.start + m.index + m[0].length);
  }
  cuts.sort((a, b) => a - b);
  for (const cut of cuts) {
    if (cut > start && cut < span.end) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  out.push({ start, end: span.end });
}

/**
 * Splits `text` into sentence spans that tile it exactly: the first starts at 0, each starts where
 * the previous ended, the last ends at `text.length` (trailing space belongs to the sentence before).
 */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  let pending: Span | undefined;
  for (const segment of segmenter().segment(text)) {
    const end = segment.index + segment.segment.length;
    pending = pending ? { start: pending.start, end } : { start: segment.index, end };
    // ICU ends a sentence after "Dr." or "e.g." before a capital; keep those together.
    if (endsWithAbbreviation(text, pending) && end < text.length) continue;
    splitInside(text, pending, spans);
    pending = undefined;
  }
  if (pending) splitInside(text, pending, spans);
  return spans;
}

/** The ICU segment holding `offset`, widened over abbreviation breaks ("Dr. Smith"). */
function icuSentenceAt(segments: Intl.Segments, text: string, offset: number): Span {
  const at = segments.containing(offset)!;
  const span = { start: at.index, end: at.index + at.segment.length };
  // Only a segment that ends in "." can end in an abbreviation: look before asking ICU.
  while (span.start > 0 && endsWithDot(text, 0, span.start)) {
    const before = segments.containing(span.start - 1)!;
    const previous = { start: before.index, end: before.index + before.segment.length };
    if (!endsWithAbbreviation(text, previous)) break;
    span.start = previous.start;
  }
  while (span.end < text.length && endsWithAbbreviation(text, span)) {
    const next = segments.containing(span.end)!;
    span.end = next.index + next.segment.length;
  }
  return span;
}

/**
 * The sentence holding `offset`, exactly as `segmentSentences` would cut it, without segmenting the
 * rest of the text: a post with one claim costs one sentence of segmentation, not the whole post.
 */
export function sentenceAt(segments: Intl.Segments, text: string, offset: number): Span {
  const pieces: Span[] = [];
  splitInside(text, icuSentenceAt(segments, text, offset), pieces);
  return pieces.find((piece) => offset < piece.end) ?? pieces.at(-1)!;
}

export function segmentsOf(text: string): Intl.Segments {
  return segmenter().segment(text);
}

/**
 * Whether text[from, end) ends in "." before any trailing white space, that white space holding no
 * line break (a line break ends a sentence whatever comes before it).
 */
function endsWithDot(text: string, from: number, end: number): boolean {
  let last = end - 1;
  for (; last >= from; last--) {
    const code = text.charCodeAt(last);
    if (code === 10) return false;
    if (!isSpaceCode(code)) break;
  }
  return last >= from && text.charCodeAt(last) === 46;
}

function endsWithAbbreviation(text: string, span: Span): boolean {
  if (!endsWithDot(text, span.start, span.end)) return false;
  let dot = span.end - 1;
  while (text.charCodeAt(dot) !== 46) dot--;
  // "…" written as dots ends a sentence.
  if (dot > span.start && text.charCodeAt(dot - 1) === 46) return false;
  return ABBREVIATIONS.has(wordBefore(text, dot, span.start));
}

/** The sentence without its surrounding white space, as offsets into the text. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
