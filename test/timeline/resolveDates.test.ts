import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDates } from '../../src/timeline/resolveDates.js';
import type { ResolvedDate } from '../../src/timeline/types.js';

function one(sentence: string, published: string | undefined): ResolvedDate {
  const r = resolveDates(sentence, published);
  expect(r).toHaveLength(1);
  const d = r[0]!;
  expect(sentence.slice(d.start, d.end)).toBe(d.text);
  return d;
}

function dates(sentence: string, published: string | undefined): string[] {
  return resolveDates(sentence, published).map((r) => `${r.date}/${r.precision}`);
}

describe('explicit dates (day precision)', () => {
  it('resolves month-name dates with a year, with or without publication date', () => {
    const s =
      'Daesh has a history of deadly attacks in Turkey, including the January 1, 2017 shooting at an Istanbul nightclub that killed 39 people.';
    for (const pub of [undefined, '2025-12-01']) {
      const d = one(s, pub);
      expect(d).toMatchObject({ date: '2017-01-01', precision: 'day', text: 'January 1, 2017' });
    }
    expect(one('Published Dec 05, 2019', undefined)).toMatchObject({ date: '2019-12-05', text: 'Dec 05, 2019' });
  });
  it('reads numeric dates in US order', () => {
    expect(one('By Lara Seligman 09/11/2020 12:40 PM EDT', undefined)).toMatchObject({
      date: '2020-09-11',
      precision: 'day',
      text: '09/11/2020',
    });
  });
  it('reads four figures before GMT or "local time" as a time of day, not a year (BBC business/404)', () => {
    expect(resolveDates('Shares had fallen 6.87% by 1830 GMT.', undefined)).toEqual([]);
    expect(resolveDates('The talks resumed at 0900 local time.', undefined)).toEqual([]);
    expect(resolveDates('The plant will close by 2004 at the latest.', undefined).map((r) => r.date)).toEqual(['2004']);
    // …while a year before "PM" or a zone word in lower case stays one.
    expect(resolveDates('In 2005 PM Tony Blair won a third term.', undefined).map((r) => r.date)).toEqual(['2005']);
    expect(resolveDates('Since 2019 PM Imran Khan has visited Kabul twice.', undefined).map((r) => r.date)).toEqual(['2019']);
  });

  it('handles "September 11 of 2021"', () => {
    const s =
      'Meanwhile, Former Secretary of State Hillary Clinton has said that Biden’s plan to withdraw all US troops from Afghanistan by September 11 of 2021, could have severe implications for the Taliban.';
    expect(one(s, '2021-05-04')).toMatchObject({ date: '2021-09-11', precision: 'day', text: 'September 11 of 2021' });
  });
  it('handles weekday + ordinal, ISO and day-month-year', () => {
    expect(one('Peace Tuesday May 4th, 2021 0 Views', undefined)).toMatchObject({ date: '2021-05-04', text: 'Tuesday May 4th, 2021' });
    expect(one('The report was filed on 2021-05-04 in Kabul.', undefined).date).toBe('2021-05-04');
    expect(one('The meeting took place on 5 May 2021 in Doha.', undefined).date).toBe('2021-05-05');
    expect(one('It happened on the 4th of May, 2021.', undefined).date).toBe('2021-05-04');
    expect(one('The attack happened on Sept. 11, 2001.', undefined)).toMatchObject({ date: '2001-09-11', text: 'Sept. 11, 2001' });
  });
});

