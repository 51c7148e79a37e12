import type { Fmt } from './types.js';

export interface Citable {
  title: string;
  outlet: string | null;
  published: string | null;
  file: string;
  url?: string | null;
}

/** `title — outlet, date, file` (corpus text escaped through fmt). */
export function citationLine(s: Citable, fmt: Fmt): string {
  const rest = [s.outlet, s.published, s.file].filter((x): x is string => Boolean(x)).map((x) => fmt.text(x));
  const title = fmt.text(s.title || s.file);
  return `${s.url ? fmt.link(title, s.url) : title} — ${rest.join(', ')}`;
}
