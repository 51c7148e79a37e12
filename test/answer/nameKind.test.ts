import { describe, expect, it } from 'vitest';
import { leansAwayFromPerson, leansToPerson, leansToPlace } from '../../src/answer/nameKind.js';

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

describe('leansAwayFromPerson and leansToPerson', () => {
  it('puts bodies and places away from people, for questions that ask for one person', () => {
    for (const body of ['Taliban', 'Delhi', 'PBS', 'Spiegel']) expect(leansAwayFromPerson(body), body).toBe(true);
    for (const person of ['Karzai', 'Ghani', 'Goren', 'Khalilzad']) expect(leansAwayFromPerson(person), person).toBe(false);
  });

  it('knows first names as people', () => {
    for (const name of ['John', 'Abdullah', 'Mohammad']) expect(leansToPerson(name), name).toBe(true);
    for (const other of ['Delhi', 'Taliban', 'Fox']) expect(leansToPerson(other), other).toBe(false);
  });
});
