import type { Fmt } from './types.js';

export interface Citable {
  title: string;
  outlet: string | null;
  published: string | null;
  file: string;
  url?: string | null;
  /** The article's id (SourceRef.id, or a hit's articleId): its file, with #n for the n-th story of a page. */
  id?: string;
  articleId?: string;
}

/**
 * `title — outlet, date, file` (corpus text escaped through fmt). The file is named as the article's
 * id: a page of several stories is one file, and "000.txt#2" says which of them is cited.
 */
export function citationLine(s: Citable, fmt: Fmt): string {
  const rest = [s.outlet, s.published, s.id ?? s.articleId ?? s.file].filter((x): x is string => Boolean(x)).map((x) => fmt.text(x));
  const title = fmt.text(s.title || s.file);
  return `${s.url ? fmt.link(title, s.url) : title} — ${rest.join(', ')}`;
}

/** ` (also in a.txt, b.txt and 2 more)`: the same text in other files (copies of one story); empty when none. */
export function alsoInLine(files: readonly string[], fmt: Fmt): string {
  if (files.length === 0) return '';
  const shown = files.slice(0, 3).map((f) => fmt.text(f));
  return ` (also in ${shown.join(', ')}${files.length > shown.length ? ` and ${files.length - shown.length} more` : ''})`;
}
