import { describe, expect, it } from 'vitest';
import { canonicalSpeaker, speakerMatches, surname } from '../../src/quotes/speakers.js';
import { spellOutSpeaker } from '../../src/answer/chatShorthand.js';

describe('surname', () => {
  it('takes the last name token, ignoring titles, honorifics and possessives', () => {
    expect(surname('Zalmay Khalilzad')).toBe('Khalilzad');
    expect(surname('Mr. Khalilzad')).toBe('Khalilzad');
    expect(surname('Haji Mohammad Ismail')).toBe('Ismail');
    expect(surname('Gen. Frank McKenzie')).toBe('McKenzie');
    expect(surname('Khalilzad’s')).toBe('Khalilzad');
    expect(surname('Khalilzad')).toBe('Khalilzad');
  });
});

describe('canonicalSpeaker', () => {
  const known = ['Zalmay Khalilzad', 'Khalilzad', 'Mr. Khalilzad', 'Haji Mohammad Ismail', 'Ismail'];
  it('maps every form of a name to the longest full form seen in the article', () => {
    expect(canonicalSpeaker('Khalilzad', known)).toBe('Zalmay Khalilzad');
    expect(canonicalSpeaker('Mr. Khalilzad', known)).toBe('Zalmay Khalilzad');
    expect(canonicalSpeaker('Zalmay Khalilzad', known)).toBe('Zalmay Khalilzad');
    expect(canonicalSpeaker('Ismail', known)).toBe('Haji Mohammad Ismail');
  });
  it('treats spelling variants of the given name as the same person', () => {
    expect(canonicalSpeaker('Zalmai Khalilzad', known)).toBe('Zalmay Khalilzad');
  });
  it('drops courtesy titles when no fuller form is known', () => {
    expect(canonicalSpeaker('Mr. Khalilzad', [])).toBe('Khalilzad');
  });
  it('does not merge different people who share a surname', () => {
    expect(canonicalSpeaker('Ashraf Ghani', ['Hamid Ghani'])).toBe('Ashraf Ghani');
  });
  it('keeps role nouns as written', () => {
    expect(canonicalSpeaker('one recipient', known)).toBe('one recipient');
  });
});

describe('one person under an office written before the name (BBC News)', () => {
  it('"Chancellor Gordon Brown" is Gordon Brown, "Foreign Secretary Jack Straw" Jack Straw — not Nick Brown', () => {
    expect(speakerMatches('Gordon Brown', 'Chancellor Gordon Brown')).toBe(true);
    expect(speakerMatches('Jack Straw', 'Foreign Secretary Jack Straw')).toBe(true);
    expect(speakerMatches('David Davis', 'Shadow Home Secretary David Davis')).toBe(true);
    expect(speakerMatches('Nick Brown', 'Chancellor Gordon Brown')).toBe(false);
  });
});

