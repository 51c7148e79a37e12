import type { AskResult } from '../answer/types.js';

/**
 * The line that says how the question was read when not as typed, or undefined: a name's typo or an
 * accent read otherwise (AskResult.readAs), a long question read only in part (readChars).
 */
export function questionReadNote(r: Pick<AskResult, 'readChars' | 'readAs'>): string | undefined {
  const notes = [
    r.readAs === undefined ? '' : `Read as “${r.readAs}”.`,
    r.readChars === undefined ? '' : `Only the first ${r.readChars} characters of the question were read.`,
  ].filter(Boolean);
  return notes.length ? notes.join(' ') : undefined;
}
