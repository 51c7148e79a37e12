import type { Fmt } from './types.js';

/**
 * Corpus `text` for display with `span` of it in bold: the answering phrase of an /ask sentence,
 * the date expression of a /timeline event. A span that does not lie inside the text is ignored.
 */
export function withHighlight(text: string, span: { start: number; end: number } | undefined, fmt: Fmt): string {
  if (!span || span.start < 0 || span.start >= span.end || span.end > text.length) return fmt.text(text);
  return fmt.text(text.slice(0, span.start)) + fmt.bold(fmt.text(text.slice(span.start, span.end))) + fmt.text(text.slice(span.end));
}
