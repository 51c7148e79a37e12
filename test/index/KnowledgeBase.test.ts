import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import type { LoadResult } from '../../src/corpus/types.js';

let load: LoadResult;
beforeAll(async () => {
  load = await readCorpus('corpus');
});

/** The shipped articles repeated under new ids: a corpus big enough to take a while to build. */
function scaled(times: number): LoadResult {
  const articles = Array.from({ length: times }, (_, i) => load.articles.map((a) => ({ ...a, id: `${a.id}~${i}`, file: `${a.file}~${i}` }))).flat();
  return { articles, warnings: [] };
}

describe('KnowledgeBase', () => {
  it('builds the same knowledge base in slices as in one go', async () => {
    const a = KnowledgeBase.fromLoad(load);
    const b = await KnowledgeBase.build(load, { sliceMs: 1 });
    expect(b.sentences.map((s) => s.text)).toEqual(a.sentences.map((s) => s.text));
    expect(b.quotes.length).toBe(a.quotes.length);
    expect(b.events.length).toBe(a.events.length);
    const terms = ['khalilzad', 'prison'];
    expect(b.index.search(terms)).toEqual(a.index.search(terms));
  });

  it('keeps every sentence with its article, role and offsets in the source text', () => {
    const kb = KnowledgeBase.fromLoad(load);
    for (const s of kb.sentences) {
      const article = kb.article(s.articleId)!;
      const source = s.role === 'title' ? article.title : s.role === 'body' ? article.paragraphs[s.paragraph]! : article.extras[s.paragraph]!.text;
      expect(source.slice(s.start, s.end)).toBe(s.text);
      expect(kb.sentenceIdsOf(s.articleId)).toContain(s.id);
    }
    // A related headline and the age the page glued to it are two sentences of one line.
    const japan = kb.sentences.filter((s) => s.role === 'related' && kb.article(s.articleId)!.extras[s.paragraph]!.text.includes('Japan'));
    expect(japan.map((s) => s.text)).toEqual(['3 days ago', 'Japan allocates nearly $20 million in humanitarian aid for Afghanistan']);
  });

  it('lets the event loop run while it builds (a reload does not stall the bot)', async () => {
    const big = scaled(25);
    let last = performance.now();
    let worstLag = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstLag = Math.max(worstLag, now - last - 2);
      last = now;
    }, 2);
    const started = performance.now();
    const kb = await KnowledgeBase.build(big, { sliceMs: 10 });
    const took = performance.now() - started;
    clearInterval(timer);
    expect(kb.articles.length).toBe(big.articles.length);
    // The build takes far longer than one slice; no single stretch of work blocks for long. (A
    // build in one go would hold the loop for all of `took`; the bound leaves room for a busy CI.)
    expect(took).toBeGreaterThan(200);
    expect(worstLag).toBeLessThan(Math.max(150, took / 5));
  });

  it('reads each sentence’s word-vector rows from the warm-up’s table as it made them per sentence', () => {
    const kb = KnowledgeBase.fromLoad(load);
    const before = kb.sentences.map((s) => [...kb.sentenceWordIds(s.id)]);
    expect(before.filter((rows) => rows.length > 0).length).toBeGreaterThan(kb.sentences.length / 2);
    expect(kb.sentenceWordIds(0).buffer).not.toBe(kb.sentenceWordIds(1).buffer);
    for (const _ of kb.wordRowSteps());
    // One table now serves every sentence.
    expect(kb.sentenceWordIds(0).buffer).toBe(kb.sentenceWordIds(1).buffer);
    expect(kb.sentences.map((s) => [...kb.sentenceWordIds(s.id)])).toEqual(before);
    expect([...kb.sentenceWordIds(kb.sentences.length)]).toEqual([]);
  });
});
