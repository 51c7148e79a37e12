import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/analyse.js';
import { IndexStats } from '../../src/index/IndexStats.js';

const sentences = analyseText(
  'The UN envoy met Taliban leaders in Doha. The envoy said the UN would help. Govt officials and the government of Pakistan agreed. Un-named sources denied it.',
);

describe('IndexStats', () => {
  it('merged from consecutive parts equal the stats of the whole, Map orders included', () => {
    const whole = new IndexStats();
    for (const s of sentences) whole.add(s.tokens);
    const merged = new IndexStats();
    for (const part of [sentences.slice(0, 1), sentences.slice(1, 3), sentences.slice(3)]) {
      const stats = new IndexStats();
      for (const s of part) stats.add(s.tokens);
      merged.merge(structuredClone(stats.toColumns()));
    }
    expect(merged.toData()).toEqual(whole.toData());
    expect(whole.count).toBe(sentences.length);
    expect(whole.df.get('envoy')).toBe(2);
  });
});
