import { describe, expect, it } from 'vitest';
import { foldAccents, foldWord, isStopWord, termOf } from '../../src/nlp/terms.js';
import { analyseText } from '../../src/nlp/analyse.js';

describe('accents of Latin letters', () => {
  it('are dropped from a word before it becomes a term, so "café" and "cafe" are one term', () => {
    expect(termOf('Khalīlzad')).toBe(termOf('Khalilzad'));
    expect(termOf('café')).toBe(termOf('cafe'));
    expect(foldWord('Zürich')).toBe('zurich');
  });

  it('are dropped from a question’s text, which wink-nlp would otherwise split at a letter it does not know', () => {
    expect(analyseText('who is Khalīlzad?')[0]!.tokens.map((t) => t.value)).toContain('Khal'); // why the text is folded first
    expect(foldAccents('who is Khalīlzad?')).toBe('who is Khalilzad?');
  });

  it('are kept in other scripts, whose marks are part of their letters, even beside Latin ones', () => {
    expect(foldAccents('नमस्ते')).toBe('नमस्ते');
    expect(foldAccents('café й Ελλάδα')).toBe('cafe й Ελλάδα');
    expect(foldAccents('no accents here')).toBe('no accents here');
  });

  it('are dropped when typed decomposed, and from letters with a stroke', () => {
    expect(foldAccents('Khali\u0304lzad')).toBe('Khalilzad');
    expect(foldAccents('Wałęsa, Søren, Đorđe')).toBe('Walesa, Soren, Dorde');
  });
});

describe('stop verbs', () => {
  it('are stop words in all their forms that share their term ("wanting" as "want")', () => {
    for (const w of ['want', 'wanted', 'wanting', 'knows', 'saying', 'gets', 'telling']) expect(isStopWord(w), w).toBe(true);
    // Other words: "willing" is no form of "will".
    for (const w of ['willing', 'known', 'deal']) expect(isStopWord(w), w).toBe(false);
  });
});

describe('acronyms', () => {
  it('in capitals are no stop words ("WHO", "IT"), while the words are', () => {
    expect(isStopWord('WHO')).toBe(false);
    expect(isStopWord('IT')).toBe(false);
    expect(isStopWord('who')).toBe(true);
    expect(isStopWord('Who')).toBe(true);
    expect(isStopWord('it')).toBe(true);
    expect(isStopWord('I')).toBe(true); // one letter: the pronoun
  });
});

describe('words the stemmer would fold together', () => {
  it('are kept apart where they mean different things ("aides" are no "aid")', () => {
    expect(termOf('aides')).not.toBe(termOf('aid'));
    expect(termOf('aides')).toBe(termOf('aide'));
    expect(termOf('aid')).toBe(termOf('aided'));
    expect(termOf('university')).not.toBe(termOf('universe'));
    expect(termOf('universities')).toBe(termOf('university'));
    // Not where a word's other forms would be split from it: "organization" stays with "organizing".
    expect(termOf('organisation')).toBe(termOf('organizing'));
    expect(termOf('experiment')).toBe(termOf('experimenting'));
  });
});
