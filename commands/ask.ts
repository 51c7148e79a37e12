import { SlashCommandBuilder } from 'discord.js';
import type { CommandContext } from '../src/commands/types.js';
import { alsoInLine, citationLine } from '../src/commands/cite.js';
import { clip } from '../src/present/textView.js';
import { withHighlight } from '../src/commands/highlight.js';
import { plainOption } from '../src/commands/chatMarkup.js';
import { refuse } from '../src/commands/refuse.js';
import { questionReadNote } from '../src/commands/questionRead.js';
import { confidenceLabel } from '../src/commands/confidenceLabel.js';
import { MAX_QUESTION_CHARS } from '../src/answer/answerQuestion.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the news corpus: the answer is quoted verbatim, with its source')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, e.g. "who mediates in Doha?"').setRequired(true).setMaxLength(MAX_QUESTION_CHARS),
  );

export async function execute(ctx: CommandContext): Promise<void> {
  const { fmt } = ctx;
  const question = plainOption(ctx.options, 'question') ?? '';
  const r = ctx.archivist.ask(question);
  if (r.problem) return refuse(ctx, r.problem);
  if (!r.answered) {
    const lines = ['The corpus does not answer that question.'];
    if (r.closest.length) {
      lines.push('', fmt.bold('Closest passages:'));
      for (const p of r.closest.slice(0, 3)) {
        lines.push(`> ${fmt.text(clip(p.text, 500))}`, `— ${fmt.dim(citationLine(p.source, fmt))}`);
      }
    } else lines.push('Nothing in it comes close.');
    const cut = questionReadNote(r);
    if (cut) lines.push('', fmt.dim(fmt.text(cut))); // the note quotes the question: escaped
    await ctx.reply({ title: 'Not in the corpus', body: lines.join('\n'), tone: 'notice' });
    return;
  }
  const text = r.sentences.map((s) => withHighlight(s.text, s.highlight, fmt)).join(' ');
  const used = new Set(r.sentences.map((s) => s.articleId));
  const sources = r.sources.filter((s) => used.has(s.id));
  const cited = sources.length ? sources : r.sources;
  const first = cited[0];
  // A headline from the page's list of other stories is not what the cited article says.
  const listed = r.sentences.some((s) => !s.context && s.role === 'related') ? 'a headline listed on the page of ' : '';
  const lines = [text, '', ...cited.map((s, i) => `— ${fmt.dim((i === 0 ? listed : '') + citationLine(s, fmt) + (i === 0 ? alsoInLine(r.alsoIn, fmt) : ''))}`)];
  await ctx.reply({
    // A listed headline is titled by its citation line only (the page's own headline above it would read as its source).
    ...(first && !listed ? { title: clip(first.title, 250) } : {}),
    ...(first?.url && !listed ? { url: first.url } : {}),
    body: lines.join('\n'),
    footer: [confidenceLabel(r.confidence), questionReadNote(r)].filter(Boolean).join(' · '),
    tone: 'answer',
  });
}
