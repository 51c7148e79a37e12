import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { fixNameSpelling } from '../../src/answer/nameSpelling.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

describe('fixNameSpelling', () => {
  it('writes a name typed one letter off as the corpus writes it, keeping the first letter’s case', () => {
    expect(fixNameSpelling(kb, 'who is Khalilzaad?')).toBe('who is Khalilzad?');
    expect(fixNameSpelling(kb, 'what did the talibaan say')).toBe('what did the taliban say');
    expect(fixNameSpelling(kb, 'what is Khalilzaad’s view')).toBe('what is Khalilzad’s view');
    // A quoted phrase is matched as written.
    expect(fixNameSpelling(kb, 'who said “Khalilzaad is here” to Khalilzaad')).toBe('who said “Khalilzaad is here” to Khalilzad');
  });

  it('leaves known words, short words, misspelt common words and real words alone', () => {
    expect(fixNameSpelling(kb, 'who is Khalilzad?')).toBe('who is Khalilzad?');
    expect(fixNameSpelling(kb, 'what about the goverment')).toBe('what about the goverment'); // not a name: expansion's job
    expect(fixNameSpelling(kb, 'who is Ghan')).toBe('who is Ghan'); // under 5 letters
    expect(fixNameSpelling(kb, 'is the colloquial name known')).toBe('is the colloquial name known');
  });

  it('lets "who is Khalilzaad?" be answered as "who is Khalilzad?" (it was answered by the fragment "Khalilzad said.")', () => {
    const typo = answerQuestion(kb, 'who is Khalilzaad?');
    expect(typo.answer).toBe(answerQuestion(kb, 'who is Khalilzad?').answer);
    expect(typo.answer).toMatch(/special peace envoy/);
    expect(typo.question).toBe('who is Khalilzaad?');
    // …and says so: the question as read.
    expect(typo.readAs).toBe('who is Khalilzad?');
    expect(answerQuestion(kb, 'who is Khalilzad?').readAs).toBeUndefined();
  });
});
