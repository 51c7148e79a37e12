import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';

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