describe('holidays', () => {
  it('dates a holiday named as a time, placed like a month-day without a year', () => {
    const s =
      'Khalilzad’s visit comes just days after Trump visited U.S. troops in Afghanistan for the Thanksgiving holiday, when he indicated a resumption of peace talks with the Taliban was possible.';
    // The fourth Thursday of November 2019, before the article's 5 December.
    expect(one(s, '2019-12-05')).toMatchObject({ date: '2019-11-28', precision: 'day', text: 'Thanksgiving' });
    expect(one('The show’s highest audience came at Christmas 1986, when more than 30 million tuned in.', undefined).date).toBe('1986-12-25');
    expect(one('The album will be released before Easter.', '2005-01-10').date).toBe('2005-03-27');
    expect(dates('He was injured on Boxing Day and missed the match on New Year’s Day.', '2005-01-20')).toEqual(['2004-12-26/day', '2005-01-01/day']);
  });

  it('dates nothing where the holiday names a thing, not a time', () => {
    expect(resolveDates('Christmas sales were weak, and an electronic Christmas card went viral.', '2005-01-10')).toEqual([]);
    expect(resolveDates('Gerry Easter and Father Christmas were there.', '2005-01-10')).toEqual([]);
  });
});

describe('month-day without a year', () => {
  it('takes the nearest past date on or before publication', () => {
    const s =
      'On September 23, the Taliban launched a wave of attacks on security checkpoints in southern Afghanistan overnight, killing a total of 28 Afghan policemen, officials said.';
    expect(one(s, '2020-09-27')).toMatchObject({ date: '2020-09-23', precision: 'day', text: 'September 23' });
    expect(one('Taliban militants on September 26 claimed to have killed an unspecified number of troops.', '2020-09-27').date).toBe(
      '2020-09-26',
    );
    expect(one('U.S. peace envoy Zalmay Khalilzad arrived in Kabul on December 4 at the start of his latest round of talks.', '2019-12-05').date).toBe(
      '2019-12-04',
    );
    // a date months after publication without a future cue belongs to the previous year
    expect(one('The envoy arrived in Kabul on November 20.', '2020-09-27').date).toBe('2019-11-20');
  });
  it('takes the next one with a future verb', () => {
    expect(one('The talks will resume on January 5.', '2020-09-27').date).toBe('2021-01-05');
    expect(one('The conference is expected to open on October 2.', '2020-09-27').date).toBe('2020-10-02');
    expect(one('The vote is scheduled for March 3.', '2020-09-27').date).toBe('2021-03-03');
  });
  it('keeps a date a few days after publication in the same year', () => {
    expect(one('The meeting on September 30 is the first in months.', '2020-09-27').date).toBe('2020-09-30');
  });
  it('reads the tense of the clause that holds the date', () => {
    expect(dates('Khalilzad said on Friday that talks will begin on Monday.', '2020-09-09')).toEqual([
      '2020-09-04/day',
      '2020-09-14/day',
    ]);
  });
});

