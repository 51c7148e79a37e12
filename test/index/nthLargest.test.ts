import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nthLargest } from '../../src/index/nthLargest.js';

describe('nthLargest', () => {
  it('is the k-th largest, as sorting a copy gives it, ties and repeated values included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(0, 1, 2.5)), { minLength: 1, maxLength: 300 }), fc.nat(), (xs, r) => {
        const values = Float64Array.from(xs, (x) => x + 0); // -0 as 0: scores are never -0, and sort orders -0 first
        const k = 1 + (r % values.length);
        expect(nthLargest(values, k)).toBe(values.slice().sort()[values.length - k]);
      }),
    );
  });

  it('leaves its input as it was and refuses a k outside it', () => {
    const values = Float64Array.from([3, 1, 2]);
    expect(nthLargest(values, 1)).toBe(3);
    expect(nthLargest(values, 3)).toBe(1);
    expect([...values]).toEqual([3, 1, 2]);
    expect(() => nthLargest(values, 0)).toThrow(RangeError);
    expect(() => nthLargest(values, 4)).toThrow(RangeError);
  });
});
