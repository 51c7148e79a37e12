/**
 * Dev-set scoring for /timeline. An item passes when the untopical timeline has an event whose text
 * (or, for a headline dated by its page, the dateline shown with it) contains `must_contain` (case, curly quotes and white space folded), whose date equals the item's
 * `date` or `alt_date` — or, for an item dated to a month or a year ("2021-05", "2025"), lies in it;
 * the event's altDate counts too — and whose file is the item's file (the entry's own file or, for a merged
 * duplicate, one of its citations).
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { buildTimeline, type TimelineEntry } from '../timeline/buildTimeline.js';
import { normaliseForMatch, type DevSet } from './devSet.js';

export type TimelineItem = DevSet['timeline'][number];

export function timelineItemPasses(events: readonly TimelineEntry[], item: TimelineItem): boolean {
  const needle = normaliseForMatch(item.must_contain);
  const dates = [item.date, ...(item.alt_date !== undefined ? [item.alt_date] : [])];
  // A day inside the month or year an item gives is that month or year ("since the start of 2025"
  // read as 2025-01-01), and an event's second reading counts as its first.
  const dated = (date: string) => dates.some((d) => date === d || (d.length < 10 && date.startsWith(`${d}-`)));
  return events.some(
    (e) =>
      (dated(e.date) || (e.altDate !== undefined && dated(e.altDate))) &&
      (e.file === item.file || e.citations.some((c) => c.file === item.file)) &&
      // A headline's dateline is shown with it, as the evidence for its date.
      (normaliseForMatch(e.text).includes(needle) || (e.dateline !== undefined && normaliseForMatch(e.dateline).includes(needle))),
  );
}

export function scoreTimeline(
  kb: KnowledgeBase,
  items: readonly TimelineItem[],
): { passed: number; total: number; failures: string[] } {
  const { events } = buildTimeline(kb);
  const failures: string[] = [];
  let passed = 0;
  for (const item of items) {
    if (timelineItemPasses(events, item)) {
      passed++;
      continue;
    }
    const needle = normaliseForMatch(item.must_contain);
    const near = events.find((e) => normaliseForMatch(e.text).includes(needle) || (e.dateline !== undefined && normaliseForMatch(e.dateline).includes(needle)));
    failures.push(
      `${item.id} ${item.date}${item.alt_date ? ` (or ${item.alt_date})` : ''} “${item.must_contain}” [${item.file}]` +
        (near ? ` → found at ${near.date} in ${near.file}` : ' → no event contains the text'),
    );
  }
  return { passed, total: items.length, failures };
}
