import type { AskResult } from '../answer/types.js';
import type { Fmt } from '../commands/types.js';
import { citationLine } from '../commands/cite.js';
import { withHighlight } from '../commands/highlight.js';
import { questionReadNote } from '../commands/questionRead.js';
import { confidenceLabel } from '../commands/confidenceLabel.js';
import { consoleFmt } from './consoleView.js';

/** /ask as text for the command line (the console renders the /ask command's view instead). */
export function askToText(r: AskResult, fmt: Fmt = consoleFmt(false)): string {
  if (r.problem) return r.problem;
  const cut = questionReadNote(r);
  if (!r.answered) {
    const lines = ['The corpus does not answer that.'];
    if (r.closest.length) {
      lines.push('Closest passages:');
      for (const p of r.closest) lines.push(`  • ${p.text}`, `    ${fmt.dim(citationLine(p.source, fmt))}`);
    }
    if (cut) lines.push(fmt.dim(cut));
    return lines.join('\n');
  }
  const text = r.sentences.map((s) => withHighlight(s.text, s.highlight, fmt)).join(' ');
  return `${text}\n${fmt.dim(`— ${citationLine(r.sources[0]!, fmt)} (${confidenceLabel(r.confidence)})`)}${cut ? `\n${fmt.dim(cut)}` : ''}`;
}
