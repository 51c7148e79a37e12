/**
 * How a timeline entry's date is shown:
 * - "(reported)" when the text gives none and the article's publication day stands in (a headline;
 *   "Trump said…" in a story of December 5 about a visit of November 28): the day of the report,
 *   not necessarily of the event;
 * - the coarser reading when the text's is one ("since the start of 2025" is sorted at 2025-01-01
 *   but shown as 2025: the text names no day);
 * - both readings when the text gives two ("yesterday (Monday, May 4)" in a story of Tuesday
 *   May 4: "2021-05-04 (or 2021-05-03)").
 */
export function timelineDateLabel(e: { date: string; datedBy: 'text' | 'publication'; altDate?: string }): string {
  if (e.datedBy === 'publication') return `${e.date} (reported)`;
  if (e.altDate === undefined || e.altDate === e.date) return e.date;
  return e.date.startsWith(e.altDate) ? e.altDate : `${e.date} (or ${e.altDate})`;
}
