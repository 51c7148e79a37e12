/**
 * Renders a transport-neutral View as text for the local console: ANSI bold/dim on a TTY, plain
 * text otherwise (so piped output can be scripted). Paged views end with a hint to /next or /prev.
 */
import type { Fmt, View } from '../commands/types.js';

export function consoleFmt(colour: boolean): Fmt {
  const wrap = (open: string, close: string) => (s: string) => (colour && s ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    text: (s) => s,
    bold: colour ? wrap('1', '22') : (s) => s,
    italic: colour ? wrap('3', '23') : (s) => s,
    dim: colour ? wrap('2', '22') : (s) => s,
    link: (label, url) => `${label} <${url}>`,
  };
}

export function renderConsoleView(view: View, colour: boolean): string {
  const f = consoleFmt(colour);
  const lines: string[] = [];
  if (view.title) {
    const title = view.tone === 'error' && colour ? `\x1b[31m${view.title}\x1b[39m` : view.title;
    lines.push(f.bold(title));
  }
  if (view.url) lines.push(f.dim(view.url));
  if (view.body.trim()) lines.push(view.body.trimEnd());
  for (const field of view.fields ?? []) lines.push('', f.bold(field.name), field.value);
  // The paging hint below replaces the footer's "Page n/m".
  const footer = view.pager ? (view.footer ?? '').replace(/^Page \d+\/\d+( · )?/, '') : view.footer;
  if (footer) lines.push(f.dim(footer));
  if (view.pager && view.pager.pages > 1) {
    const { page, pages } = view.pager;
    const hints = [page > 0 ? '/prev' : '', page < pages - 1 ? '/next' : ''].filter(Boolean).join(' or ');
    lines.push(f.dim(`(page ${page + 1}/${pages}: type ${hints})`));
  }
  return lines.join('\n');
}
