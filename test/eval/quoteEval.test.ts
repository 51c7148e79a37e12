import { describe, expect, it } from 'vitest';
import { quoteItemPasses, type QuoteItem } from '../../src/eval/quoteEval.js';
import type { QuoteHit } from '../../src/quotes/searchQuotes.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';

// Shipped 000_7947b005a03511ba.txt: "Khalilzad pointed out that “war is expensive.”"
const hit = (speaker: string | null, text = 'war is expensive.'): QuoteHit => ({
  text,
  speaker,
  kind: 'direct',
  articleId: '000_7947b005a03511ba.txt',
  file: '000_7947b005a03511ba.txt',
  title: 'Khalilzad calls for peace talks; warns against military solution',
  published: null,
  sentenceIds: [9],
  score: 1,
  copies: [],
});
const item = (speaker: string): QuoteItem => ({ id: 'q', speaker, topic: 'how costly the fighting is', must_contain: 'war is expensive', file: '000_7947b005a03511ba.txt' });

describe('quoteItemPasses', () => {
  it('needs the text among the first three and the item’s speaker, surname alone enough', () => {
    expect(quoteItemPasses([hit('Zalmay Khalilzad')], item('khalilzad'))).toBe(true);
    expect(quoteItemPasses([hit('Ashraf Ghani')], item('khalilzad'))).toBe(false);
    expect(quoteItemPasses([hit(null)], item('khalilzad'))).toBe(false);
    expect(quoteItemPasses([hit('A', 'x'), hit('B', 'y'), hit('C', 'z'), hit('Zalmay Khalilzad')], item('khalilzad'))).toBe(false);
  });

  it('takes any speaker’s quotation for an item asked by topic alone', () => {
    expect(quoteItemPasses([hit('Zalmay Khalilzad')], item(''))).toBe(true);
    expect(quoteItemPasses([hit(null)], item(' '))).toBe(true);
    expect(quoteItemPasses([hit('Zalmay Khalilzad', 'the violence is bad')], item(''))).toBe(false);
  });

  it('takes a role for a speaker as whom the quotation’s article names in it', async () => {
    const kb = await KnowledgeBase.load('corpus');
    // 000: "Zalmay Khalilzad, the US special peace envoy for Afghanistan, …"
    expect(quoteItemPasses([hit('Zalmay Khalilzad')], item('us envoy'), kb)).toBe(true);
    expect(quoteItemPasses([hit('Zalmay Khalilzad')], item('us envoy'))).toBe(false); // no corpus to read the role from
    expect(quoteItemPasses([hit('Zalmay Khalilzad')], item('afghan president'), kb)).toBe(false);
  });
});
