import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/corpus/lineKinds.js';

/** The definition wordCount implements: white-space-separated runs, each unspaced-script character one word. */
function reference(line: string): number {
  const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
  const unspaced = line.match(UNSPACED)?.length ?? 0;
  const spaced = unspaced ? line.replace(UNSPACED, ' ') : line;
  return spaced.split(/\s+/).filter(Boolean).length + unspaced;
}

describe('wordCount', () => {
  it('counts as the split-based definition does, on every kind of character', () => {
    const lines = [
      '', ' ', 'one', ' two  words ', 'tab\tand\nnewline', 'nbsp\u00a0joined', 'em\u2003space\u3000ideographic', 'zero\u200bwidth',
      '£400 Apple — rivals’ “quotes”', '東京で会議', 'Tokyo 東京 meeting', 'ภาษาไทย text', 'emoji 😀 here 😀😀', '𠀀𠀁 astral Han',
      'lone \ud800 surrogate', 'x\ufeffy', 'a\u2028b\u2029c', 'mixed\u00a0\u00a0 \t runs',
    ];
    for (const line of lines) expect(wordCount(line), JSON.stringify(line)).toBe(reference(line));
    // Random strings over a small alphabet of the interesting characters.
    const alphabet = ['a', 'Z', ' ', '\t', '\u00a0', '東', 'ไ', '😀', '\u3000', '-', '.', '\u2003', '\ud800'];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let line = '';
      const len = n % 17;
      for (let i = 0; i < len; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        line += alphabet[seed % alphabet.length];
      }
      expect(wordCount(line), JSON.stringify(line)).toBe(reference(line));
    }
  });
});
