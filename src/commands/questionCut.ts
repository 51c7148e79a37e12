import type { AskResult } from '../answer/types.js';

/** The line that says a long question was read only in part (AskResult.readChars), or undefined. */
export function questionCutNote(r: Pick<AskResult, 'readChars'>): string | undefined {
  return r.readChars === undefined ? undefined : `Only the first ${r.readChars} characters of the question were read.`;
}
