import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { quotesOf } from '../../src/quotes/attachQuotes.js';
import type { Article } from '../../src/corpus/types.js';
import type { Sentence } from '../../src/nlp/types.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await KnowledgeBase.load(corpusDir);
}, 60_000);

describe('quotesOf (quotation → sentence ids)', () => {
  it('attaches every quotation of the corpus to body sentences of its own article', () => {
    expect(kb.quotes.length).toBeGreaterThan(50);
    for (const q of kb.quotes) {
      expect(q.sentenceIds.length, q.text).toBeGreaterThan(0);
      for (const id of q.sentenceIds) {
        const s = kb.sentences[id]!;
        expect(s.articleId).toBe(q.articleId);
        expect(s.role).toBe('body');
      }
    }
  });

  it('maps each sentence whose [start, end) overlaps the quoted span', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('I know that none of us are happy about the release of prisoners'))!;
    expect(q).toBeDefined();
    expect(q.sentenceIds).toHaveLength(1);
    expect(kb.sentences[q.sentenceIds[0]!]!.text).toContain('none of us are happy about the release of prisoners');
  });

  it('maps a multi-paragraph quotation to sentences in both paragraphs', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('In a best-case scenario, there will be national reconciliation'))!;
    expect(q).toBeDefined();
    const paragraphs = new Set(q.sentenceIds.map((id) => kb.sentences[id]!.paragraph));
    expect(paragraphs.size).toBe(2);
    const texts = q.sentenceIds.map((id) => kb.sentences[id]!.text).join(' ');
    expect(texts).toContain('In a best-case scenario');
    // Every sentence of the quotation is included, in reading order.
    expect([...q.sentenceIds].sort((a, b) => a - b)).toEqual(q.sentenceIds);
  });

  it('works on a hand-built article and ignores sentences of other roles and paragraphs', () => {
    const article: Article = {
      id: 'x',
      file: 'x.txt',
      title: 'T',
      paragraphs: ['Intro line. “We will win,” Jane Doe said. Other.', '“First part.', '“Second part,” she said.'],
      extras: [],
    };
    const sent = (id: number, role: Sentence['role'], paragraph: number, start: number, end: number): Sentence => ({
      id,
      articleId: 'x',
      role,
      paragraph,
      position: 0,
      start,
      end,
      text: '',
      tokens: [],
      entities: [],
    });
    const p0 = article.paragraphs[0]!;
    const sentences = [
      sent(0, 'title', 0, 0, 1),
      sent(1, 'body', 0, 0, 11),
      sent(2, 'body', 0, 12, p0.indexOf('Other.')),
      sent(3, 'body', 0, p0.indexOf('Other.'), p0.length),
      sent(4, 'body', 1, 0, article.paragraphs[1]!.length),
      sent(5, 'body', 2, 0, article.paragraphs[2]!.length),
    ];
    const qs = quotesOf(article, sentences);
    const win = qs.find((q) => q.text === 'We will win')!;
    expect(win.speaker).toBe('Jane Doe');
    expect(win.sentenceIds).toEqual([2]);
    const multi = qs.find((q) => q.text.startsWith('First part'))!;
    expect(multi.sentenceIds).toEqual([4, 5]);
    expect(multi.articleId).toBe('x');
  });
});
