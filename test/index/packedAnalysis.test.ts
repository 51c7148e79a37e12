import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { analyseArticle } from '../../src/index/analyseArticle.js';
import { packAnalyses, unpackAnalyses } from '../../src/index/packedAnalysis.js';
import { batchesOf } from '../../src/index/analysisPool.js';

const article = (id: string, body: string): Article => ({
  id,
  file: id,
  title: `Envoy returns to Doha for talks (${id})`,
  published: '2020-09-27',
  paragraphs: [body, '“We will not give up,” Zalmay Khalilzad said on Sunday. The U.S. envoy met 3 officials.'],
  extras: [{ kind: 'byline', text: 'By A. Reporter' }],
});

describe('packed analyses', () => {
  it('unpack to the same sentences, quotes and events as were packed', () => {
    const articles = [article('a', 'Talks resumed on September 23, officials said.'), article('b', 'The cease-fire held. Prices rose 5% in 2019.')];
    const analyses = articles.map(analyseArticle);
    const back = unpackAnalyses(structuredClone(packAnalyses(analyses)), articles.map((a) => a.id));
    expect(back).toEqual(analyses);
    expect(back[1]!.quotes.length).toBeGreaterThan(0);
  });

  it('handles an article without sentences', () => {
    const empty: Article = { id: 'e', file: 'e', title: ' ', paragraphs: [], extras: [] };
    expect(unpackAnalyses(packAnalyses([analyseArticle(empty)]), ['e'])).toEqual([{ sentences: [], quotes: [], events: [] }]);
  });
});

describe('batchesOf', () => {
  it('cuts consecutive articles by text size, keeping every article once and in order', () => {
    const articles = Array.from({ length: 10 }, (_, i) => article(`a${i}`, 'x'.repeat(1000)));
    const batches = batchesOf(articles, 2500);
    expect(batches.flat()).toEqual(articles);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches.slice(0, -1)) expect(b.length).toBeGreaterThanOrEqual(2);
  });
});