describe('relative days', () => {
  const pub = '2020-09-11'; // a Friday
  it('resolves weekdays to the most recent one on or before publication', () => {
    expect(one('Secretary of State Mike Pompeo flew to Doha, Qatar, Thursday for the start of the discussions.', pub).date).toBe('2020-09-10');
    expect(one('Khalilzad told reporters Friday, noting that the discussions were long.', pub).date).toBe('2020-09-11');
    expect(one('The envoy met officials on Monday.', pub).date).toBe('2020-09-07');
    expect(one('The envoy met officials last Friday.', pub).date).toBe('2020-09-04');
  });
  it('resolves weekdays forward with a future verb', () => {
    expect(one('The envoy will meet officials on Monday.', pub).date).toBe('2020-09-14');
    expect(one('They meet again next Friday.', pub).date).toBe('2020-09-18');
  });
  it('resolves yesterday, today, tomorrow', () => {
    expect(one('The envoy arrived yesterday.', pub).date).toBe('2020-09-10');
    expect(one('“Today, we started distributing these items in Kabul’s fifth district,” he said.', pub)).toMatchObject({
      date: '2020-09-11',
      text: 'Today',
    });
    const s = '“Tomorrow is a momentous day for Afghanistan,” Khalilzad told reporters Friday, noting that the discussions in Qatar will include four women.';
    expect(dates(s, pub)).toEqual(['2020-09-12/day', '2020-09-11/day']);
  });
  it('reads "a day ahead of X" as dating X (publication + 1)', () => {
    const s =
      'Zalmay Khalilzad, the U.S. representative for Afghanistan reconciliation, said he is cautiously optimistic a day ahead of the start of long-anticipated peace talks between the Taliban and the Afghan government.';
    expect(one(s, pub)).toMatchObject({ date: '2020-09-12', precision: 'day', text: 'a day ahead of', mainClauseOn: '2020-09-11' });
    // The main clause's day is given by the sentence itself: nothing to add.
    expect(resolveDates('On Monday, a day ahead of the talks, the envoy arrived.', pub).every((d) => d.mainClauseOn === undefined)).toBe(true);
    expect(one('Police said the bombing came a day after the election.', pub).date).toBe('2020-09-10');
    // anchored on another day in the sentence when there is one
    expect(dates('On Monday, a day ahead of the talks, the envoy arrived.', pub)).toEqual(['2020-09-07/day', '2020-09-08/day']);
    // X itself a date: only X is resolved
    expect(dates('He arrived a day before September 11, 2020.', pub)).toEqual(['2020-09-11/day']);
  });
  it('dates a week by its month, never by a day (no honest day precision)', () => {
    // pub is Friday 11 September 2020: this week 7-13, last week 31 August - 6 September, next week 14-20.
    expect(dates('Gen. Frank McKenzie said this week.', pub)).toEqual(['2020-09/month']);
    expect(dates('Talks stalled last week and resume next week.', pub)).toEqual(['2020-09/month']);
  });
  it('dates "in recent days" by the month or year the stretch before publication lies in, never a day', () => {
    // pub is Friday 11 September 2020: the last 7 days lie in September, the last 21 days do not.
    expect(dates('More than 100 civilians have been killed in various incidents in recent days.', pub)).toEqual(['2020-09/month']);
    expect(dates('Attacks rose over the past few weeks.', pub)).toEqual(['2020/year']);
    expect(dates('Prices rose in recent months.', pub)).toEqual(['2020/year']);
    // Shipped 001 (blind12 t08): published Tuesday 4 May 2021, the days before reach into April.
    expect(dates('More than 100 civilians have reportedly been killed in various incidents across the country in recent days as Taliban violence escalates.', '2021-05-04')).toEqual(['2021/year']);
    // Three months before 15 February 2021 reach into 2020: nothing honest to say.
    expect(dates('Prices rose in recent months.', '2021-02-15')).toEqual([]);
    // "The last days of X" are X's.
    expect(dates('In the last days of the Soviet Union, he was a diplomat.', pub)).toEqual([]);
  });
  it('needs a publication date for relative expressions', () => {
    expect(resolveDates('The envoy arrived yesterday, on Monday, in February and last year.', undefined)).toEqual([]);
  });
  it('resolves N days/months/years ago', () => {
    expect(one('The envoy left 3 days ago.', pub).date).toBe('2020-09-08');
    expect(one('The envoy left two months ago.', pub)).toMatchObject({ date: '2020-07', precision: 'month' });
  });
});

describe('self-contradicting text', () => {
  it('prefers the explicit date and keeps the relative reading as altDate', () => {
    const s =
      'The US special envoy, who arrived in Kabul on an unannounced visit yesterday (Monday, May 4), met with President Ghani, Abdullah Abdullah, and political leaders to emphasize that only a negotiated agreement could lead to an end Afghanistan’s more than 40 years of war.';
    const d = one(s, '2021-05-04');
    expect(d).toMatchObject({ date: '2021-05-04', precision: 'day', altDate: '2021-05-03', text: 'yesterday (Monday, May 4)' });
  });
  it('flags a weekday that disagrees with its date', () => {
    expect(one('They met on Monday, May 4.', '2021-05-04')).toMatchObject({ date: '2021-05-04', altDate: '2021-05-03' });
    expect(one('They met on Tuesday, May 4.', '2021-05-04').altDate).toBeUndefined();
  });
});

