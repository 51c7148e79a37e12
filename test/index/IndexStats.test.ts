import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/analyse.js';
import { IndexStats, countsCapitals, titleCased } from '../../src/index/IndexStats.js';
import { SentenceIndex } from '../../src/index/SentenceIndex.js';
import { batchPostings } from '../../src/index/DocumentWriter.js';
import { StringTable, WorkerStrings } from '../../src/index/batchStrings.js';
import type { SentenceToken } from '../../src/nlp/types.js';

const sentences = analyseText(
  'The UN envoy met Taliban leaders in Doha. The envoy said the UN would help. Govt officials and the government of Pakistan agreed. Un-named sources denied it.',
);

describe('IndexStats', () => {
  it('merged from consecutive parts equal the stats of the whole, Map orders included', () => {
    const whole = new IndexStats();
    for (const s of sentences) whole.add(s.tokens);
    const merged = new IndexStats();
    // One worker's parts: strings sent once (forms and terms of earlier parts by id only).
    const table = new StringTable();
    const strings = new WorkerStrings();
    for (const part of [sentences.slice(0, 1), sentences.slice(1, 3), sentences.slice(3)]) {
      const stats = new IndexStats();
      for (const s of part) stats.add(s.tokens);
      const columns = structuredClone(stats.toColumns(table));
      strings.receive(structuredClone(table.takeAdded()));
      merged.merge(columns, strings);
    }
    expect(merged.toData()).toEqual(whole.toData());
    expect(whole.count).toBe(sentences.length);
    expect(whole.df.get('envoy')).toBe(2);
  });

  it('leave the words of a line that does not count capitals out of capitalisation, not out of the counts', () => {
    const [site] = analyseText('U.S. Peace Envoy Khalilzad Makes Surprise Stop In Kabul | Security Risks Asia');
    const stats = new IndexStats();
    stats.add(site!.tokens, countsCapitals('site', site!.tokens));
    expect(stats.caps.has('risk')).toBe(false);
    expect(stats.df.get('risk')).toBe(1);
    const [body] = analyseText('The weekly report of Security Risks Asia was read by officials.');
    stats.add(body!.tokens, countsCapitals('body', body!.tokens));
    expect(stats.caps.get('risk')).toEqual([1, 1]);
  });

  it('count no capitals of a line in title case, whose every word is capitalised', () => {
    const [headline] = analyseText('U.S. Peace Envoy Khalilzad Makes Surprise Stop In Kabul');
    const [sentenceCase] = analyseText('Afghan border forces prevent illegal entry of hundreds into Iran');
    const [name] = analyseText('This article was originally published by Radio Free Europe/Radio Liberty.');
    expect(titleCased(headline!.tokens)).toBe(true);
    expect(titleCased(sentenceCase!.tokens)).toBe(false);
    expect(titleCased(name!.tokens)).toBe(false);
    const stats = new IndexStats();
    stats.add(headline!.tokens, countsCapitals('title', headline!.tokens));
    expect(stats.caps.has('stop')).toBe(false);
    expect(stats.df.get('stop')).toBe(1);
    stats.add(name!.tokens, countsCapitals('body', name!.tokens));
    expect(stats.caps.get('free')).toEqual([1, 1]);
    // A story's sentence that lists names is read as it is: they are names (the review's case).
    const [names] = analyseText('Present were Ashraf Ghani, Abdullah Abdullah, Hamid Karzai, Zalmay Khalilzad and Mike Pompeo.');
    expect(titleCased(names!.tokens)).toBe(true);
    expect(countsCapitals('body', names!.tokens)).toBe(true);
    expect(countsCapitals('title', names!.tokens)).toBe(false);
  });

  it('count the same whether tokens carry lexeme numbers or not (the shipped corpus, twice over)', async () => {
    const { readCorpus } = await import('../../src/corpus/readCorpus.js');
    const { analyseArticle } = await import('../../src/index/analyseArticle.js');
    const { articles } = await readCorpus('corpus');
    const all = articles.flatMap((a) => analyseArticle(a).sentences.map((s) => s.tokens));
    const withLexemes = new IndexStats();
    const without = new IndexStats();
    for (let pass = 0; pass < 2; pass++) {
      for (const tokens of all) {
        withLexemes.add(tokens);
        without.add(tokens.map(({ lexeme, ...t }) => t));
      }
    }
    expect(withLexemes.toData()).toEqual(without.toData());
    expect([...withLexemes.caps.values()].some(([n, capitalised]) => n > 1 && capitalised > 0)).toBe(true);
  });

  it('derived from the keyword index (a new SentenceIndex) equal the counted ones, before and after terms that are not plain', () => {
    // "x-..." gives an empty search term (its part "..." has none): from there on df is counted.
    const odd: SentenceToken[] = [{ value: 'x-...', start: 0, type: 'word', pos: 'NOUN', term: 'x-...', stop: false }];
    const all = [...sentences.slice(0, 2).map((s) => s.tokens), odd, ...sentences.slice(2).map((s) => s.tokens)];
    const counted = new IndexStats();
    const index = new SentenceIndex();
    all.forEach((tokens, i) => {
      counted.add(tokens);
      index.add(i, tokens, 'title');
      expect(index.toJSON().df).toEqual(counted.toData().df);
    });
    expect(counted.df.has('')).toBe(true);
    // Worker batches: merged stats with their postings, plain or not.
    const batches = [all.slice(0, 2), all.slice(2, 3), all.slice(3)];
    for (const skipOdd of [true, false]) {
      const merged = new SentenceIndex();
      const table = new StringTable();
      const strings = new WorkerStrings();
      let id = 0;
      for (const batch of batches) {
        if (skipOdd && batch[0] === odd) continue;
        const stats = new IndexStats();
        const postings = batchPostings(batch.map((tokens) => stats.add(tokens)));
        const columns = structuredClone(stats.toColumns(table));
        strings.receive(table.takeAdded());
        merged.mergeStats(columns, strings, postings.plain);
        merged.addCounted(id, postings, (t) => merged.termDocuments(postings.terms[t]!));
        id += batch.length;
      }
      const expected = new IndexStats();
      for (const tokens of all) if (!(skipOdd && tokens === odd)) expected.add(tokens);
      expect(merged.toJSON().df).toEqual(expected.toData().df);
      expect(merged.documentFrequency('envoy')).toBe(2);
    }
  });
});
