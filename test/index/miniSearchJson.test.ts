import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';

describe('SentenceIndex.toSnapshotSteps (miniSearchJsonSteps, postingColumnsSteps)', () => {
  it("gives, in steps, toJSON's text without minisearch's postings, and those postings as columns, over the shipped corpus", async () => {
    const kb = KnowledgeBase.fromLoad(await readCorpus('corpus'));
    const steps = kb.index.toSnapshotSteps();
    let r = steps.next();
    let yields = 0;
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(0);
    const whole = kb.index.toJSON();
    const index = whole.minisearch.index as [string, Record<string, Record<string, number>>][];
    expect(r.value.json).toBe(JSON.stringify({ ...whole, minisearch: { ...whole.minisearch, index: [] } }));
    // The postings: minisearch's own, term by term in its order, documents in its order.
    const { terms, counts, docs, tfs } = r.value.postings;
    expect(terms).toEqual(index.map(([term]) => term));
    let k = 0;
    index.forEach(([, fields], t) => {
      const postings = Object.entries(fields['0']!);
      expect(Object.keys(fields)).toEqual(['0']);
      expect(counts[t]).toBe(postings.length);
      for (const [doc, tf] of postings) {
        expect([docs[k], tfs[k]]).toEqual([Number(doc), tf]);
        k++;
      }
    });
    expect(k).toBe(docs.length);
  });
});
