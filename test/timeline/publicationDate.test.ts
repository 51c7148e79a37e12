import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datelineOf, findPublicationDate, parseDateString, writtenYearOf } from '../../src/timeline/publicationDate.js';

const corpus = (name: string): string[] =>
  readFileSync(fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url)), 'utf8').split('\n').slice(0, 15);

describe('findPublicationDate on the corpus headers', () => {
  it('Published + Updated lines', () => {
    expect(findPublicationDate(corpus('003_d6197644dbe40003.txt'))).toEqual({
      date: '2019-12-05',
      line: 4,
      text: 'Published Dec 05, 2019',
      updated: '2020-02-11',
    });
  });
  it('a bare date line', () => {
    expect(findPublicationDate(corpus('002_6a1e3ce44a355d57.txt'))).toMatchObject({ date: '2020-09-27', text: 'September 27, 2020' });
  });
  it('a byline with a numeric date and time', () => {
    expect(findPublicationDate(corpus('004_498ab2b590156276.txt'))).toMatchObject({
      date: '2020-09-11',
      line: 2,
      text: 'By Lara Seligman 09/11/2020 12:40 PM EDT',
    });
  });
  it('a weekday + ordinal date with trailing noise', () => {
    expect(findPublicationDate(corpus('001_b732b1534980fd86.txt'))).toMatchObject({ date: '2021-05-04', line: 2 });
  });
  it('a page whose header holds no date', () => {
    expect(findPublicationDate(corpus('000_7947b005a03511ba.txt'))).toBeUndefined();
  });
});

describe('findPublicationDate formats and preferences', () => {
  it('ISO, day-month-year, time after the date', () => {
    expect(findPublicationDate(['Title', '2021-05-04'])?.date).toBe('2021-05-04');
    expect(findPublicationDate(['Title', '5 May 2021'])?.date).toBe('2021-05-05');
    expect(findPublicationDate(['Title', 'May 5, 2021 at 10:30 a.m.'])).toMatchObject({ date: '2021-05-05', line: 1 });
    expect(findPublicationDate(['Title', 'Posted on: 05/04/2021'])?.date).toBe('2021-05-04');
  });
  it('prefers a dateline over a date in a long body sentence', () => {
    const lines = [
      'Headline here',
      'Daesh has a history of deadly attacks in Turkey, including the January 1, 2017 shooting at an Istanbul nightclub that killed 39 people.',
      'Published March 3, 2024',
    ];
    expect(findPublicationDate(lines)).toMatchObject({ date: '2024-03-03', line: 2 });
    expect(findPublicationDate(lines.slice(0, 2))).toBeUndefined();
  });
  it('prefers a Published line over a bare date and uses Updated only as a fallback', () => {
    expect(findPublicationDate(['Updated Feb 11, 2020', 'Published Dec 05, 2019'])).toMatchObject({
      date: '2019-12-05',
      updated: '2020-02-11',
    });
    expect(findPublicationDate(['Title', 'Updated Feb 11, 2020'])).toMatchObject({ date: '2020-02-11' });
  });
  it('takes no date from prose: a mark far from the date, or the edge of a period (BBC News)', () => {
    // politics/327: "published" begins the sentence; the date is Lord Goldsmith's warning.
    expect(findPublicationDate(['Goldsmith denies war advice claim', 'The claims were made in a book published this week by Philippe Sands QC. He also says Lord Goldsmith warned Tony Blair on 7 March 2003 that the war could be illegal.'])).toBeUndefined();
    // tech/351: "at the end of 2004" is no day a page is dated with.
    expect(findPublicationDate(['DS aims to touch gamers', 'Since going on sale in Japan and the US at the end of 2004, Nintendo has sold almost 4m DS consoles.'])).toBeUndefined();
    // …while a dateline's mark stays near its date.
    expect(findPublicationDate(['Headline', 'Last updated on Friday, 11 September 2020 at 12:40'])).toMatchObject({ date: '2020-09-11' });
  });
  it('ignores relative dates and lines without a day', () => {
    expect(findPublicationDate(['Latest News3 days agoAfghan border forces prevent illegal entry', 'Zalmay Khalilzad at CPAC 2011 in Washington'])).toBeUndefined();
    expect(findPublicationDate([])).toBeUndefined();
  });
});

