import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { readCorpus } from '../../src/corpus/readCorpus.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { SentenceIndex } from '../../src/index/SentenceIndex.js';
import { searchTerms } from '../../src/nlp/terms.js';
import { titleTerms } from '../../src/index/titleTerms.js';

const kb = KnowledgeBase.fromLoad(await readCorpus('corpus'));

/** The index as it was: minisearch with the article title as a second field of every sentence. */
function titleOnEverySentence(): MiniSearch<{ id: number; text: string; title: string }> {
  const ms = new MiniSearch<{ id: number; text: string; title: string }>({
    fields: ['text', 'title'],
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t || null,
    searchOptions: { boost: { title: 0.25 }, combineWith: 'OR' },
  });
  for (const a of kb.articles) {
    const ids = kb.sentenceIdsOf(a.id);
    const title = titleTerms(ids.map((id) => kb.sentences[id]!)).join(' ');
    for (const id of ids) ms.add({ id, text: searchTerms(kb.sentences[id]!.tokens).join(' '), title });
  }
  return ms;
}

describe('SentenceIndex', () => {
  it('ranks as minisearch did with the title on every sentence', () => {
    const old = titleOnEverySentence();
    let compared = 0;
    let titleOnly = 0;
    for (let i = 0; i < kb.sentences.length; i += 3) {
      // A query from a sentence's rarer words, and one with a word of its article's title.
      const words = searchTerms(kb.sentences[i]!.tokens).filter((_, j) => j % 2 === 0).slice(0, 5);
      const titleWord = titleTerms(kb.sentenceIdsOf(kb.sentences[i]!.articleId).map((id) => kb.sentences[id]!))[0];
      for (const terms of [words, titleWord ? [titleWord] : []]) {
        if (terms.length === 0) continue;
        const want = old.search([...new Set(terms)].join(' '));
        const got = kb.index.search(terms, 30);
        expect(got.length).toBe(Math.min(30, want.length));
        const wantScore = new Map(want.map((r) => [r.id as number, r.score]));
        got.forEach((hit, k) => {
          expect(hit.score).toBeCloseTo(want[k]!.score, 9);
          expect(wantScore.get(hit.id)).toBeCloseTo(hit.score, 9);
          if (!kb.index.sentencesWith(terms[0]!).includes(hit.id) && terms.length === 1) titleOnly++;
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    // Sentences found by their article's title alone are among the hits too.
    expect(titleOnly).toBeGreaterThan(0);
  });

  it('finds the sentences whose own text has a term', () => {
    const term = searchTerms(kb.sentences[5]!.tokens)[0]!;
    const ids = kb.index.sentencesWith(term);
    expect(ids).toContain(5);
    expect(ids).toHaveLength(kb.index.documentFrequency(term));
    expect(kb.index.sentencesWith('zzzunknownzzz')).toEqual([]);
  });

  it('reads back from its plain-data form with the same ranking', () => {
    const copy = SentenceIndex.fromJSON(JSON.parse(JSON.stringify(kb.index.toJSON())));
    const terms = searchTerms(kb.sentences[10]!.tokens).slice(0, 4);
    expect(copy.search(terms, 20)).toEqual(kb.index.search(terms, 20));
  });
});

describe('SentenceIndex.prefixBucketSteps', () => {
  const words = ['turks', 'afghans', 'pakistani', 'taliban', 'kabul', 'unknownword'];
  it('builds the same buckets in steps as a lookup builds whole, and a lookup mid-way sees them all', async () => {
    const whole = KnowledgeBase.fromLoad(await readCorpus('corpus'));
    const stepped = KnowledgeBase.fromLoad(await readCorpus('corpus'));
    const midway = KnowledgeBase.fromLoad(await readCorpus('corpus'));
    for (const _ of stepped.index.prefixBucketSteps());
    midway.index.prefixBucketSteps().next();
    for (const w of words) {
      expect(stepped.index.formsSharingPrefix(w)).toEqual(whole.index.formsSharingPrefix(w));
      expect(midway.index.formsSharingPrefix(w)).toEqual(whole.index.formsSharingPrefix(w));
    }
    expect(whole.index.formsSharingPrefix('turks').length).toBeGreaterThan(0);
  });
});