describe('speakerMatches', () => {
  it('matches a role speaker by whole words, not letters', () => {
    // A speaker "a" was inside every name with an "a" (BBC: /quote speaker:Richard Parsons).
    expect(speakerMatches('Richard Parsons', 'a')).toBe(false);
    expect(speakerMatches('spokesman', 'the Taliban spokesman')).toBe(true);
    expect(speakerMatches('the taliban spokesman', 'spokesman')).toBe(true);
    expect(speakerMatches('man', 'the Taliban spokesman')).toBe(false);
  });

  it('is case- and accent-insensitive and accepts the surname alone', () => {
    expect(speakerMatches('Khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('KHALÍLZAD', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('Zalmay Khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('Mr. Khalilzad', 'Zalmay Khalilzad')).toBe(true);
  });
  it('reads "the" before a name and chat shorthand as typed ("the taliban", "state dept")', () => {
    expect(speakerMatches('the taliban', 'Taliban militants')).toBe(true);
    expect(speakerMatches('the taliban', 'the Taliban')).toBe(true);
    expect(speakerMatches('state dept', 'the State Department statement')).toBe(true);
    expect(speakerMatches('the taliban', 'Zalmay Khalilzad')).toBe(false);
    // A plural clipped from the name, as chat writes it.
    expect(speakerMatches('the talibs', 'Taliban')).toBe(true);
    expect(speakerMatches('talibs', 'Taliban militants')).toBe(true);
    expect(speakerMatches('tals', 'Taliban')).toBe(false);
    // Not a person's name (the second review's case): "roberts" is not Hugh Robertson.
    expect(speakerMatches('roberts', 'Hugh Robertson')).toBe(false);
    // "w" in a name is an initial, not "with".
    expect(spellOutSpeaker('george w bush')).toBe('george w bush');
    expect(spellOutSpeaker('state dept')).toBe('state department');
    expect(speakerMatches('State Dept.', 'the State Department statement')).toBe(true);
    // Only office shorthand: names are not words of the question table (the review's cases).
    expect(speakerMatches('wen jiabao', 'Wen Jiabao')).toBe(true);
    expect(spellOutSpeaker('gov schwarzenegger')).toBe('gov schwarzenegger');
  });
  it('does not take someone\'s aides for them ("Ghani’s aides" is no answer to "ghani")', () => {
    expect(speakerMatches('ghani', 'Ghani’s aides')).toBe(false);
    expect(speakerMatches('Ashraf Ghani', 'President Ashraf Ghani’s aides')).toBe(false);
    expect(speakerMatches("ghani's aides", 'Ghani’s aides')).toBe(true);
    expect(speakerMatches('aides', 'Ghani’s aides')).toBe(true);
    expect(speakerMatches('taliban official', 'a Taliban official')).toBe(true);
  });

  it('finds a role by its head before "of" ("refugees minister" is the Minister of Refugees and Repatriation)', () => {
    expect(speakerMatches('refugees minister', 'the Minister of Refugees and Repatriation')).toBe(true);
    expect(speakerMatches('minister', 'the Minister of Refugees and Repatriation')).toBe(true);
    expect(speakerMatches('minister of refugees', 'the Minister of Refugees and Repatriation')).toBe(true);
    expect(speakerMatches('health minister', 'the Minister of Refugees and Repatriation')).toBe(false);
    expect(speakerMatches('refugees', 'the Minister of Refugees and Repatriation')).toBe(true);
  });

  it('matches given-name spelling variants on the surname', () => {
    expect(speakerMatches('Zalmai Khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('Haji Mohammad Ismail', 'Haji Mohammad Ismail')).toBe(true);
    expect(speakerMatches('Ismail', 'Haji Mohammad Ismail')).toBe(true);
    expect(speakerMatches('Muhammad Ismail', 'Haji Mohammad Ismail')).toBe(true);
  });
  it('matches a given name typed alone, in any of its spellings', () => {
    expect(speakerMatches('zalmay', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('Zalmai', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('Muhammad', 'Haji Mohammad Ismail')).toBe(true);
    // An honorific is no given name; other names close in spelling are other names.
    expect(speakerMatches('Haji', 'Haji Mohammad Ismail')).toBe(false);
    expect(speakerMatches('Mahmoud', 'Haji Mohammad Ismail')).toBe(false);
    expect(speakerMatches('zelma', 'Zalmay Khalilzad')).toBe(false);
    expect(speakerMatches('kate', 'Kit Harington')).toBe(false);
    expect(speakerMatches('hilario', 'Hillary Clinton')).toBe(false);
  });
  it('rejects other people', () => {
    expect(speakerMatches('Pompeo', 'Zalmay Khalilzad')).toBe(false);
    expect(speakerMatches('Ashraf Ghani', 'Hamid Ghani')).toBe(false);
    expect(speakerMatches('Zalmay', 'Haji Mohammad Ismail')).toBe(false);
    expect(speakerMatches('', 'Zalmay Khalilzad')).toBe(false);
  });
  it('matches role speakers by their words', () => {
    expect(speakerMatches('one recipient', 'one recipient')).toBe(true);
    expect(speakerMatches('recipient', 'one recipient')).toBe(true);
    expect(speakerMatches('Khalilzad', 'one recipient')).toBe(false);
  });
  it('reads an office typed before the name as no given name', () => {
    expect(speakerMatches('us envoy khalilzad', 'Zalmay Khalilzad')).toBe(true);
    expect(speakerMatches('President Ghani', 'Ashraf Ghani')).toBe(true);
    expect(speakerMatches('Former Secretary of State Hillary Clinton', 'Hillary Clinton')).toBe(true);
    expect(speakerMatches('us envoy khalilzad', 'Ashraf Ghani')).toBe(false);
    expect(speakerMatches('President Ghani', 'Hamid Karzai')).toBe(false);
  });
  it('matches a role by its head noun, singular or plural, unless the speaker is another kind of it', () => {
    expect(speakerMatches('aid recipient', 'one recipient')).toBe(true);
    expect(speakerMatches('recipients', 'one recipient')).toBe(true);
    expect(speakerMatches('Taliban official', 'a Taliban official')).toBe(true);
    expect(speakerMatches('Taliban official', 'a U.S. official')).toBe(false);
    expect(speakerMatches('aid recipient', 'one resident')).toBe(false);
  });
});
