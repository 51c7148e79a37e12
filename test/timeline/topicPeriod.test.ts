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
    ['from march 2019 to february 2020', ['2019-03', '2019-12-05', '2020-02']],
  ])('reads the bound or range %s', (topic, dates) => {
    expect(kept(topic)).toEqual(dates);
    expect(topicPeriod(topic)!.rest).toBe('');
  });

  it('keeps an event only when its date lies wholly in the period', () => {
    // "2005" alone is neither before nor since March 2005.
    expect(inPeriod('2005', topicPeriod('before march 2005')!)).toBe(false);
    expect(inPeriod('2005', topicPeriod('since march 2005')!)).toBe(false);
    expect(inPeriod('2005-02', topicPeriod('before march 2005')!)).toBe(true);
    expect(inPeriod('2005-03-02', topicPeriod('since march 2005')!)).toBe(true);
  });

  it('reads no period in other numbers, names with numbers, or days that are none', () => {
    expect(topicPeriod('the 350,000 afghan forces')).toBeUndefined();
    expect(topicPeriod('28 policemen')).toBeUndefined();
    expect(topicPeriod('covid-19')).toBeUndefined();
    expect(topicPeriod('Super Bowl 50')).toBeUndefined();
    expect(topicPeriod('the 1990s')).toBeUndefined();
    expect(topicPeriod('2020-09-31')).toBeUndefined();
    expect(topicPeriod('february 30 2020')).toBeUndefined();
    // "2019-12" is a month, not a range to 2012; "2004-05" May 2004, "2004–05" (en dash) a season.
    expect(kept('2019-12')).toEqual(['2019-12-05']);
    expect(topicPeriod('2004-12')).toMatchObject({ from: '2004-12' });
    expect(topicPeriod('2004-05')).toMatchObject({ from: '2004-05' });
    expect(topicPeriod('2004–05')).toMatchObject({ from: '2004', until: '2005\uffff' });
    // "and" makes a range only after "between"; a stray number is no end of one; "2019-nCoV" no year.
    expect(topicPeriod('elections 2001 and 2005')).toMatchObject({ from: '2001', until: '2001\uffff' });
    expect(topicPeriod('tsunami 2004 and 50 countries')).toMatchObject({ from: '2004', until: '2004\uffff' });
    expect(topicPeriod('2019-nCoV')).toBeUndefined();
  });
});
