import { SlashCommandBuilder } from 'discord.js';
import type { CommandContext } from '../src/commands/types.js';
import { clip } from '../src/present/textView.js';

export const PER_PAGE = 10;

export const data = new SlashCommandBuilder().setName('sources').setDescription('The articles in the corpus: title, outlet, date and size');

export async function execute(ctx: CommandContext): Promise<void> {
  const { fmt } = ctx;
  const sources = ctx.archivist.sources();
  const total = sources.reduce((n, s) => n + s.sentences, 0);
  const items = sources.map((s) => {
    const title = fmt.text(clip(s.title, 200));
    const meta = [s.outlet ?? 'outlet unknown', s.published ?? 'undated', `${s.sentences} sentences`, s.id].map((x) => fmt.text(x));
    return `${fmt.bold(s.url ? fmt.link(title, s.url) : title)}\n${fmt.dim(meta.join(' · '))}`;
  });
  await ctx.reply(
    ctx.pages.open({
      kind: 'sources',
      userId: ctx.user.id,
      title: 'Sources',
      header: `${sources.length} article${sources.length === 1 ? '' : 's'}, ${total} sentences`,
      items: items.length ? items : ['The corpus is empty.'],
      perPage: PER_PAGE,
    }),
  );
}
