import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { alternativeCoverage, alternativesOf } from '../../src/answer/alternatives.js';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

describe('alternativesOf', () => {
  it('reads the two answers a question offers around its "or"', () => {
    const alt = alternativesOf(analyseQuestion('is anadolu agency an independent outlet or govt-run'))!;
    expect([...alt.first]).toEqual(['independ', 'outlet']);
    expect([...alt.second].length).toBeGreaterThan(0);
    // As many words before "or" as after it: "… migrants out" or "still going on".
    expect(alternativesOf(analyseQuestion('have iran and pakistan stopped forcing migrants out or is it still going on'))).toEqual({ first: new Set(['migrant']), second: new Set(['still']) });
  });

  it('reads none without one "or", in a typed question, or beside a quoted phrase', () => {
    expect(alternativesOf(analyseQuestion('is anadolu agency state-run'))).toBeUndefined();
    expect(alternativesOf(analyseQuestion('which interview or outlet did clinton speak to'))).toBeUndefined();
    expect(alternativesOf(analyseQuestion('is "war or peace" the choice'))).toBeUndefined();
  });
});

describe('alternativeCoverage', () => {
  const alt = { first: new Set(['a']), second: new Set(['b']) };
  const weights = new Map([['s', 2], ['a', 1], ['b', 3]]);
  it('counts the shared terms and the better covered answer, each answer weighing as the heavier', () => {
    // Shared fully, the lighter answer fully: 2 + 1 × 3 of 2 + 3.
    expect(alternativeCoverage(alt, weights, new Map([['s', 1], ['a', 1]]))).toEqual({ own: 5, total: 5 });
    // …the heavier half: 2 + 0.5 × 3.
    expect(alternativeCoverage(alt, weights, new Map([['s', 1], ['b', 0.5]]))).toEqual({ own: 3.5, total: 5 });
  });
  it('measures a sentence that says neither answer against every term', () => {
    expect(alternativeCoverage(alt, weights, new Map([['s', 1]]))).toEqual({ own: 2, total: 6 });
  });
});

describe('a question offering two answers', () => {
  it('is answered by the sentence that says one (it was declined at 0.36)', () => {
    const r = answerQuestion(kb, 'is anadolu agency an independent outlet or govt-run');
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('state-run Anadolu Agency');
  });
});
