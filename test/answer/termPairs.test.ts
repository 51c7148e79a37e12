import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { TermPairs } from '../../src/answer/termPairs.js';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

// Sentences from the SQuAD v1.1 dev articles "Super_Bowl_50", "Nikola_Tesla" and "Apollo_program" (Wikipedia text).
const article = (id: string, title: string, paragraphs: string[]) => ({ id, file: `${id}.txt`, title, paragraphs, extras: [] });
const kb = KnowledgeBase.fromLoad({
  articles: [
    article('superbowl', 'Super Bowl 50', [
      'Super Bowl 50 was an American football game to determine the champion of the National Football League (NFL) for the 2015 season.',
      'In early 2012, NFL Commissioner Roger Goodell stated that the league planned to make the 50th Super Bowl "spectacular" and that it would be "an important game for us as a league".',
    ]),
    article('tesla', 'Nikola Tesla', [
      'Tesla was a good friend of Francis Marion Crawford, Robert Underwood Johnson, Stanford White, Fritz Lowenstein, George Scherff, and Kenneth Swezey.',
      'For exercise, Tesla walked between 8 to 10 miles per day.',
      'Near the end of his life, Tesla walked to the park every day to feed the pigeons.',
    ]),
    article('apollo', 'Apollo program', [
      'In November 1969, Gemini veteran Charles "Pete" Conrad and rookie Alan L. Bean made a precision landing on Apollo 12 within walking distance of the Surveyor 3 unmanned lunar probe, which had landed in April 1967 on the Ocean of Storms.',
    ]),
  ],
  warnings: [],
});
const idOf = (start: string) => kb.sentences.find((s) => s.text.startsWith(start))!.id;

describe('TermPairs', () => {
  it("counts the question's neighbouring content words found side by side, in either order", () => {
    const pairs = new TermPairs(kb, analyseQuestion('Who is the Commissioner of the NFL?'));
    expect(pairs.coverage(kb, idOf('In early 2012'))).toBe(1); // "NFL Commissioner"
    expect(pairs.coverage(kb, idOf('Super Bowl 50 was'))).toBe(0); // both words, apart
  });

  it('weighs each pair by its rarity and gives a share of the whole', () => {
    const pairs = new TermPairs(kb, analyseQuestion('How many miles per day did Tesla walk?'));
    const some = pairs.coverage(kb, idOf('Near the end'));
    expect(some).toBeGreaterThan(0); // "Tesla walked" only; the other also has "miles per day"
    expect(some).toBeLessThan(pairs.coverage(kb, idOf('For exercise')));
  });

  it('is 0 for a question of one content word', () => {
    expect(new TermPairs(kb, analyseQuestion('Who is Tesla?')).coverage(kb, idOf('For exercise'))).toBe(0);
  });
});

describe('ranking by article', () => {
  it('answers from the article that names who the question asks about', () => {
    const r = answerQuestion(kb, 'What was the daily distance walked by Tesla?', { threshold: 0 });
    expect(r.sentences.find((s) => !s.context)?.text).toBe('For exercise, Tesla walked between 8 to 10 miles per day.');
  });
});