describe('months and years', () => {
  it('month alone: month precision, clamped to not after publication', () => {
    const s =
      'Context: The agreement reached in February between U.S. and Taliban officials laid out a timeline for the full withdrawal of U.S. troops from Afghanistan.';
    expect(one(s, '2020-09-11')).toMatchObject({ date: '2020-02', precision: 'month', text: 'February' });
    const t =
      'The talks would be the first official round of negotiations since September when President Donald Trump abruptly canceled negotiations with the militants after a surge in violence killed 12 people in Kabul, including a U.S. soldier.';
    expect(one(t, '2019-12-05')).toMatchObject({ date: '2019-09', precision: 'month' });
    expect(one('Elections will be held in April.', '2020-09-11').date).toBe('2021-04');
    expect(one('Elections were held in November.', '2020-09-11').date).toBe('2019-11');
  });
  it('month-year and year', () => {
    expect(one('The troops left in May 2021.', undefined)).toMatchObject({ date: '2021-05', precision: 'month', text: 'May 2021' });
    expect(one('US forces have been in Afghanistan since 2001.', undefined)).toMatchObject({ date: '2001', precision: 'year', text: '2001' });
    expect(one('The war began in 2001.', '2020-01-01').date).toBe('2001');
    const s =
      'The violence comes even as Taliban leaders are holding historic peace talks in Qatar, a Mideast country where the Taliban set up a political office after they were toppled from power in the 2001 U.S.-led invasion of Afghanistan.';
    expect(one(s, '2020-09-27')).toMatchObject({ date: '2001', precision: 'year' });
  });
  it('start/end of a year: day with the year as altDate', () => {
    const s = 'According to UNHCR, over two million Afghans have returned from Iran and Pakistan since the start of 2025.';
    expect(one(s, '2025-12-01')).toMatchObject({ date: '2025-01-01', precision: 'day', altDate: '2025', text: 'the start of 2025' });
    expect(one('Troops will leave by the end of 2021.', undefined)).toMatchObject({ date: '2021-12-31', altDate: '2021' });
    expect(one('Talks resumed in early 2025.', undefined)).toMatchObject({ date: '2025', precision: 'year', text: 'early 2025' });
    expect(one('Aid arrived in the winter of 2019.', undefined)).toMatchObject({ date: '2019', precision: 'year' });
  });
  it('mid-Month ranges give month precision each', () => {
    const s =
      'The U.S. is on track to draw down to 4,500 troops in the country by mid-October to mid-November, Khalilzad said, similar to what U.S. Central Command chief Gen. Frank McKenzie said this week.';
    const r = resolveDates(s, '2020-09-11');
    expect(r.map((x) => [x.text, x.date, x.precision])).toEqual([
      ['mid-October', '2020-10', 'month'],
      ['mid-November', '2020-11', 'month'],
      // Friday 11 September: the week of 7-13 September, within one month.
      ['this week', '2020-09', 'month'],
    ]);
  });
  it('a week is dated by its month only when it lies within one', () => {
    // Published Tuesday 1 September 2020: this week is 31 August - 6 September, last week 24-30 August.
    expect(dates('McKenzie said this week that troops would leave.', '2020-09-01')).toEqual([]);
    expect(dates('McKenzie said last week that troops would leave.', '2020-09-01')).toEqual(['2020-08/month']);
    expect(dates('The talks resume next week.', '2020-09-01')).toEqual(['2020-09/month']);
  });
  it('"the same time last year" is the publication month a year before', () => {
    expect(dates('Violence was still at lower levels than the same time last year.', '2020-09-27')).toEqual(['2019-09/month']);
  });
  it('relative years and months', () => {
    expect(dates('Compared to the first six months of last year to this year, casualties are down.', '2020-09-27')).toEqual([
      '2019/year',
      '2020/year',
    ]);
    expect(one('The negotiations, which started earlier this month, are meant to end the fighting.', '2020-09-27')).toMatchObject({
      date: '2020-09',
      precision: 'month',
    });
  });
});

