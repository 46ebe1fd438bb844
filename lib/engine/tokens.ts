/**
 * A word token over folded text, with its offsets. The word's own string is made only when asked
 * for: matching compares tokens by `hash` and by the folded text in place, and slicing every word of
 * a page into a string of its own was a third of the tokenizer's and matcher's cost.
 */
export class Token {
  private word: string | undefined;

  constructor(
    /** The folded text the token is in. */
    readonly source: string,
    readonly start: number,
    readonly end: number,
    /** `wordHash` of the folded word. */
    readonly hash: number,
  ) {}

  /** The folded word, e.g. "don't", "mri", "l4". */
  get text(): string {
    return (this.word ??= this.source.slice(this.start, this.end));
  }

  /** Whether the token is exactly `word`. */
  is(word: string): boolean {
    return word.length === this.end - this.start && this.source.startsWith(word, this.start);
  }

  /** Whether the token starts with `prefix`. */
  startsWith(prefix: string): boolean {
    return prefix.length <= this.end - this.start && this.source.startsWith(prefix, this.start);
  }
}

/** Hash of a word as the tokenizer computes it while reading the word's characters. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const APOSTROPHE = 39;

/** ASCII letters and digits decided by code; anything else by the Unicode classes. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}

/**
 * Signs that are words of their own: a price or a discount ("$35", "40% off") says a sentence is
 * about buying a thing, not about what it does, and only a token can say so to the lexicon.
 */
function isSignWord(code: number): boolean {
  return code === 36 || code === 37 || code === 163 || code === 8364; // $ % £ €
}

/**
 * Letters and digits, with inner apostrophes kept ("don't", "i've"), and the signs of money and
 * percent each as a word. A hand-written scanner: the equivalent Unicode regular expression was
 * the engine's single largest cost on long pages.
 */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(folded, i)) {
      const code = folded.charCodeAt(i);
      if (isSignWord(code)) tokens.push(new Token(folded, i, i + 1, code));
      i++;
      continue;
    }
    const start = i;
    let hash = folded.charCodeAt(i);
    i++;
    for (;;) {
      while (i < to && isWordChar(folded, i)) {
        hash = (Math.imul(hash, 31) + folded.charCodeAt(i)) | 0;
        i++;
      }
      if (i + 1 < to && folded.charCodeAt(i) === APOSTROPHE && isLetter(folded, i + 1)) {
        hash = (Math.imul(hash, 31) + APOSTROPHE) | 0;
        hash = (Math.imul(hash, 31) + folded.charCodeAt(i + 1)) | 0;
        i += 2;
        continue;
      }
      break;
    }
    tokens.push(new Token(folded, start, i, hash));
  }
  return tokens;
}

/** White space as `\s` has it, decided by code for ASCII: for scanning without slicing. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 127 && /\s/u.test(String.fromCharCode(code)))
  );
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
