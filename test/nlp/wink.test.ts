import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { WINK_PIPES, winkModel } from '../../src/nlp/wink.js';

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
