import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { fixStopWordSpelling, stopWordNear } from '../../src/answer/stopWordSpelling.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load('corpus');
});

describe('fixStopWordSpelling', () => {
  it('writes a function word typed a letter off as meant, keeping the first letter’s case', () => {
    expect(fixStopWordSpelling(kb, 'waht did the envoy say acording to the report becuase of the talks')).toBe('what did the envoy say according to the report because of the talks');
    expect(fixStopWordSpelling(kb, 'Accoring to Khalilzad, thier plan')).toBe('According to Khalilzad, their plan');
    // A quoted phrase is matched as typed.
    expect(fixStopWordSpelling(kb, 'who wrote “waht we do” acording to the report')).toBe('who wrote “waht we do” according to the report');
  });

  it('leaves real words, words the corpus uses and typos of two stop words alone', () => {
    // One edit from "over", "ever", "own", but words of their own.
    expect(fixStopWordSpelling(kb, 'what else did the intel cover')).toBe('what else did the intel cover');
    expect(fixStopWordSpelling(kb, 'what if they never reach an agreement')).toBe('what if they never reach an agreement');
    expect(fixStopWordSpelling(kb, 'who won the world cup')).toBe('who won the world cup');
    // "hwo": "how" or "who".
    expect(stopWordNear('hwo')).toBeUndefined();
    // Rare words and names the web knows, one letter from "during", "said", "other", "under": only a swap is a typo there.
    expect(fixStopWordSpelling(kb, 'what did alan turing invent')).toBe('what did alan turing invent');
    expect(fixStopWordSpelling(kb, 'what did sajid javid say')).toBe('what did sajid javid say');
    expect(fixStopWordSpelling(kb, 'is ether a gas, sunder the ties')).toBe('is ether a gas, sunder the ties');
    // …while a swap is, known to the web or not ("becuase" is its 118,000th word).
    expect(fixStopWordSpelling(kb, 'Becuase of what did the talks stall')).toBe('Because of what did the talks stall');
    // "whan": "when" or "than".
    expect(stopWordNear('whan')).toBeUndefined();
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('rewrites nothing without word vectors (ARCHIVIST_VECTORS=off): "never" and "won" could not be told from typos', async () => {
    vi.stubEnv('ARCHIVIST_VECTORS', 'off');
    vi.resetModules();
    const fresh = await import('../../src/answer/stopWordSpelling.js');
    expect(fresh.fixStopWordSpelling(kb, 'what if they never reach an agreement')).toBe('what if they never reach an agreement');
    expect(fresh.fixStopWordSpelling(kb, 'waht did he say')).toBe('waht did he say');
  });

  it('lets a question word typed wrong ask what it asks: "waht nationality is goren" (it was declined)', () => {
    const typo = answerQuestion(kb, 'waht nationality is goren');
    expect(typo.answered).toBe(true);
    expect(typo.answer).toMatch(/Turkish citizen/);
    expect(typo.readAs).toBe('what nationality is goren');
  });
});
