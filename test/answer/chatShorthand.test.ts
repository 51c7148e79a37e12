import { describe, expect, it } from 'vitest';
import { spellOutShorthand } from '../../src/answer/chatShorthand.js';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';

describe('spellOutShorthand', () => {
  it('spells out chat shorthand and drops fillers', () => {
    expect(spellOutShorthand('why r there blankets in the bayat aid package lol')).toBe('why are there blankets in the bayat aid package ');
    expect(spellOutShorthand('what is afghanistan asking india to help w on the health side?')).toBe('what is afghanistan asking india to help with on the health side?');
    expect(spellOutShorthand('y did trump cancel the talks b4 the deal')).toBe('why did trump cancel the talks before the deal');
    expect(spellOutShorthand('how big are the forces acc to khalilzad')).toBe('how big are the forces according to khalilzad');
    expect(spellOutShorthand('what is on his acc')).toBe('what is on his acc');
    expect(spellOutShorthand('which german mag did he talk to')).toBe('which german magazine did he talk to');
    expect(spellOutShorthand('how many cops were killed')).toBe('how many police were killed');
    // "pakistan's legit interests" are its legitimate ones; "prepping" is preparing (blind16 a03, a08).
    expect(spellOutShorthand("what are pakistan's legit interests")).toBe("what are pakistan's legitimate interests");
    expect(spellOutShorthand('the us is prepping for all outcomes, prepped for war')).toBe('the us is preparing for all outcomes, prepared for war');
    expect(spellOutShorthand('what was it abt, thx')).toBe('what was it about, ');
    // English words and names stay: "a title bout", "how many cos", "ty cobb" (the second review).
    expect(spellOutShorthand('who won the title bout')).toBe('who won the title bout');
    expect(spellOutShorthand('who is ty cobb')).toBe('who is ty cobb');
    // "n" for "and" before a determiner only: SQuAD's "any integer n" is a variable.
    expect(spellOutShorthand('is any integer n prime')).toBe('is any integer n prime');
    expect(spellOutShorthand('the taliban n the other afghan groups')).toBe('the taliban and the other afghan groups');
    // A decade of the twentieth century as news text writes it; a decade written in full stays.
    expect(spellOutShorthand("khalilzad keeps bringing up the 90s")).toBe('khalilzad keeps bringing up the 1990s');
    expect(spellOutShorthand("what happened in the '90s")).toBe('what happened in the 1990s');
    expect(spellOutShorthand('the 1990s and the 2000s')).toBe('the 1990s and the 2000s');
    // An amount as news text writes it.
    expect(spellOutShorthand("how much of japan's ~$20m aid is going to food")).toBe("how much of japan's ~$20 million aid is going to food");
    expect(spellOutShorthand('the 6.8m returnees, 5bn dollars, 10k people')).toBe('the 6.8 million returnees, 5 billion dollars, 10 thousand people');
    expect(spellOutShorthand('a 5mm bolt, the m4 road')).toBe('a 5mm bolt, the m4 road');
  });

  it('leaves names, abbreviations with periods and capitals alone', () => {
    expect(spellOutShorthand('what did the u.s. say')).toBe('what did the u.s. say');
    expect(spellOutShorthand('what did W. Bush say about R&D')).toBe('what did W. Bush say about R&D');
    // "y" is "why" only where a question opens.
    expect(spellOutShorthand('what is in annex y of the deal')).toBe('what is in annex y of the deal');
  });

  it('makes a casual question ask what its spelled-out form asks', () => {
    const casual = analyseQuestion('y r the talibs blamed lol');
    const spelled = analyseQuestion('why are the talibs blamed');
    expect(casual.expected).toBe('reason');
    expect(casual.terms).toEqual(spelled.terms);
  });
});
