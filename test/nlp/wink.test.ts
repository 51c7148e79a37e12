import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { WINK_PIPES, nlp, winkModel } from '../../src/nlp/wink.js';

describe('winkModel', () => {
  it('serves any number of wink-nlp instances alike (the model package grows its custom-entity model ~4x per instance)', () => {
    const text = "Shares in Standard and Poor's 500 rose 3% on Monday, said John Smith in London.";
    const entities = (n: ReturnType<typeof winkNLP>) => n.readDoc(text).entities().out();
    const first = entities(winkNLP(winkModel, [...WINK_PIPES]));
    expect(first).toEqual(['500', '3%', 'Monday']);
    // With the package's model object itself the 11th instance throws "Invalid string length".
    for (let i = 0; i < 14; i++) expect(entities(winkNLP(winkModel, [...WINK_PIPES]))).toEqual(first);
    // Custom entities (the one pipe that reads that model) still work on a late instance.
    const late = winkNLP(winkModel);
    late.learnCustomEntities([{ name: 'index', patterns: ['[PROPN] [CCONJ] [PROPN]'] }]);
    expect(late.readDoc(text).customEntities().out()).toEqual(['Standard and Poor']);
  });
});

describe('nlp', () => {
  // BBC News text (politics): wink-nlp adds "Blunkett's" to its cache from the first sentence,
  // and without the guard then keeps the second one's "Blunkett's" whole.
  const seen = "She denies he is Mr Blunkett's. The interview with BBC Radio Sheffield was made before allegations surfaced.";
  const later = "Mr Oaten had initially said he accepted Mr Blunkett's word unless further evidence emerged.";
  const tokens = (n: ReturnType<typeof winkNLP>, text: string) => n.readDoc(text).tokens().out();

  it('splits a text the same whatever the instance read before', () => {
    const fresh = tokens(nlp(), later);
    expect(fresh).toContain('Blunkett');
    expect(fresh).toContain("'s");
    tokens(nlp(), seen);
    expect(tokens(nlp(), later)).toEqual(fresh);
  });

  it('does so for any instance made with winkModel, and still knows the words the model knows', () => {
    const n = winkNLP(winkModel, [...WINK_PIPES]);
    tokens(n, seen);
    expect(tokens(n, later)).toEqual(tokens(winkNLP(winkModel, [...WINK_PIPES]), later));
    // A contraction of the model's lexicon still expands; a word's part of speech is unchanged.
    expect(tokens(n, "They didn't.")).toEqual(['They', 'did', "n't", '.']);
    expect(n.readDoc('Blunkett resigned.').tokens().out(n.its.pos)).toEqual(['PROPN', 'VERB', 'PUNCT']);
  });
});
