import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { answerQuestion, rankCandidates, WEIGHTS } from '../../src/answer/answerQuestion.js';
import { analyseQuestion } from '../../src/answer/questionAnalysis.js';
import { termOf } from '../../src/nlp/terms.js';

// From the SQuAD v1.1 dev article "Super_Bowl_50" (Wikipedia text).
const kb = KnowledgeBase.fromLoad({
  articles: [
    {
      id: 'superbowl',
      file: 'superbowl.txt',
      title: 'Super Bowl 50',
      paragraphs: [
        'The Broncos defeated the Pittsburgh Steelers in the divisional round, 23–16, by scoring 11 points in the final three minutes of the game. They then beat the defending Super Bowl XLIX champion New England Patriots in the AFC Championship Game, 20–18, by intercepting a pass on New England\'s 2-point conversion attempt with 17 seconds left on the clock.',
        'Denver linebacker Von Miller was named Super Bowl MVP, recording five solo tackles, 2½ sacks, and two forced fumbles.',
      ],
      extras: [],
    },
  ],
  warnings: [],
});

describe('the main sentence of a passage', () => {
  it('is the sentence leaned on when it says far more of the question than the one leaning on it', () => {
    const r = answerQuestion(kb, 'Who did the Broncos beat in the divisional round?', { threshold: 0 });
    expect(r.sentences).toHaveLength(2);
    expect(r.sentences.find((s) => !s.context)?.text).toMatch(/^The Broncos defeated the Pittsburgh Steelers/);
    expect(r.sentences.find((s) => s.context)?.text).toMatch(/^They then beat/);
    expect(r.answer).toBe(kb.sentences.filter((s) => s.paragraph === 0 && s.role === 'body').map((s) => s.text).join(' '));
  });

  it('stays the leaning sentence when that one says as much', () => {
    const r = answerQuestion(kb, 'Who did the Broncos beat in the AFC Championship Game?', { threshold: 0 });
    expect(r.sentences.find((s) => !s.context)?.text).toMatch(/^They then beat/);
  });
});

// From the SQuAD v1.1 dev article "Martin_Luther" (Wikipedia text).
const luther = KnowledgeBase.fromLoad({
  articles: [
    {
      id: 'luther',
      file: 'luther.txt',
      title: 'Martin Luther',
      paragraphs: [
        "By 1526, Luther found himself increasingly occupied in organising a new church. His Biblical ideal of congregations' choosing their own ministers had proved unworkable. According to Bainton: \"Luther's dilemma was that he wanted both a confessional church based on personal faith and experience and a territorial church including all in a given locality. If he were forced to choose, he would take his stand with the masses, and this was the direction in which he moved.\" From 1525 to 1529, he established a supervisory church body, laid down a new form of worship service, and wrote a clear summary of the new faith in the form of two catechisms. Luther's thought is revolutionary to the extent that it is a theology of the cross, the negation of every affirmation: as long as the cross is at the center, the system building tendency of reason is held in check, and system building does not degenerate into System.",
        "Luther's hymns were frequently evoked by particular events in his life and the unfolding Reformation. This behavior started with his learning of the execution of Johann Esch and Heinrich Voes, the first individuals to be martyred by the Roman Catholic Church for Lutheran views, prompting Luther to write the hymn \"Ein neues Lied wir heben an\" (\"A new song we raise\"), which is generally known in English by John C. Messenger's translation by the title and first line \"Flung to the Heedless Winds\" and sung to the tune Ibstone composed in 1875 by Maria C. Tiddeman.",
        "Luther's hymns were included in early Lutheran hymnals and spread the ideas of the Reformation. He supplied four of eight songs of the First Lutheran hymnal Achtliederbuch, 18 of 26 songs of the Erfurt Enchiridion, and 24 of the 32 songs in the first choral hymnal with settings by Johann Walter, Eyn geystlich Gesangk Buchleyn, all published in 1524.",
        "Luther's hymns inspired composers to write music. Johann Sebastian Bach included several verses as chorales in his cantatas and based chorale cantatas entirely on them, namely Christ lag in Todes Banden, BWV 4, as early as possibly 1707, in his second annual cycle (1724 to 1725) Ach Gott, vom Himmel sieh darein, BWV 2, Christ unser Herr zum Jordan kam, BWV 7, Nun komm, der Heiden Heiland, BWV 62, Gelobet seist du, Jesu Christ, BWV 91, and Aus tiefer Not schrei ich zu dir, BWV 38, later Ein feste Burg ist unser Gott, BWV 80, and in 1735 Wär Gott nicht mit uns diese Zeit, BWV 14.",
      ],
      extras: [],
    },
  ],
  warnings: [],
});

