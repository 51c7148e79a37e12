import { describe, expect, it } from 'vitest';
import { inPeriod, topicPeriod } from '../../src/timeline/topicPeriod.js';

/** The dates a topic's period keeps among these. */
const DATES = ['2018', '2018-12-31', '2019', '2019-03', '2019-12-05', '2020', '2020-02', '2020-09-23', '2021-05-03'];
const kept = (topic: string) => {
  const p = topicPeriod(topic);
  return p && DATES.filter((d) => inPeriod(d, p));
};

describe('topicPeriod', () => {
  it.each([
    ['2019', ['2019', '2019-03', '2019-12-05'], ''],
    ['in 2020', ['2020', '2020-02', '2020-09-23'], ''],
    ['December 2019', ['2019-12-05'], ''],
    ['dec. 2019', ['2019-12-05'], ''],
    ['2020-09', ['2020-09-23'], ''],
    ['sept 23 2020', ['2020-09-23'], ''],
    ['September 23rd, 2020', ['2020-09-23'], ''],
    ['23 September 2020', ['2020-09-23'], ''],
    ['ceasefire talks in 2020', ['2020', '2020-02', '2020-09-23'], 'ceasefire talks'],
    ['Khalilzad december 2019 Kabul', ['2019-12-05'], 'Khalilzad Kabul'],
  ])('reads %s as a period', (topic, dates, rest) => {
    expect(kept(topic)).toEqual(dates);
    expect(topicPeriod(topic)!.rest).toBe(rest);
  });

  it.each([
    ['before 2020', ['2018', '2018-12-31', '2019', '2019-03', '2019-12-05']],
    ['after 2019', ['2020', '2020-02', '2020-09-23', '2021-05-03']],
    ['since 2020', ['2020', '2020-02', '2020-09-23', '2021-05-03']],
    ['until 2018', ['2018', '2018-12-31']],
    ['after february 2020', ['2020-09-23', '2021-05-03']],
    ['2019-20', ['2019', '2019-03', '2019-12-05', '2020', '2020-02', '2020-09-23']],
    ['2019 to 2020', ['2019', '2019-03', '2019-12-05', '2020', '2020-02', '2020-09-23']],
    ['between 2018 and 2019', ['2018', '2018-12-31', '2019', '2019-03', '2019-12-05']],
    ['from march 2019 to february 2020', ['2019-03', '2019-12-05', '2020', '2020-02']],
  ])('reads the bound or range %s', (topic, dates) => {
    expect(kept(topic)).toEqual(dates);
    expect(topicPeriod(topic)!.rest).toBe('');
  });

  it('reads no period in other numbers, names with numbers, or days that are none', () => {
    expect(topicPeriod('the 350,000 afghan forces')).toBeUndefined();
    expect(topicPeriod('28 policemen')).toBeUndefined();
    expect(topicPeriod('covid-19')).toBeUndefined();
    expect(topicPeriod('Super Bowl 50')).toBeUndefined();
    expect(topicPeriod('the 1990s')).toBeUndefined();
    expect(topicPeriod('2020-09-31')).toBeUndefined();
    expect(topicPeriod('february 30 2020')).toBeUndefined();
    // "2019-12" is a month, not a range to 2012.
    expect(kept('2019-12')).toEqual(['2019-12-05']);
  });
});
