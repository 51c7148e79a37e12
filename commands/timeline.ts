import { SlashCommandBuilder } from 'discord.js';
import type { CommandContext } from '../src/commands/types.js';
import { clip } from '../src/present/textView.js';
import { withHighlight } from '../src/commands/highlight.js';
import { MAX_TOPIC_CHARS, topicProblem } from '../src/answer/topicMatch.js';
import { plainOption } from '../src/commands/chatMarkup.js';
import { refuse } from '../src/commands/refuse.js';
import { timelineDateLabels } from '../src/present/timelineDate.js';
import { citationLine } from '../src/commands/cite.js';

export const PER_PAGE = 10;

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('A chronology of dated events in the corpus, one verbatim line per event')
  .addStringOption((o) => o.setName('topic').setDescription('Only events about this or in this period, e.g. peace talks, 2019, December 2019').setMaxLength(MAX_TOPIC_CHARS));

export async function execute(ctx: CommandContext): Promise<void> {
  const { fmt } = ctx;
  const topic = plainOption(ctx.options, 'topic');
  const problem = topicProblem(topic);
  if (problem) return refuse(ctx, problem);
  const events = ctx.archivist.timeline(topic ? { topic } : {});
  if (events.length === 0) {
    await ctx.reply({
      title: 'No events',
      body: topic ? `The corpus has no dated event about “${fmt.text(topic)}”.` : 'The corpus has no dated event.',
      tone: 'notice',
    });
    return;
  }
  const labels = timelineDateLabels(events);
  const items = events.map((e, i) => {
    // The date expression in bold, when the text dates the event and clipping kept it whole.
    const shown = clip(e.text, 350);
    const dated = e.dated && shown.startsWith(e.text.slice(0, e.dated.end)) ? e.dated : undefined;
    return `${fmt.bold(fmt.text(labels[i]!))} — ${withHighlight(shown, dated, fmt)}`;
  });
  // Each line is marked with its sources' numbers, cited in full once per page (paging.ts): the
  // article's id names the story (a page of several stories is one file), other reports of the event after it.
  const sources = events.map((e) => [e.articleId, ...e.alsoIn].map((id) => citationLine({ ...ctx.archivist.citationOf(id), id }, fmt)));
  await ctx.reply(
    ctx.pages.open({
      kind: 'timeline',
      userId: ctx.user.id,
      title: clip(topic ? `Timeline: ${topic}` : 'Timeline', 250),
      header: `${events.length} event${events.length === 1 ? '' : 's'}`,
      items,
      sources,
      perPage: PER_PAGE,
    }),
  );
}
