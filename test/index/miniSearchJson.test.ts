import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';

describe('SentenceIndex.toJSONTextSteps (miniSearchJsonSteps)', () => {
  it('gives, in steps, the text JSON.stringify(toJSON()) gives, over the shipped corpus', async () => {
    const kb = KnowledgeBase.fromLoad(await readCorpus('corpus'));
    const steps = kb.index.toJSONTextSteps();
    let r = steps.next();
    let yields = 0;
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(r.value).toBe(JSON.stringify(kb.index.toJSON()));
    expect(yields).toBeGreaterThan(0);
  });
});
