import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { rolesAskedBy } from '../../src/answer/pageRoles.js';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

describe('rolesAskedBy', () => {
  it('reads "outlet" as asking for the site line and the reprint note (which names the outlet that first ran it)', () => {
    expect(rolesAskedBy(analyseQuestion('which outlet was it reprinted from'))).toEqual(expect.arrayContaining(['site', 'note']));
  });

  it('reads "who wrote" as asking for the byline only', () => {
    expect(rolesAskedBy(analyseQuestion('who wrote it'))).toEqual(['byline']);
    expect(rolesAskedBy(analyseQuestion('who wrote the voa report on the kabul stop'))).toEqual(['byline']);
    expect(rolesAskedBy(analyseQuestion('who is the author of the 09/11/2020 article'))).toEqual(['byline']);
    // The last noun of the phrase is what was written (the review's cases).
    expect(rolesAskedBy(analyseQuestion('who wrote the opinion piece on the momentous afghan peace negotiations'))).toEqual(['byline']);
    expect(rolesAskedBy(analyseQuestion('who wrote the voa article'))).toEqual(['byline']);
  });

  it('answers with the page furniture only when the question asks about it', async () => {
    const kb = await KnowledgeBase.load('corpus');
    expect(answerQuestion(kb, 'is there a button to share the seligman piece on twitter').answer).toBe('Share on Twitter');
    expect(answerQuestion(kb, 'did the seligman page ask readers whether they liked the article').answer).toBe('Like this article?');
    // A question about the story is not answered by a prompt, nor are a platform's or sharing's
    // words about the page's buttons unless the page is named (the second review's cases).
    expect(answerQuestion(kb, 'what did the taliban share with the americans').sentences.every((s) => s.role !== 'furniture')).toBe(true);
    for (const q of ['what did khalilzad say on twitter', 'what did the taliban post on twitter', 'who shared the news on facebook']) {
      expect(answerQuestion(kb, q).sentences.every((s) => s.role !== 'furniture')).toBe(true);
    }
    expect(rolesAskedBy(analyseQuestion('what did khalilzad say on twitter'))).toEqual([]);
  });

  it('reads "who wrote" the story’s own writings (a newsletter, a letter) as asking for no byline', () => {
    expect(rolesAskedBy(analyseQuestion('which embassy official wrote that may 2021 newsletter'))).toEqual([]);
    expect(rolesAskedBy(analyseQuestion('who wrote the letter to the taliban'))).toEqual([]);
  });

  it('reads "the headline" as asking for the title, not "title" (an office)', async () => {
    expect(rolesAskedBy(analyseQuestion('what does the headline say'))).toEqual(['title']);
    expect(rolesAskedBy(analyseQuestion("what is Khalilzad's official title"))).toEqual([]);
    // The body says "approximately 6.8 million"; the headline "Nearly seven million".
    const kb = await KnowledgeBase.load('corpus');
    expect(answerQuestion(kb, 'roughly how many refugees does the headline say have gone back since the takeover').answer).toContain('Nearly seven million');
  });

  it('reads "date" as the page’s only when no verb of the story says what the date is of', async () => {
    expect(rolesAskedBy(analyseQuestion('what date was the voa piece published'))).toContain('dateline');
    expect(rolesAskedBy(analyseQuestion('whats the date on the voa story'))).toContain('dateline');
    expect(rolesAskedBy(analyseQuestion('what date did khalilzad fly from kabul to doha'))).toEqual([]);
    expect(rolesAskedBy(analyseQuestion('what date did the troops go into kabul'))).toEqual([]);
    expect(rolesAskedBy(analyseQuestion('on what date did the story say the talks began'))).toEqual([]);
    // Verbs of the page, or of what it shows.
    expect(rolesAskedBy(analyseQuestion('what date was this filed'))).toContain('dateline');
    expect(rolesAskedBy(analyseQuestion('what date is given at the top'))).toContain('dateline');
    // It was answered by the dateline "Published Dec 05, 2019".
    const kb = await KnowledgeBase.load('corpus');
    expect(answerQuestion(kb, 'what date did khalilzad actually fly from kabul to doha in dec 2019', { threshold: 0 }).answer).not.toMatch(/^Published/);
    expect(answerQuestion(kb, 'what date was the voa piece on khalilzad published').answer).toBe('Published Dec 05, 2019');
  });
});
