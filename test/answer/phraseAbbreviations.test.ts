import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { initialismVariants, phrasesAbbreviatedBy, phraseTableSteps } from '../../src/answer/phraseAbbreviations.js';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { readCorpus } from '../../src/corpus/readCorpus.js';
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

describe('phraseTableSteps', () => {
  const ABBREVIATIONS = ['un', 'us', 'centcom', 'ie'];
  /** The shipped articles four times over: more sentences than one step reads. */
  const fourTimesOver = async () => {
    const load = await readCorpus('corpus');
    const articles = [0, 1, 2, 3].flatMap((n) => load.articles.map((a) => ({ ...a, id: `${a.id}~${n}` })));
    return KnowledgeBase.fromLoad({ articles, warnings: [] });
  };

  it('fills the table in steps that give the same phrases as the one-go build', async () => {
    const stepped = await fourTimesOver();
    let steps = 0;
    for (const _ of phraseTableSteps(stepped)) steps++;
    expect(steps).toBeGreaterThan(0);
    const oneGo = await fourTimesOver();
    for (const w of ABBREVIATIONS) expect(phrasesAbbreviatedBy(stepped, w)).toEqual(phrasesAbbreviatedBy(oneGo, w));
    expect(phrasesAbbreviatedBy(stepped, 'un')).toEqual([terms('united', 'nations')]);
  });

  it('lets a question finish a table left half-built', async () => {
    const half = await fourTimesOver();
    phraseTableSteps(half).next();
    for (const w of ABBREVIATIONS) expect(phrasesAbbreviatedBy(half, w)).toEqual(phrasesAbbreviatedBy(kb, w));
  });
});

describe('initialismVariants', () => {
  it('lets a name written out find its initialism, for names whose initialism means nothing else', () => {
    const variants = initialismVariants(kb, analyseQuestion('Is the United States leading the peace process?').tokens);
    expect(variants).toEqual([
      { term: 'us', origin: termOf('United'), weight: 0.9 },
      { term: 'us', origin: termOf('States'), weight: 0.9 },
    ]);
    // Any two capitalised words have initials: "Afghan Republic" is not "AR".
    expect(initialismVariants(kb, analyseQuestion('what did the Afghan Republic deliver').tokens)).toEqual([]);
  });

  it('answers with the sentence that writes the initialism', () => {
    // "The U.S. is “prepared to assist if assistance is needed,” he said, but stressed that the process is “Afghan-owned and Afghan-led.”"
    const r = answerQuestion(kb, 'is the United States leading the intra-afghan peace process');
    expect(r.answer).toContain('Afghan-owned and Afghan-led');
  });
});

