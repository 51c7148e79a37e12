import { describe, expect, it } from 'vitest';
import { holdsRole, roleLinksOf, roleQuery } from '../../src/quotes/roleHolders.js';

// Sentences of the shipped corpus (000, 001, 003, 004).
const links = roleLinksOf([
  'Zalmay Khalilzad, the U.S. envoy for Afghanistan, has predicted the Taliban will not accept a permanent truce.',
  'Haji Mohammad Ismail, Deputy Head of Bayat Foundation, said the distribution began in Kabul and will soon be expanded to other provinces.',
  'Khalilzad held talks with Afghan President Ashraf Ghani and other senior officials before flying to Doha.',
  'Secretary of State Mike Pompeo flew to Doha, Qatar, Thursday for the start of the discussions.',
  'Since the Islamic Emirate came to power, approximately 6.8 million Afghans have returned home, according to the Minister of Refugees and Repatriation.',
]);

describe('roleLinksOf', () => {
  it('reads the roles an article gives named people: appositives and titles before the name', () => {
    expect(links.map((l) => [l.words.join(' '), l.head, l.name])).toEqual([
      ['us envoy for afghanistan', 'envoy', 'Zalmay Khalilzad'],
      ['deputy head of bayat foundation', 'head', 'Haji Mohammad Ismail'],
      ['afghan president', 'presid', 'Ashraf Ghani'],
      ['secretary of state', 'secretari', 'Mike Pompeo'],
    ]);
  });
});

describe('roleLinksOf on BBC-like sentences', () => {
  it('takes no clause for an appositive, and no title before "of" for the name after it', () => {
    const names = (text: string) => roleLinksOf([text]).map((l) => `${l.words.join(' ')}→${l.name}`);
    expect(names('Tony Blair, who met the US president on Monday, said the talks went well.')).toEqual([]);
    expect(names('Mr Smith, whose wife is a doctor, was not available.')).toEqual([]);
    expect(names('Tim Osborne, head of Yukos, said the company would appeal.')).toEqual(['head of yukos→Tim Osborne']);
  });
});

describe('roleQuery and holdsRole', () => {
  const holders = (speaker: string) => {
    const q = roleQuery(speaker);
    return q ? links.filter((l) => holdsRole(l, q)).map((l) => l.name) : undefined;
  };

  it('finds who holds a role typed as a speaker, its other words among the role’s', () => {
    expect(holders('us envoy')).toEqual(['Zalmay Khalilzad']);
    expect(holders('the envoy')).toEqual(['Zalmay Khalilzad']);
    expect(holders('the afghan president')).toEqual(['Ashraf Ghani']);
    expect(holders('secretary of state')).toEqual(['Mike Pompeo']);
    expect(holders('bayat deputy head')).toEqual(['Haji Mohammad Ismail']);
    expect(holders('un envoy')).toEqual([]);
    expect(holders('us president')).toEqual([]);
  });

  it('takes no holder of another rank: a vice president is no president, a former secretary of state none now', () => {
    const rank = roleLinksOf([
      'Jim Lanzone, vice president of search properties at Ask Jeeves in the US, said the deal was done.',
      'Deputy Prime Minister John Prescott said the plan would go ahead.',
      'Former Secretary of State Hillary Clinton said the plan was a mistake.',
    ]);
    const held = (speaker: string) => rank.filter((l) => holdsRole(l, roleQuery(speaker)!)).map((l) => l.name);
    expect(held('us president')).toEqual([]);
    expect(held('vice president')).toEqual(['Jim Lanzone']);
    expect(held('prime minister')).toEqual([]);
    expect(held('deputy prime minister')).toEqual(['John Prescott']);
    expect(held('secretary of state')).toEqual([]);
    expect(held('former secretary of state')).toEqual(['Hillary Clinton']);
  });

  it('reads a name, or a role with a name after it, as no role', () => {
    expect(roleQuery('Khalilzad')).toBeUndefined();
    expect(roleQuery('us envoy khalilzad')).toBeUndefined();
    expect(roleQuery('us')).toBeUndefined();
  });
});
