import type { QuoteKind } from '../quotes/types.js';

/**
 * How a quotation's kind is said beside its speaker, the same in Discord, the console and the CLI's
 * text: nothing for a direct quotation, "(reported)" for indirect speech ("Khalilzad said the
 * Taliban …"), "(partial)" for a phrase or a statement quoted inside a sentence of the article's
 * own ("Khalilzad pointed out that “war is expensive.”", "The U.S. is “prepared to assist if
 * assistance is needed,” he said").
 */
export function quoteKindLabel(q: { kind: QuoteKind; partial?: true }): string {
  if (q.kind === 'indirect') return ' (reported)';
  if (q.kind === 'phrase' || q.partial) return ' (partial)';
  return '';
}

/**
 * A quotation's text as shown: in quote marks when it is the speaker's own words, bare when it is
 * reported speech (the article's words for what was said, which may hold quote marks of its own:
 * "… the Afghan security forces “we will support them”").
 */
export function quotedText(text: string, kind: QuoteKind): string {
  return kind === 'indirect' ? text : `“${text}”`;
}
