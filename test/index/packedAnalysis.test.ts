import { describe, expect, it } from 'vitest';
import type { Article, LoadResult } from '../../src/corpus/types.js';
import { analyseArticle } from '../../src/index/analyseArticle.js';
import { packAnalyses, readPacked } from '../../src/index/packedAnalysis.js';
import { batchesOf } from '../../src/index/analysisPool.js';
import { KnowledgeBaseBuilder } from '../../src/index/KnowledgeBaseBuilder.js';
import { StringTable, WorkerStrings } from '../../src/index/batchStrings.js';
import { IndexStats } from '../../src/index/IndexStats.js';

const article = (id: string, body: string): Article => ({
  id,
  file: id,
  title: `Envoy returns to Doha for talks (${id})`,
  published: '2020-09-27',
  paragraphs: [body, '“We will not give up,” Zalmay Khalilzad said on Sunday. The U.S. envoy met 3 officials.'],
  extras: [{ kind: 'byline', text: 'By A. Reporter' }],
});

describe('packed analyses', () => {
  it('give the same knowledge base parts as the analyses they pack', () => {
    const articles = [article('a', 'Talks resumed on September 23, officials said.'), article('b', 'The cease-fire held. Prices rose 5% in 2019.')];
    const load: LoadResult = { articles, warnings: [] };
    const direct = new KnowledgeBaseBuilder(load);
    for (const a of articles) direct.append(a, analyseArticle(a));
    const viaPack = new KnowledgeBaseBuilder(load);
    // One worker's two batches: the second names most of its strings by the first's ids.
    const table = new StringTable();
    const strings = new WorkerStrings();
    for (const batch of [articles.slice(0, 1), articles.slice(1)]) {
      const packed = structuredClone(packAnalyses(batch.map(analyseArticle), table));
      const columns = viaPack.beginPacked(packed, strings);
      for (const a of readPacked(packed, batch.map((x) => x.id))) viaPack.appendPacked(a, columns);
    }
    expect(strings.list.length).toBe(new Set(strings.list).size);
    const [x, y] = [direct.parts(), viaPack.parts()];
    expect(JSON.stringify(y.sentences)).toBe(JSON.stringify(x.sentences));
    expect(y.sentences[0]!.tokens.length).toBeGreaterThan(0);
    expect(y.quotes).toEqual(x.quotes);
    expect(y.quotes.length).toBeGreaterThan(0);
    expect(y.events).toEqual(x.events);
    expect(y.index.toJSON()).toEqual(x.index.toJSON());
  });

  it('count the document frequencies of a batch whose terms are not all plain', () => {
    const [a, b] = [article('a', 'Talks resumed.'), article('b', 'The cease-fire held.')].map(analyseArticle);
    // "x-..." gives an empty search term (its part "..." has none).
    const odd = { ...a!.sentences[0]!, tokens: [{ value: 'x-...', start: 0, type: 'word', pos: 'NOUN', term: 'x-...', stop: false }] };
    a!.sentences.splice(1, 0, odd);
    const table = new StringTable();
    const packed = packAnalyses([a!, b!], table);
    const strings = new WorkerStrings();
    strings.receive(packed.strings);
    const expected = new IndexStats();
    for (const s of [...a!.sentences, ...b!.sentences]) expected.add(s.tokens);
    expect(packed.postings.plain).toBe(false);
    expect([...packed.stats.terms].map((id, i) => [strings.list[id], packed.stats.df[i]])).toEqual(expected.toData().df);
    expect(expected.df.get('')).toBe(1);
  });

  it('handles an article without sentences', () => {
    const empty: Article = { id: 'e', file: 'e', title: ' ', paragraphs: [], extras: [] };
    expect([...readPacked(packAnalyses([analyseArticle(empty)]), ['e'])]).toEqual([{ sentences: [], quotes: [], events: [], titleText: '' }]);
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
