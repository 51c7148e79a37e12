import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseText, makeToken, termsOf } from '../../src/nlp/analyse.js';
import { searchTerms, termOf } from '../../src/nlp/terms.js';

describe('analyseText', () => {
  it('splits a paragraph into verbatim sentences with offsets', () => {
    const p = '“Both sides have to be realistic about finding common ground. If there is no peace agreement, the alternative is not a Taliban victory. It is a long war,” he said.';
    const s = analyseText(p);
    expect(s.map((x) => x.text)).toEqual([
      '“Both sides have to be realistic about finding common ground.',
      'If there is no peace agreement, the alternative is not a Taliban victory.',
      'It is a long war,” he said.',
    ]);
    for (const x of s) expect(p.slice(x.start, x.end)).toBe(x.text);
  });

  it('separates sentences glued without a space', () => {
    const p = 'particularly during winter when access to work and heating becomes more difficult.Humanitarian organizations and charitable foundations have stepped up relief efforts.';
    expect(analyseText(p).map((s) => s.text)).toEqual([
      'particularly during winter when access to work and heating becomes more difficult.',
      'Humanitarian organizations and charitable foundations have stepped up relief efforts.',
    ]);
  });

  it('keeps entities with offsets into the sentence', () => {
    const [s] = analyseText('Khalilzad called the Afghan security and defense forces, numbering more than 350,000, the country’s national wealth.');
    const cardinal = s!.entities.find((e) => e.type === 'CARDINAL')!;
    expect(s!.text.slice(cardinal.start, cardinal.end)).toBe(cardinal.value);
    expect(cardinal.value).toContain('350,000');
  });

  it('gives every occurrence of a word the type, term and stop flag it has alone (remembered per wink lexeme)', () => {
    const text =
      'The U.S. envoy said the talks would resume. “We are not there yet,” the envoy said on Monday; U.S. officials said 350,000 troops remain.';
    for (let pass = 0; pass < 2; pass++) {
      for (const s of analyseText(text)) {
        for (const t of s.tokens) expect({ ...t, lexeme: -1 }).toEqual(makeToken(t.value, t.start, t.type, t.pos));
      }
    }
    const said = analyseText(text).flatMap((s) => s.tokens).filter((t) => t.value === 'said');
    expect(said).toHaveLength(3);
    expect(new Set(said.map((t) => `${t.type} ${t.term} ${t.stop}`))).toEqual(new Set(['word said true']));
    // One lexeme number per text, distinct texts apart (what TokenStore and IndexStats key on).
    const tokens = analyseText(text).flatMap((s) => s.tokens);
    const numbers = new Map<string, Set<number>>();
    for (const t of tokens) numbers.set(t.value, (numbers.get(t.value) ?? new Set()).add(t.lexeme!));
    for (const [value, set] of numbers) expect([value, set.size]).toEqual([value, 1]);
    expect(new Set(tokens.map((t) => t.lexeme)).size).toBe(numbers.size);
    expect(tokens.every((t) => Number.isInteger(t.lexeme) && t.lexeme! >= 0)).toBe(true);
  });

  it('token offsets always point at the token text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const s of analyseText(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          for (const t of s.tokens) expect(s.text.slice(t.start, t.start + t.value.length)).toBe(t.value);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('term normalisation', () => {
  it('folds case, inflection, abbreviations and spelling variants', () => {
    expect(termOf('Troops')).toBe(termOf('troop'));
    expect(termOf('U.S.')).toBe('us');
    expect(termOf('Sept.')).toBe(termOf('September'));
    expect(termOf('defence')).toBe(termOf('defense'));
    expect(termOf('350,000')).toBe('350000');
    expect(termOf('Taliban’s')).toBe(termOf('Taliban'));
  });

  it('folds British spellings with their inflections, and only words that are spelling variants', () => {
    const same = [['neighbours', 'neighboring'], ['labours', 'labor'], ['honoured', 'honored'], ['defences', 'defense'], ['organised', 'organized'], ['organisations', 'organization'], ['realising', 'realize'], ['criticised', 'criticize'], ['analysed', 'analyzed'],
      // The second review's cases: short words, plurals of -hood, prefixes, endings of every kind.
      ['odour', 'odors'], ['neighbourhoods', 'neighborhoods'], ['dishonour', 'dishonor'], ['privatisation', 'privatization'], ['modernise', 'modernize'], ['customised', 'customized'], ['sympathise', 'sympathize'], ['subsidising', 'subsidizing']];
    for (const [british, american] of same) expect(termOf(british!), british).toBe(termOf(american!));
    // Words spelt "-ise" or "-ence" in both, whose forms must keep one term (they had two).
    for (const [a, b] of [['promise', 'promised'], ['surprise', 'surprised'], ['advise', 'advised'], ['exercise', 'exercised'], ['conference', 'conferences'], ['sentence', 'sentences'], ['influence', 'influences']]) expect(termOf(a!), a).toBe(termOf(b!));
    // "-our" words that are no variants.
    for (const [word, not] of [['devour', 'devor'], ['toured', 'tored'], ['poured', 'pored'], ['flours', 'flors'], ['devoured', 'devored']]) expect(termOf(word!)).not.toBe(termOf(not!));
    // "-ise" in both, prefixed or inflected: no "-ize" form is made.
    for (const [word, not] of [['unsurprising', 'unsurprizing'], ['crises', 'crizes'], ['appraised', 'apprized'], ['uprising', 'uprizing']]) expect(termOf(word!)).not.toBe(termOf(not!));
  });

  it('gives irregular past forms and plurals their base word’s term, but not forms that are other words', () => {
    expect(termOf('won')).toBe(termOf('win'));
    expect(termOf('Paid')).toBe(termOf('pay'));
    expect(termOf('written')).toBe(termOf('writes'));
    expect(termOf('children')).toBe(termOf('child'));
    expect(termOf('found')).toBe(termOf('founded'));
    expect(termOf('left')).not.toBe(termOf('leave'));
  });

  it('gives a word that names a property of every JavaScript object its own term', () => {
    // Month abbreviations and irregular forms are looked up by word: "constructor" once came back
    // as Object's own constructor function (BBC sport writes of a team's constructor).
    expect(termOf('constructor')).toBe('constructor');
    expect(termOf('Constructor')).toBe('constructor');
    expect(termsOf('The constructor and the toString of hasOwnProperty')).toEqual(['constructor', 'tostr', 'hasownproperti']);
  });

  it('drops stop words but keeps numbers and answer words', () => {
    expect(termsOf('how many of the two sides were down')).toEqual([termOf('two'), termOf('sides'), termOf('down')]);
  });

  it('drops contractions typed without an apostrophe, as wink splits them', () => {
    expect(termsOf('why wont they sign if theres no deal')).toEqual([termOf('sign'), termOf('deal')]);
  });

  it('adds the joined form of hyphenated compounds', () => {
    expect(termsOf('a cease-fire')).toEqual(expect.arrayContaining([termOf('cease'), termOf('fire'), termOf('ceasefire')]));
  });

  it('adds the parts of compounds the tokenizer keeps whole, for the index only', () => {
    // wink keeps "mid-October" and "4,000-5,000" as one token each.
    const [sentence] = analyseText('by mid-October, 4,000-5,000 troops');
    const indexed = searchTerms(sentence!.tokens);
    expect(indexed).toEqual(expect.arrayContaining(['mid-october', 'mid', termOf('October'), '4000', '5000']));
    expect(searchTerms(sentence!.tokens, { parts: false })).not.toContain('mid');
  });
});
