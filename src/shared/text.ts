/** Whether the characters of `short` occur in `long` in the same order ("govt" in "government", "nsf" in "nsfnet"). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}
