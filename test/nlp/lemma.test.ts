import { describe, expect, it } from 'vitest';
import { lemmaOf } from '../../src/nlp/lemma.js';
import { termOf } from '../../src/nlp/terms.js';

describe('lemmaOf', () => {
  it('tells apart words the stemmer folds together', () => {
    expect(termOf('ads')).toBe(termOf('added'));
    expect(lemmaOf('ads')).toBe('ad');
    expect(lemmaOf('added')).toBe('add');
  });

  it('gives inflected forms their base word', () => {
    expect(['defeated', 'planned', 'walking', 'studies', 'ran', 'Given'].map(lemmaOf)).toEqual(['defeat', 'plan', 'walk', 'study', 'run', 'give']);
  });
});
