import { describe, expect, it } from 'vitest';
import { plainChatText, plainOption } from '../../src/commands/chatMarkup.js';

describe('plainChatText', () => {
  it('drops mentions, custom emoji, command mentions and @everyone / @here', () => {
    expect(plainChatText('<@123> <@!45> <@&67> <#89> who flew to Doha? <:pepe:12345> <a:wave:678> </ask:999> @everyone @here')).toBe('who flew to Doha?');
  });

  it('unwraps spoilers, bold, underline, strike-through and code, layers included, keeping the words', () => {
    expect(plainChatText('||who|| **flew** __to__ ~~the~~ `Doha` ```talks``` ***__Khalilzad__***')).toBe('who flew to the Doha talks Khalilzad');
  });

  it('leaves an address or a word that only contains "@here" alone, and drops the other markup Discord has', () => {
    expect(plainChatText('mail foo@here.com or @everyone')).toBe('mail foo@here.com or');
    expect(plainChatText('<id:customize> who ***flew*** to [Doha](<https://example.org/d>)')).toBe('who flew to Doha');
    expect(plainChatText('-# small print\nwho flew')).toBe('small print who flew');
  });

  it('keeps single marks that may belong to words, and ordinary punctuation', () => {
    expect(plainChatText("what's the U.S. plan for 2021 (and after)? a*b snake_case")).toBe("what's the U.S. plan for 2021 (and after)? a*b snake_case");
  });

  it('reads a timestamp as its day, a masked link as its label, and drops quote and heading marks', () => {
    expect(plainChatText('> what happened on <t:1599782400:D>')).toBe('what happened on 2020-09-11');
    expect(plainChatText('# who wrote [the VOA piece](https://www.voanews.com/x)')).toBe('who wrote the VOA piece');
  });

  it('gives undefined for an option that is missing or only markup', () => {
    const options = (v: Record<string, string>) => ({ getString: (n: string) => v[n] ?? null });
    expect(plainOption(options({}), 'question')).toBeUndefined();
    expect(plainOption(options({ question: '<@123> <:x:1>' }), 'question')).toBeUndefined();
    expect(plainOption(options({ question: ' <@123> who **flew** to Doha ' }), 'question')).toBe('who flew to Doha');
  });
});