describe('parseDateString', () => {
  it('parses front-matter dates', () => {
    expect(parseDateString('2021-05-04')).toBe('2021-05-04');
    expect(parseDateString('May 4, 2021')).toBe('2021-05-04');
    expect(parseDateString('2021-05-04T10:00:00Z')).toBe('2021-05-04');
    expect(parseDateString('2021-05-04 10:00')).toBe('2021-05-04');
    expect(parseDateString('4 May 2021')).toBe('2021-05-04');
    expect(parseDateString('09/11/2020')).toBe('2020-09-11');
  });
  it('rejects non-dates and impossible dates', () => {
    expect(parseDateString('')).toBeUndefined();
    expect(parseDateString('May 2021')).toBeUndefined();
    expect(parseDateString('2021-02-30')).toBeUndefined();
    expect(parseDateString('hello')).toBeUndefined();
  });
});

describe('datelineOf: the page line that dates an article, for /timeline to show with its headline', () => {
  it('is the dateline or byline whose day is the publication day, verbatim', () => {
    const extras = [
      { kind: 'dateline' as const, text: 'Published Dec 05, 2019' },
      { kind: 'dateline' as const, text: 'Updated Feb 11, 2020' },
      { kind: 'byline' as const, text: 'Ayaz Gul for VOA Reports' },
    ];
    expect(datelineOf({ published: '2019-12-05', extras })).toBe('Published Dec 05, 2019');
    expect(datelineOf({ published: '2020-09-11', extras: [{ kind: 'byline', text: 'By Lara Seligman 09/11/2020 12:40 PM EDT' }] })).toBe('By Lara Seligman 09/11/2020 12:40 PM EDT');
    // The update's line is no evidence for another day; a caption is no dateline.
    expect(datelineOf({ published: '2020-02-12', extras })).toBeUndefined();
    expect(datelineOf({ published: '2011-03-01', extras: [{ kind: 'caption', text: 'Khalilzad at CPAC on March 1, 2011' }] })).toBeUndefined();
    expect(datelineOf({ extras })).toBeUndefined();
    // The publication's date wherever it stands on the line (the review's case).
    expect(datelineOf({ published: '2019-12-05', extras: [{ kind: 'dateline', text: 'Updated Feb 11, 2020 | Published Dec 05, 2019' }] })).toBe('Updated Feb 11, 2020 | Published Dec 05, 2019');
  });

  it('is, for an undated story, the words that show the year it was written', () => {
    const paragraphs = ['According to UNHCR, over two million Afghans have returned from Iran and Pakistan since the start of 2025.'];
    expect(writtenYearOf({ paragraphs })).toEqual({ year: '2025', text: 'since the start of 2025' });
    expect(datelineOf({ extras: [], paragraphs })).toBe('since the start of 2025');
    expect(writtenYearOf({ published: '2025-03-01', paragraphs })).toBeUndefined();
    expect(writtenYearOf({ paragraphs: [...paragraphs, 'Elections are due in 2026.'] })).toBeUndefined();
    expect(writtenYearOf({ paragraphs: ['Prices have risen since 2019.'] })).toBeUndefined();
    // "Earlier in 2004" is said of a past year as often (BBC politics/322, of 2005).
    expect(writtenYearOf({ paragraphs: ['The party received the gifts earlier in 2004.'] })).toBeUndefined();
    // Every expression of a paragraph is read.
    expect(writtenYearOf({ paragraphs: ['Up since the start of 2019, and so far in 2025 too.'] })?.year).toBe('2025');
  });

  it('gives only the date expression of a line with letters of another script', () => {
    const extras = [{ kind: 'byline' as const, text: 'Peace عمران فروبلیعمران فروبلی Tuesday May 4th, 2021 0 Views' }];
    expect(datelineOf({ published: '2021-05-04', extras })).toBe('Tuesday May 4th, 2021');
  });
});
