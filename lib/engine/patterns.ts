/**
 * The stance stage's module-level patterns, compiled to machine code before their first use.
 *
 * V8 runs a pattern's first match on a short subject through its bytecode interpreter, and optimising
 * the bytecode of a pattern of a thousand characters takes milliseconds; the second match then
 * compiles the pattern to machine code all the same. A first match on a subject of 1,000 characters
 * or more goes straight to machine code. These patterns are matched against single sentences, so a
 * page's first pass paid both compilations: in Node 24, the first pass over the bench's 1,000-post
 * thread spent about 20 ms compiling them this way, and compiling ahead costs 4–6 ms.
 *
 * If a JavaScript engine compiles differently, compiling ahead costs one match on a kilobyte of
 * spaces per pattern, and nothing is read from the result.
 */
const aheadOfUse: RegExp[] = [];

/** At least V8's subject length for compiling a pattern straight to machine code. */
const LONG_SUBJECT = ' '.repeat(1024);

/** Registers `pattern` to be compiled by `compilePatternsAhead`, and returns it. */
export function compiledAhead<T extends RegExp>(pattern: T): T {
  aheadOfUse.push(pattern);
  return pattern;
}

/** Compiles every pattern registered since the last call, once. */
export function compilePatternsAhead(): void {
  for (const pattern of aheadOfUse.splice(0)) {
    pattern.lastIndex = 0;
    pattern.test(LONG_SUBJECT);
    pattern.lastIndex = 0;
  }
}