describe('an irregular verb', () => {
  it('matches its past form: "what did Luther write" is answered where he "wrote", by a clear margin', () => {
    const [best, second] = rankCandidates(luther, analyseQuestion('What did Luther write as an outline of the new faith?'));
    expect(best!.sentence.text).toMatch(/two catechisms\.$/);
    expect(luther.sentenceTerms(best!.sentence.id).has(termOf('write'))).toBe(true);
    // Without the past form the sentence about a hymn Luther wrote ("prompting Luther to write") is nearly as good.
    expect(best!.score - second!.score).toBeGreaterThan(0.2);
  });
});

// From the SQuAD v1.1 dev article "Super_Bowl_50" (Wikipedia text).
const mvp = KnowledgeBase.fromLoad({
  articles: [
    {
      id: 'superbowl',
      file: 'superbowl.txt',
      title: 'Super Bowl 50',
      paragraphs: [
        'Denver linebacker Von Miller was named Super Bowl MVP, recording five solo tackles, 2½ sacks, and two forced fumbles.',
        'No plans were announced regarding the recognition of Harvey Martin, co-MVP of Super Bowl XII, who died in 2001.',
        'The Broncos defeated the Pittsburgh Steelers in the divisional round, 23–16, by scoring 11 points in the final three minutes of the game.',
      ],
      extras: [],
    },
  ],
  warnings: [],
});

describe('a question word found only in another form', () => {
  const scoreOf = (question: string, start: string, otherForm: number) => {
    const saved = WEIGHTS.otherForm;
    WEIGHTS.otherForm = otherForm;
    try {
      return rankCandidates(mvp, analyseQuestion(question)).find((c) => c.sentence.text.startsWith(start))!.score;
    } finally {
      WEIGHTS.otherForm = saved;
    }
  };

  it('counts for less when it is a noun: "the Super Bowl 50 MVP" is the MVP, not a co-MVP', () => {
    const r = answerQuestion(mvp, 'Who was the Super Bowl 50 MVP?', { threshold: 0 });
    expect(r.sentences.find((s) => !s.context)?.text).toMatch(/^Denver linebacker Von Miller/);
    expect(scoreOf('Who was the Super Bowl 50 MVP?', 'No plans', WEIGHTS.otherForm)).toBeLessThan(scoreOf('Who was the Super Bowl 50 MVP?', 'No plans', 0));
  });

  it('counts fully when it is a verb: "who did the Broncos defeat" asks about "the Broncos defeated"', () => {
    const q = 'Who did the Broncos defeat in the divisional round?';
    expect(scoreOf(q, 'The Broncos defeated', WEIGHTS.otherForm)).toBe(scoreOf(q, 'The Broncos defeated', 0));
  });
});

// Constructed after a BBC headline that lost to a rugby report (the stemmer makes "ads" and
// "added" one term; their lemmas differ).
const row = KnowledgeBase.fromLoad({
  articles: [
    { id: 'rugby', file: 'rugby.txt', title: 'Irish edge past Saints', paragraphs: ['"The back row played some fantastic rugby," he added.'], extras: [] },
    { id: 'ads', file: 'ads.txt', title: 'File-sharing networks', paragraphs: ['A row is brewing between music firms and the networks over the ads placed on file-sharing services, which pay for them.'], extras: [] },
  ],
  warnings: [],
});

describe('a question word the sentence has only as a verb of another lemma', () => {
  it('does not count as the same word ("row over ads" is not "… he added")', () => {
    const r = answerQuestion(row, 'what is the row over ads', { threshold: 0 });
    expect(r.sources[0]?.id).toBe('ads');
  });
});
