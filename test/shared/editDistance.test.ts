import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/shared/editDistance.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps, and gives up past the limit', () => {
    expect(editDistance('withdrawl', 'withdrawal', 2)).toBe(1);
    expect(editDistance('goverment', 'government', 2)).toBe(1);
    expect(editDistance('talbian', 'taliban', 2)).toBe(1); // a swap
    expect(editDistance('kabul', 'kabul', 1)).toBe(0);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('negotiation', 'navigation', 2)).toBe(3); // past the limit: limit + 1
    // Long words after short ones: the reused rows grow.
    expect(editDistance('internationalisation', 'internationalization', 2)).toBe(1);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
  });
});
