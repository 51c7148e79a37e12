import { describe, expect, it } from 'vitest';
import { leansToPlace } from '../../src/answer/nameKind.js';

describe('leansToPlace', () => {
  it('tells the places of the corpus from its people by their word vectors', () => {
    for (const place of ['Kabul', 'Istanbul', 'Afghanistan', 'Turkey']) expect(leansToPlace(place), place).toBe(true);
    for (const person of ['Pompeo', 'Khalilzad', 'Clinton', 'McKenzie', 'Abdullah']) expect(leansToPlace(person), person).toBe(false);
  });

  it('does not exclude organisations, and knows nothing of words the table lacks', () => {
    expect(leansToPlace('Taliban')).toBe(false);
    expect(leansToPlace('Daikundi')).toBeUndefined();
  });
});
