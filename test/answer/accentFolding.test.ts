import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { foldSplitWords } from '../../src/answer/accentFolding.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

const kb = KnowledgeBase.fromLoad({
  articles: [
    {
      id: 'a.txt',
      file: 'a.txt',
      title: 'German minister visits Kabul',
      paragraphs: [
        'Gerd Müller, the German development minister, arrived in Kabul on Monday for talks with the government.',
        'Müller also met several women’s groups during the afternoon.',
        'Zalmay Khalilzad, the U.S. special peace envoy, met him later.',
        'Turkish President Recep Tayyip Erdoğan sent a message.',
      ],
      extras: [],
    },
  ],
  warnings: [],
});

describe('foldSplitWords', () => {
  it('folds an accent the corpus does not write, when it writes the word without it', () => {
    expect(foldSplitWords(kb, 'who is Khalīlzad?')).toBe('who is Khalilzad?');
    expect(foldSplitWords(kb, 'who is Khali\u0304lzad?')).toBe('who is Khalilzad?');
  });

  it('keeps a word the corpus writes as typed, and one it has in no form', () => {
    expect(foldSplitWords(kb, 'who is Müller?')).toBe('who is Müller?');
    expect(foldSplitWords(kb, 'who is Erdoğan?')).toBe('who is Erdoğan?');
    expect(foldSplitWords(kb, 'who is Dvořák?')).toBe('who is Dvořák?');
  });

  it('lets an accented name find the appositive that says who it is, accented or not in the question', () => {
    expect(answerQuestion(kb, 'who is Müller?').answer).toContain('the German development minister');
    expect(answerQuestion(kb, 'who is Khalīlzad?').answer).toContain('special peace envoy');
  });
});
