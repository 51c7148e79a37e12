import { describe, expect, it, beforeAll } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { trueCase } from '../../src/answer/trueCase.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

describe('trueCase', () => {
  it('capitalises the lower-case words the corpus writes as names, and only those', () => {
    expect(trueCase(kb, 'who is khalilzad')).toBe('who is Khalilzad');
    expect(trueCase(kb, 'what did the taliban promise in doha')).toBe('what did the Taliban promise in Doha');
    // Common words, stop words and words the corpus never uses stay as typed.
    expect(trueCase(kb, 'what is the peace plan of the us for kabulx')).toBe('what is the peace plan of the us for kabulx');
    // Words capitalised only once, in a title-case headline ("… Makes Surprise Stop In Kabul"), are no names.
    expect(trueCase(kb, 'when was the surprise stop story posted?')).toBe('when was the surprise stop story posted?');
  });

  it('is not put off by "I" or an acronym the question capitalises', () => {
    expect(trueCase(kb, 'who is khalilzad, I wonder')).toBe('who is Khalilzad, I wonder');
    expect(trueCase(kb, 'what did the US say to the taliban')).toBe('what did the US say to the Taliban');
  });

  it('takes a question that already has capitals past its first word as written', () => {
    expect(trueCase(kb, 'Who met Ghani in kabul')).toBe('Who met Ghani in kabul');
  });

  it('gives a lower-case "who is X" the answer its capitalised form gets: what X is', () => {
    const lower = answerQuestion(kb, 'who is khalilzad');
    const upper = answerQuestion(kb, 'who is Khalilzad');
    expect(lower.answer).toBe(upper.answer);
    expect(lower.answer).toContain('the U.S. special peace envoy for Afghanistan');
  });
});
