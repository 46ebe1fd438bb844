import { describe, expect, it } from 'vitest';
import { compiledAhead, compilePatternsAhead } from '../../lib/engine/patterns';

describe('patterns compiled ahead', () => {
  it('match as they did before, from the start of the text, once compiled', () => {
    // A global pattern keeps its position between matches: compiling it ahead on a run of spaces
    // must not leave it past the start of the next text.
    const spaces = compiledAhead(/\s+/g);
    const words = compiledAhead(/\bback\b/);
    compilePatternsAhead();
    expect(spaces.exec(' my back')?.index).toBe(0);
    expect(words.test('my back')).toBe(true);
  });
});
