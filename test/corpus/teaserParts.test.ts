import { describe, expect, it } from 'vitest';
import { classifyLine, teaserParts } from '../../src/corpus/lineKinds.js';

describe('teaserParts', () => {
  it('cuts a teaser line’s section label and keeps its age, glued as the page glued it', () => {
    // Lines of shipped 000's "Latest News" list.
    expect(teaserParts('Latest News3 days agoJapan allocates nearly $20 million in humanitarian aid for Afghanistan')).toEqual({
      age: '3 days ago',
      text: '3 days agoJapan allocates nearly $20 million in humanitarian aid for Afghanistan',
    });
    expect(teaserParts('Health5 days agoAfghanistan seeks India’s support in standardizing traditional medicine')?.age).toBe('5 days ago');
    expect(teaserParts('Latest News1 day agoAfghanistan signs 30-year deal for marble mining in Daikundi')?.age).toBe('1 day ago');
    // Spaced, with no label, or "an hour".
    expect(teaserParts('World 2 hours ago Talks resume in Doha')).toEqual({ age: '2 hours ago', text: '2 hours ago Talks resume in Doha' });
    expect(teaserParts('an hour agoTalks resume in Doha')).toEqual({ age: 'an hour ago', text: 'an hour agoTalks resume in Doha' });
  });

  it('reads no age from a line that is no teaser', () => {
    expect(teaserParts('The talks began three days ago in Doha.')).toBeUndefined();
    expect(classifyLine('The talks began three days ago in Doha.')).toBe('text');
    // BBC sport/210's opening sentence: prose, though it starts with an age and a capital.
    expect(classifyLine('65 years ago Bernardo Gandulla left Boca Juniors in his native Argentina and headed for Brazil.')).toBe('text');
    expect(classifyLine('Latest News3 days agoJapan allocates nearly $20 million in humanitarian aid for Afghanistan')).toBe('teaser');
    // A glued age, a question or no full stop: a headline still (the second review's cases).
    expect(classifyLine('5 hours agoKabul residents say prices have doubled.')).toBe('teaser');
    expect(classifyLine('3 days agoCan Afghanistan’s peace talks survive another winter?')).toBe('teaser');
  });
});
