import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { asksOneYear, otherYearsOnly, questionYears } from '../../src/answer/yearMatch.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

describe('years a question asks about', () => {
  it('reads the years a question names', () => {
    expect([...questionYears(analyseQuestion('how many US soldiers were killed in 2020?'))]).toEqual(['2020']);
    expect(questionYears(analyseQuestion('how many soldiers were killed?')).size).toBe(0);
    // A number that counts something is no year, nor is one inside a longer number.
    expect(questionYears(analyseQuestion('will the US draw down to 2000 troops by November?')).size).toBe(0);
    expect([...questionYears(analyseQuestion('were 12,2019 or 2,000 people there in 2019'))]).toEqual(['2019']);
    expect([...questionYears(analyseQuestion('how many people lived there in 2000, according to the census'))]).toEqual(['2000']);
    expect([...questionYears(analyseQuestion('what happened in 2019 and 2020'))]).toEqual(['2019', '2020']);
  });

  it('a sentence about other years only, by what it writes or by its dated events, does not match', () => {
    // "…since September when President Donald Trump abruptly canceled negotiations…" (December 2019): September 2019.
    const cancel = kb.sentences.find((s) => s.text.startsWith('The talks would be the first official round of negotiations since September'))!;
    expect(otherYearsOnly(kb, new Set(['2020']), cancel)).toBe(true);
    expect(otherYearsOnly(kb, new Set(['2019']), cancel)).toBe(false);
    // A sentence that dates nothing itself is about the year its article was published (2019-12-05)…
    const undated = kb.sentences.find((s) => s.text.startsWith('The Taliban, which controls or influences nearly half'))!;
    expect(kb.article(undated.articleId)?.published).toBe('2019-12-05');
    expect(otherYearsOnly(kb, new Set(['2020']), undated, true)).toBe(true);
    expect(otherYearsOnly(kb, new Set(['2019']), undated, true)).toBe(false);
    // …when the question asks about one year ("in 2020"), not a span ("since 2019").
    expect(otherYearsOnly(kb, new Set(['2020']), undated, false)).toBe(false);
    expect(asksOneYear(analyseQuestion('how many were killed in 2020?'), new Set(['2020']))).toBe(true);
    expect(asksOneYear(analyseQuestion('what has Khalilzad said since 2019?'), new Set(['2019']))).toBe(false);
    // …and in an article with no date, about no year in particular.
    const noDate = kb.sentences.find((s) => s.text.startsWith('Khalilzad pointed out that'))!;
    expect(kb.article(noDate.articleId)?.published ?? null).toBe(null);
    expect(otherYearsOnly(kb, new Set(['2020']), noDate, true)).toBe(false);
  });

  it('lowers the confidence of an answer about another year than the one asked', () => {
    const asked2019 = answerQuestion(kb, 'how many people were killed in Kabul in 2019?', { threshold: 0 });
    const asked2020 = answerQuestion(kb, 'how many people were killed in Kabul in 2020?', { threshold: 0 });
    expect(asked2019.answer).toContain('killed 12 people in Kabul');
    expect(asked2020.confidence).toBeLessThan(asked2019.confidence);
    // "in recent days" of an article of May 2021 is no answer for 2020 (it was answered at 64%).
    expect(answerQuestion(kb, 'how many civilians were killed in 2020?').answered).toBe(false);
    expect(answerQuestion(kb, 'did Khalilzad meet Ghani in 2018?').answered).toBe(false);
    // "since 2019" reaches past 2019: a 2020 quotation that dates nothing still answers.
    expect(answerQuestion(kb, 'what has Khalilzad said about prisoners since 2019?').answered).toBe(true);
  });

  it('finds the year asked for in a sentence that dates itself otherwise, or dates nothing in a report of that year', () => {
    // "Near-record levels of violence throughout the country this year, aimed at giving the Taliban more leverage…" (an article of 11 September 2020).
    expect(answerQuestion(kb, 'why was there so much violence in 2020 according to the seligman article').answer).toContain('giving the Taliban more leverage');
    // "Khalilzad held talks with Afghan President Ashraf Ghani…" dates nothing, in a report of 5 December 2019.
    expect(answerQuestion(kb, 'whats the full name of the afghan president khalilzad saw in kabul in dec 2019').answer).toContain('Ashraf Ghani');
    // "…numbering more than 350,000" dates nothing, in an article of May 2021, beside "yesterday (Monday, May 4)".
    expect(answerQuestion(kb, 'how big are the afghan security forces acc to khalilzad in may 2021').answer).toContain('350,000');
  });
});
