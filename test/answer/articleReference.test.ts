import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { findArticleReference } from '../../src/answer/articleReference.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

/** The shipped corpus's articles by what names them. */
const WORLD_OPPOSES = '001_b732b1534980fd86.txt'; // "Khalilzad: The world opposes the return of the Taliban to power", May 4, 2021
const AMN_RFERL = '002_6a1e3ce44a355d57.txt'; // AMN, "originally published by Radio Free Europe/Radio Liberty", September 27, 2020
const VOA = '003_d6197644dbe40003.txt'; // "Ayaz Gul for VOA Reports"
const SELIGMAN = '004_498ab2b590156276.txt'; // "By Lara Seligman 09/11/2020 12:40 PM EDT"

const named = (question: string) => {
  const r = findArticleReference(kb, question);
  return r && { articles: [...r.articleIds], rest: r.rest, phrase: r.phrase };
};

describe('findArticleReference', () => {
  it('reads a quoted title, whole or in part, after a determiner', () => {
    expect(named("how many views does the 'world opposes the return of the taliban' piece have")).toEqual({
      articles: [WORLD_OPPOSES],
      rest: 'how many views does have',
      phrase: "the 'world opposes the return of the taliban' piece",
    });
    expect(named('what did the “world opposes taliban return” story say about pakistan')?.articles).toEqual([WORLD_OPPOSES]);
    // Up to two words between the determiner and the title go with the reference (blind14 a01).
    expect(named("whats khalilzad's actual job title in the der spiegel 'warns against military solution' story")).toEqual({
      articles: ['000_7947b005a03511ba.txt'],
      rest: "whats khalilzad's actual job title",
      phrase: "the der spiegel 'warns against military solution' story",
    });
    expect(answerQuestion(kb, "whats khalilzad's actual job title in the der spiegel 'warns against military solution' story").answer).toContain('the U.S. special peace envoy for Afghanistan');
    // A function word or a verb between them is no part of a reference (the review's case).
    expect(named("what did he say to the press in 'world opposes the return of the taliban' story")).toBeNull();
    expect(named("what does the taliban think 'world opposes the return' report")).toBeNull();
  });

  it('reads an outlet, an abbreviated outlet, an author and a date from the page lines', () => {
    expect(named('according to the AMN article, how many troops will the US drop to')).toMatchObject({ articles: [AMN_RFERL], rest: ', how many troops will the US drop to' });
    expect(named('what does the RFE/RL story say about al-qaeda')?.articles).toEqual([AMN_RFERL]);
    expect(named('what did that VOA report say about the taliban')).toMatchObject({ articles: [VOA], rest: 'what did say about the taliban' });
    expect(named("who does the pentagon want out, in Lara Seligman's piece")).toMatchObject({ articles: [SELIGMAN], rest: 'who does the pentagon want out,' });
    expect(named('who did khalilzad meet per the may 2021 story')).toMatchObject({ articles: [WORLD_OPPOSES], rest: 'who did khalilzad meet' });
    expect(named('what was in the sept 27 2020 article')?.articles).toEqual([AMN_RFERL]);
    // A reprint names the page that reprints it (blind17 a19).
    expect(named('what title does the rfe/rl reprint give khalilzad')).toMatchObject({ articles: [AMN_RFERL], rest: 'what title does give khalilzad' });
    expect(answerQuestion(kb, 'what title does the rfe/rl reprint give khalilzad').answer).toContain('the U.S. envoy for Afghanistan');
  });

  it('reads an interview, or a story its page does not name, by the names the story gives ("Speaking to Germany’s Der Spiegel, …")', () => {
    expect(named("in the der spiegel interview who does khalilzad say should respect pakistan's legit interests")).toEqual({
      articles: ['000_7947b005a03511ba.txt'],
      rest: "who does khalilzad say should respect pakistan's legit interests",
      phrase: 'the der spiegel interview',
    });
    expect(named('what did he say about violence in that pbs interview')?.articles).toEqual([AMN_RFERL]);
    expect(answerQuestion(kb, "in the der spiegel interview who does khalilzad say should respect pakistan's legit interests").answer).toContain('the Afghans should respect those legitimate interests');
    // A story its page does not name, by the names it is about (blind16 a10, blind13 a14).
    expect(named("whats the headline of the khalilzad der spiegel story say he's calling for")?.articles).toEqual(['000_7947b005a03511ba.txt']);
    expect(answerQuestion(kb, "whats the headline of the khalilzad der spiegel story say he's calling for").answer).toBe('Khalilzad calls for peace talks; warns against military solution');
    // Its names stay in the search: the story is about them (the review's case).
    expect(named('what did the ghani story say about the ceasefire')?.rest).toBe('what did ghani say about the ceasefire');
    expect(answerQuestion(kb, 'what did the ghani story say about the ceasefire').answer).toContain('Ghani repeated his call for a cease-fire');
    // "interview" the verb names nothing (the review's cases); the noun before a predicate does.
    expect(named('why did the taliban interview the prisoners')).toBeNull();
    expect(named('who did the voa interview')).toBeNull();
    expect(named('was the der spiegel interview the first time he said it')?.articles).toEqual(['000_7947b005a03511ba.txt']);
    // Only names: "the long interview" names no story.
    expect(named('what did khalilzad say in the long interview')).toBeNull();
  });

  it('leaves references that name no article, or every article, to the search', () => {
    expect(named('what did the UN report say about civilians')).toBeNull();
    expect(named('what does the new york times article say')).toBeNull();
    expect(named('what does the article say about pbs')).toBeNull();
    expect(named('what day did anadolu report the capture')).toBeNull(); // "report" as a verb, no determiner
  });
});

describe('answerQuestion with an article named', () => {
  it('answers from the named article, not with its title', () => {
    const r = answerQuestion(kb, "how many views does the 'world opposes the return of the taliban' piece have");
    expect(r.answered).toBe(true);
    expect(r.sources[0]?.file).toBe(WORLD_OPPOSES);
    expect(r.answer).toContain('0 Views');
  });

  it('answers from a named article whose sentences share no word with the question', () => {
    // Only "posted" is left to search for; the dateline says "Tuesday May 4th, 2021".
    const r = answerQuestion(kb, "when was the 'world opposes the return of the taliban' story posted");
    expect(r.sources[0]?.file).toBe(WORLD_OPPOSES);
    expect(r.answer).toContain('May 4th, 2021');
  });

  it('keeps the search to the named article when others answer too', () => {
    const question = 'what did khalilzad say about the violence';
    const anywhere = answerQuestion(kb, question).sources[0]?.file;
    for (const [reference, file] of [['according to the Seligman article', SELIGMAN], ['in the VOA report', VOA], ['in the may 2021 piece', WORLD_OPPOSES]] as const) {
      expect(file).not.toBe(anywhere);
      const r = answerQuestion(kb, `${question} ${reference}`);
      expect(r.answered).toBe(true);
      expect(r.sources[0]?.file).toBe(file);
      expect(r.answer).toMatch(/violence/);
    }
  });
});
