import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/analyse.js';
import { TokenStore } from '../../src/index/TokenStore.js';

describe('TokenStore', () => {
  it('gives back the tokens it was given, with their terms, from columns', () => {
    const store = new TokenStore();
    const sentences = analyseText('The U.S. envoy’s cease-fire plan cost $3,500,000. Taliban’s leaders met on Sept. 11!');
    const firsts = sentences.map((s) => store.append(s.text, s.tokens));
    // Read back, a token has no lexeme number (-1): that is analyseText's, per thread.
    const given = sentences.map((s) => s.tokens.map((t) => ({ ...t, lexeme: -1 })));
    sentences.forEach((s, i) => expect(store.tokensOf(s.text, firsts[i]!, s.tokens.length)).toEqual(given[i]));
    const copy = new TokenStore(structuredClone(store.toData()));
    sentences.forEach((s, i) => expect(copy.tokensOf(s.text, firsts[i]!, s.tokens.length)).toEqual(given[i]));
  });

  it('stores the same columns whether its tokens carry lexeme numbers or not', async () => {
    const { readCorpus } = await import('../../src/corpus/readCorpus.js');
    const { analyseArticle } = await import('../../src/index/analyseArticle.js');
    const { articles } = await readCorpus('corpus');
    const withLexemes = new TokenStore();
    const without = new TokenStore();
    let lexemes = 0;
    for (const article of articles) {
      for (const s of analyseArticle(article).sentences) {
        withLexemes.append(s.text, s.tokens);
        without.append(s.text, s.tokens.map(({ lexeme, ...t }) => t));
        lexemes += s.tokens.filter((t) => t.lexeme! >= 0).length;
      }
    }
    expect(lexemes).toBeGreaterThan(1000);
    expect(withLexemes.toData()).toEqual(without.toData());
  });

  it('keeps a value that is not the sentence text at its offset', () => {
    const store = new TokenStore();
    const first = store.append('ab', [{ value: 'x', start: 0, type: 'word', pos: 'NOUN', term: 'x', stop: false }, { value: 'b', start: 1, type: 'word', pos: 'NOUN', term: 'b', stop: false }]);
    expect(store.tokensOf('ab', first, 2).map((t) => t.value)).toEqual(['x', 'b']);
    const copy = new TokenStore();
    const at = copy.appendColumns(copy.columnsFrom(store.toData()), 0, 2);
    expect(copy.tokensOf('ab', at, 2).map((t) => t.value)).toEqual(['x', 'b']);
  });
});

describe('TokenStore.tokensOf', () => {
  it('gives the same tokens when read again, from its cache or not', () => {
    const store = new TokenStore();
    const texts = Array.from({ length: 9000 }, (_, i) => `Sentence number ${i} is here.`);
    const firsts = texts.map((t) => store.append(t, analyseText(t)[0]!.tokens));
    const first = store.tokensOf(texts[0]!, firsts[0]!, 6);
    expect(store.tokensOf(texts[0]!, firsts[0]!, 6)).toBe(first);
    texts.forEach((t, i) => store.tokensOf(t, firsts[i]!, 6)); // more than the cache holds
    expect(store.tokensOf(texts[0]!, firsts[0]!, 6)).toEqual(first);
  });
});

describe('TokenStore.searchTermsOf and contentWordsOf', () => {
  it('read what searchTerms and the word tokens give, on every sentence of the shipped corpus', async () => {
    const { readCorpus } = await import('../../src/corpus/readCorpus.js');
    const { KnowledgeBase } = await import('../../src/index/KnowledgeBase.js');
    const { searchTerms } = await import('../../src/nlp/terms.js');
    const kb = KnowledgeBase.fromLoad(await readCorpus('corpus'));
    let hyphenated = 0;
    for (const s of kb.sentences) {
      const tokens = s.tokens;
      expect(kb.tokens.searchTermsOf(s.text, s.firstToken, s.tokenCount)).toEqual(searchTerms(tokens));
      expect(kb.tokens.contentWordsOf(s.text, s.firstToken, s.tokenCount)).toEqual(tokens.filter((t) => t.type === 'word' && !t.stop).map((t) => t.value));
      if (tokens.some((t) => t.value.includes('-'))) hyphenated++;
    }
    expect(hyphenated).toBeGreaterThan(10);
  });
});
