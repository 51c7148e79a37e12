import { describe, expect, it } from 'vitest';
import { inPeriod, topicPeriod } from '../../src/timeline/topicPeriod.js';

describe('topicPeriod', () => {
  it.each([
    ['2019', '2019', ''],
    ['in 2020', '2020', ''],
    ['December 2019', '2019-12', ''],
    ['dec. 2019', '2019-12', ''],
    ['september of 2021', '2021-09', ''],
    ['2020-09', '2020-09', ''],
    ['sept 23 2020', '2020-09-23', ''],
    ['September 23rd, 2020', '2020-09-23', ''],
    ['23 September 2020', '2020-09-23', ''],
    ['2019-12-05', '2019-12-05', ''],
    ['ceasefire talks in 2020', '2020', 'ceasefire talks'],
    ['Khalilzad december 2019 Kabul', '2019-12', 'Khalilzad Kabul'],
  ])('reads %s as %s', (topic, period, rest) => {
    expect(topicPeriod(topic)).toEqual({ period, rest });
  });

  it('reads no period in other numbers or impossible days', () => {
    expect(topicPeriod('the 350,000 afghan forces')).toBeUndefined();
    expect(topicPeriod('28 policemen')).toBeUndefined();
    expect(topicPeriod('february 30 2020')).toEqual({ period: '2020', rest: 'february 30' });
  });

  it('places a date in a period by its prefix', () => {
    expect(inPeriod('2019-12-05', '2019')).toBe(true);
    expect(inPeriod('2019-12', '2019-12')).toBe(true);
    expect(inPeriod('2019', '2019-12')).toBe(false);
    expect(inPeriod('2020-01-01', '2019')).toBe(false);
  });
});
