import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/index/KnowledgeBase.js';
import { hasTeaserAge, isTeaserAge } from '../../src/nlp/teaserAge.js';

describe('teaser ages', () => {
  const kb = KnowledgeBase.fromLoad({
    articles: [
      {
        id: 'p.txt',
        file: 'p.txt',
        title: 'Talks resume',
        paragraphs: ['The talks resumed in Doha on Monday after a week of delays.'],
        extras: [
          { kind: 'related', text: '3 days agoJapan pledges new aid to Kabul. Tokyo says more will follow.', age: '3 days ago' },
          { kind: 'related', text: 'Council elects new speaker' },
        ],
      },
    ],
    warnings: [],
  });
  const article = kb.article('p.txt')!;
  const related = kb.sentences.filter((s) => s.role === 'related');

  it('marks the age and the first headline sentence after it, nothing else', () => {
    expect(related.map((s) => [s.text, isTeaserAge(article, s), hasTeaserAge(article, s)])).toEqual([
      ['3 days ago', true, false],
      ['Japan pledges new aid to Kabul.', false, true],
      ['Tokyo says more will follow.', false, false],
      ['Council elects new speaker', false, false],
    ]);
  });
});
