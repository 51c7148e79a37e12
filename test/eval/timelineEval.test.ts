import { describe, expect, it } from 'vitest';
import { timelineItemPasses, type TimelineItem } from '../../src/eval/timelineEval.js';
import type { TimelineEntry } from '../../src/timeline/buildTimeline.js';

// 000_7947b005a03511ba.txt: "since the start of 2025" is read as 2025-01-01.
const event = (date: string): TimelineEntry => ({
  date,
  precision: 'day',
  text: 'According to UNHCR, over two million Afghans have returned from Iran and Pakistan since the start of 2025.',
  datedBy: 'text',
  articleId: '000',
  file: '000_7947b005a03511ba.txt',
  title: 'Nearly seven million refugees have returned',
  citations: [],
});
const item = (date: string, precision: string): TimelineItem => ({ id: 't', date, precision, must_contain: 'over two million Afghans have returned', file: '000_7947b005a03511ba.txt' });

describe('timelineItemPasses', () => {
  it('takes a day inside the month an item is dated to, and no day outside it', () => {
    expect(timelineItemPasses([event('2025-01-01')], item('2025-01', 'month'))).toBe(true);
    expect(timelineItemPasses([event('2025-02-01')], item('2025-01', 'month'))).toBe(false);
    expect(timelineItemPasses([event('2025-01-01')], item('2025-01-01', 'day'))).toBe(true);
    expect(timelineItemPasses([event('2025-01-02')], item('2025-01-01', 'day'))).toBe(false);
  });

  it('takes a day or month inside the year an item gives, and an event\'s second reading', () => {
    expect(timelineItemPasses([event('2025-01-01')], item('2025', 'year'))).toBe(true);
    expect(timelineItemPasses([event('2024-12-31')], item('2025', 'year'))).toBe(false);
    expect(timelineItemPasses([{ ...event('2021-05-04'), altDate: '2021-05-03' }], item('2021-05-03', 'day'))).toBe(true);
  });

  it('needs the text and the file', () => {
    expect(timelineItemPasses([{ ...event('2025-01-01'), file: 'other.txt' }], item('2025-01', 'month'))).toBe(false);
    expect(timelineItemPasses([{ ...event('2025-01-01'), text: 'Something else.' }], item('2025-01', 'month'))).toBe(false);
  });
});
