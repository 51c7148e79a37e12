/**
 * How a timeline entry's date is shown: the date, and "(reported)" when the text gives none and
 * the article's publication day stands in (a headline; "Trump said…" in a story of December 5
 * about a visit of November 28) — the day of the report, not necessarily of the event.
 */
export function timelineDateLabel(e: { date: string; datedBy: 'text' | 'publication' }): string {
  return e.datedBy === 'publication' ? `${e.date} (reported)` : e.date;
}
