/**
 * How a timeline entry's date is shown:
 * - a headline dated by its page, with the page's line that dates it: "2019-12-05 (“Published Dec
 *   05, 2019”)";
 * - "(reported)" when the text gives none and the article's publication day stands in (a headline;
 *   "Trump said…" in a story of December 5 about a visit of November 28): the day of the report,
 *   not necessarily of the event;
 * - the coarser reading when the text's is one ("since the start of 2025" is sorted at 2025-01-01
 *   but shown as 2025: the text names no day);
 * - both readings when the text gives two ("yesterday (Monday, May 4)" in a story of Tuesday
 *   May 4: "2021-05-04 (or 2021-05-03)").
 */
export function timelineDateLabel(e: { date: string; datedBy: 'text' | 'publication'; altDate?: string; dateline?: string }): string {
  if (e.datedBy === 'publication') return e.dateline ? `${e.date} (“${e.dateline}”)` : `${e.date} (reported)`;
  if (e.altDate === undefined || e.altDate === e.date) return e.date;
  return e.date.startsWith(e.altDate) ? e.altDate : `${e.date} (or ${e.altDate})`;
}

interface LabelledEntry {
  date: string;
  datedBy: 'text' | 'publication';
  dateline?: string;
  altDate?: string;
  text: string;
  dated?: { start: number; end: number };
}

/**
 * Every entry's date label, with its date expression quoted when the same sentence is listed more
 * than once ("“Tomorrow is a momentous day,” Khalilzad told reporters Friday" is on Friday and on
 * Saturday: "2020-09-11 (“Friday”)", "2020-09-12 (“Tomorrow”)"), which plain text, without the
 * bold Discord shows, would not tell apart.
 */
export function timelineDateLabels(entries: readonly LabelledEntry[]): string[] {
  const times = new Map<string, number>();
  for (const e of entries) times.set(e.text, (times.get(e.text) ?? 0) + 1);
  return entries.map((e) => {
    const label = timelineDateLabel(e);
    if (!e.dated || (times.get(e.text) ?? 0) < 2) return label;
    // "2001 (“2001”)" would say the date twice.
    const expression = e.text.slice(e.dated.start, e.dated.end);
    return expression === label ? label : `${label} (“${expression}”)`;
  });
}