describe('non-dates', () => {
  const nonDates = [
    'to an end Afghanistan’s more than 40 years of war.',
    'a solution to the 18-year Afghan conflict.',
    '“For the first time in 40 years, Afghans will sit together … to discuss and hopefully come to an agreement.”',
    'They deserve a better chance, as well as those who have benefited from the gains of the last 20 years.',
    'Afghanistan signs 30-year deal for marble mining in Daikundi',
    'Compared to the first six months, the number is down.',
    'The U.S. is on track to draw down to 4,500 troops in the country.',
    'Khalilzad called the forces, numbering more than 350,000, the country’s national wealth.',
    'after the number of its troops in Afghanistan drop to 4,000-5,000 from the current level of 8,500.',
    'The deal also called for the Afghan government to release 5,000 Taliban fighters in exchange for 1,000 members of their security forces.',
    'a surge in violence killed 12 people in Kabul',
    'killing a total of 28 Afghan policemen, officials said.',
    '“It would mean a repeat of the tragic period of the 1990s, when Afghanistan became the scene of a proxy war.',
    'particularly during winter when access to work and heating becomes more difficult.',
    'With winter approaching, widespread poverty and severe cold are threatening thousands of lives.',
    'The ceremony starts at 12:40 PM and ends at 10:30 a.m.',
    '“May God bless you for helping the poor. We had nothing and no work,” said one recipient.',
    'Zalmay Khalilzad at CPAC 2011 in Washington, D.C. (Gage Skidmore/Flickr)',
    'The government sent 2000 troops and in 2000 people fled.',
    'The 1990’s were hard; the 2000s were not.',
    'The camp holds a total of 2000 and the number rose by 2020 within a day.',
  ];
  for (const s of nonDates) {
    it(`finds nothing in: ${s.slice(0, 60)}`, () => {
      expect(resolveDates(s, '2020-09-11')).toEqual([]);
    });
  }
});

describe('robustness', () => {
  it('never throws and keeps text/offsets verbatim', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(
            fc.constantFrom(
              'May', 'March', ' ', ', ', '4', '2021', '09/11/2020', 'yesterday', '(', ')', 'Monday', 'in', 'since',
              'the start of', 'a day ahead of', 'mid-', 'October', 'will', '1990s', '4,500', 'last year', '3 days ago', 'Sept.', '31', '\n', '“',
            ),
            { maxLength: 30 },
          ).map((a) => a.join(' ')),
        ),
        fc.option(fc.constantFrom('2020-09-11', '2021-05-04', '2000-02-29', '2020-12-31', 'garbage', '2021-13-45'), { nil: undefined }),
        (s, pub) => {
          const r = resolveDates(s, pub);
          for (const d of r) {
            expect(s.slice(d.start, d.end)).toBe(d.text);
            expect(d.text.length).toBeGreaterThan(0);
            expect(d.date).toMatch(d.precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : d.precision === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}$/);
          }
          for (let i = 1; i < r.length; i++) expect(r[i]!.start).toBeGreaterThanOrEqual(r[i - 1]!.end);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('is fast (< 50 µs per sentence on average)', () => {
    const sentences = [
      'On September 23, the Taliban launched a wave of attacks on security checkpoints in southern Afghanistan overnight, killing a total of 28 Afghan policemen, officials said.',
      'The U.S. is on track to draw down to 4,500 troops in the country by mid-October to mid-November, Khalilzad said, similar to what U.S. Central Command chief Gen. Frank McKenzie said this week.',
      'The US special envoy, who arrived in Kabul on an unannounced visit yesterday (Monday, May 4), met with President Ghani.',
      'He said this applied to both sides – to the Afghan security forces and to the Taliban.',
      'Khalilzad pointed out that “war is expensive.”',
    ];
    for (let i = 0; i < 200; i++) for (const s of sentences) resolveDates(s, '2020-09-11');
    const n = 4000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) resolveDates(sentences[i % sentences.length]!, '2020-09-11');
    const us = ((performance.now() - t0) * 1000) / n;
    expect(us).toBeLessThan(50);
  });
});
