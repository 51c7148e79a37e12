import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { phrasesAbbreviatedBy } from '../../src/answer/phraseAbbreviations.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { termOf } from '../../src/nlp/terms.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

const terms = (...words: string[]) => words.map(termOf);

describe('phrasesAbbreviatedBy', () => {
  it('finds the multi-word names an initialism stands for', () => {
    expect(phrasesAbbreviatedBy(kb, 'UN')).toContainEqual(terms('United', 'Nations'));
    expect(phrasesAbbreviatedBy(kb, 'ie')).toContainEqual(terms('Islamic', 'Emirate'));
  });

  it('finds the two words a clipped compound is made of', () => {
    // "U.S. Central Command chief Gen. Frank McKenzie"
    expect(phrasesAbbreviatedBy(kb, 'centcom')).toContainEqual(terms('Central', 'Command'));
  });

  it('only reads runs of capitalised words, and not across "and"', () => {
    // "together with Qatar and the United Nations": no "qun", no "un" from lower-case words.
    expect(phrasesAbbreviatedBy(kb, 'qun')).toEqual([]);
    expect(phrasesAbbreviatedBy(kb, 'tp')).toEqual([]);
    expect(phrasesAbbreviatedBy(kb, 'x')).toEqual([]);
  });
});

describe('abbreviations in questions', () => {
  it('answers a question that abbreviates a name the article spells out', () => {
    const r = answerQuestion(kb, 'what did the centcom chief say about troop levels');
    expect(r.answer).toContain('Central Command chief Gen. Frank McKenzie');
  });

  it('does not take a sentence naming someone else in the same place for an answer', () => {
    // The article mentions the United Nations, but this sentence is about the US special envoy.
    const r = answerQuestion(kb, 'who is the UN special envoy for afghanistan');
    expect(r.answered).toBe(false);
  });
});
