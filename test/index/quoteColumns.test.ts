import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { fromQuoteColumns, toQuoteColumns } from '../../src/index/quoteColumns.js';
import type { Quote } from '../../src/quotes/types.js';

describe('quotation columns (snapshot)', () => {
  it('stores the texts of the shipped corpus as offsets and reads every quotation back as it was', async () => {
    const kb = await KnowledgeBase.load('corpus');
    const index = new Map(kb.articles.map((a, i) => [a.id, i]));
    const columns = toQuoteColumns(kb.quotes, kb.articles, index, kb.sentences);
    expect(kb.quotes.length).toBeGreaterThan(50);
    // Texts are stored only for quotations across paragraphs (joined with a space).
    const stored = kb.quotes.filter((_, i) => typeof columns.text[i] === 'string');
    expect(stored.length).toBeLessThan(kb.quotes.length / 10);
    for (const q of stored) expect(new Set(q.sentenceIds.map((id) => kb.sentences[id]!.paragraph)).size).toBeGreaterThan(1);
    // Through JSON, as the snapshot stores them.
    const back = fromQuoteColumns(JSON.parse(JSON.stringify(columns)), kb.articles, kb.sentences, (why) => new Error(why));
    expect(back).toEqual(kb.quotes);
    expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(kb.quotes).length / 3);
  });

  it('keeps a text that is no slice of its sentence, ids that are not consecutive, and refuses offsets past the source', async () => {
    const kb = await KnowledgeBase.load('corpus');
    const index = new Map(kb.articles.map((a, i) => [a.id, i]));
    const q = kb.quotes[0]!;
    const odd: Quote[] = [{ ...q, text: 'words from two paragraphs joined', sentenceIds: [q.sentenceIds[0]!, q.sentenceIds[0]! + 2], partial: true }];
    const columns = toQuoteColumns(odd, kb.articles, index, kb.sentences);
    expect(fromQuoteColumns(columns, kb.articles, kb.sentences, (why) => new Error(why))).toEqual(odd);
    const broken = toQuoteColumns([q], kb.articles, index, kb.sentences);
    broken.text[0] = [0, 1_000_000];
    expect(() => fromQuoteColumns(broken, kb.articles, kb.sentences, (why) => new Error(why))).toThrow(/does not fit its source/);
    // Damaged counts and texts are refused, not made into huge arrays or type errors.
    for (const damage of [(c: typeof broken) => (c.sentenceCount[0] = 5e7), (c: typeof broken) => (c.sentenceCount[0] = 2 ** 32), (c: typeof broken) => ((c.text as unknown[])[0] = 42)]) {
      const c = toQuoteColumns([q], kb.articles, index, kb.sentences);
      damage(c);
      expect(() => fromQuoteColumns(c, kb.articles, kb.sentences, (why) => new Error(why))).toThrow(/quotation 0/);
    }
  });
});
