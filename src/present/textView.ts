/**
 * Text helpers shared by the view renderers and commands: keep text within a length by cutting at
 * a line, then a sentence, then a word boundary — never mid-word — and mark the cut with "…".
 */

const ELLIPSIS = '…';

/** `s` if it fits in `max` characters; otherwise the longest prefix ending at a sentence (else word) boundary, plus "…". */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return max === 1 ? ELLIPSIS : '';
  // Room for the text, " …" and a closing "**" that balance() may add.
  const room = max > 8 ? max - 4 : max - 1;
  const head = s.slice(0, room + 1);
  // Sentence boundary: end punctuation (optionally a closing quote/bracket) followed by white space.
  let cut = -1;
  const sentence = /[.!?…]["”’)\]]?(?=\s)/g;
  for (let m = sentence.exec(head); m; m = sentence.exec(head)) {
    const end = m.index + m[0].length;
    if (end <= room) cut = end;
  }
  if (cut >= room * 0.5) return balance(s.slice(0, cut).trimEnd()) + (cut < s.length ? ` ${ELLIPSIS}` : '');
  // Word boundary: the last white space within room.
  const ws = head.slice(0, room + 1).search(/\s\S*$/);
  if (ws > 0) return balance(s.slice(0, ws).trimEnd()) + ELLIPSIS;
  // One enormous "word" (a URL, say): nothing better than a hard cut.
  return s.slice(0, room) + ELLIPSIS;
}

/** Keeps whole lines while they fit in `max`; the remainder is cut with clip or dropped with a "…" line. */
export function clipLines(s: string, max: number): string {
  if (s.length <= max) return s;
  const lines = s.split('\n');
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    const extra = (out.length ? 1 : 0) + line.length;
    if (used + extra <= max - 2) {
      out.push(line);
      used += extra;
      continue;
    }
    const room = max - used - (out.length ? 1 : 0);
    if (room >= 40 || out.length === 0) out.push(clip(line, Math.max(1, room)));
    else out.push(ELLIPSIS);
    break;
  }
  return out.join('\n').slice(0, max);
}

/**
 * Whole lines while they fit in `max`, then "… and N more" for the lines left out: a list whose
 * heading counts its items ("Warnings (15)") says how many it could not show.
 */
export function listWithin(lines: readonly string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const more = `… and ${lines.length - i - 1} more`;
    // A first line is shown, clipped to leave room for the "more" line when others follow.
    const line = clip(lines[i]!, out.length === 0 && i < lines.length - 1 ? Math.max(1, max - 1 - more.length) : max);
    // Room for this line, and for the "more" line after it unless it is the last.
    const need = (out.length ? 1 : 0) + line.length + (i < lines.length - 1 ? 1 + more.length : 0);
    if (used + need > max) {
      out.push(`… and ${lines.length - i} more`);
      break;
    }
    out.push(line);
    used += (out.length > 1 ? 1 : 0) + line.length;
  }
  return out.join('\n');
}

/** Drops a dangling `**` left by a cut inside bold text, so the markdown stays well-formed. */
function balance(s: string): string {
  const count = (s.match(/\*\*/g) ?? []).length;
  return count % 2 === 1 ? s + '**' : s;
}

/** "Did you mean: A, B?" for names a value that found nothing may have meant; '' for none. */
export function didYouMean(names: readonly string[]): string {
  return names.length > 0 ? `Did you mean: ${names.join(', ')}?` : '';
}
