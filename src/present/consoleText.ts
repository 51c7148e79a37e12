import type { AskResult, SourceRef } from '../answer/types.js';

/** Optional ANSI styling; plain text when not on a TTY. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

export const plain: Style = { bold: (s) => s, dim: (s) => s };
export const ansi: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

export function citation(s: SourceRef): string {
  const parts = [s.outlet, s.published, s.file].filter(Boolean);
  return `${s.title} — ${parts.join(', ')}${s.url ? ` <${s.url}>` : ''}`;
}

export function askToText(r: AskResult, style: Style = plain): string {
  if (r.problem) return r.problem;
  if (!r.answered) {
    const lines = ['The corpus does not answer that.'];
    if (r.closest.length) {
      lines.push('Closest passages:');
      for (const p of r.closest) lines.push(`  • ${p.text}`, `    ${style.dim(citation(p.source))}`);
    }
    return lines.join('\n');
  }
  const text = r.sentences
    .map((s) => (s.highlight ? s.text.slice(0, s.highlight.start) + style.bold(s.text.slice(s.highlight.start, s.highlight.end)) + s.text.slice(s.highlight.end) : s.text))
    .join(' ');
  return `${text}\n${style.dim(`— ${citation(r.sources[0]!)} (confidence ${Math.round(r.confidence * 100)}%)`)}`;
}
