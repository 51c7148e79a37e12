import { SlashCommandBuilder } from 'discord.js';
import type { CommandContext } from '../src/commands/types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What Archivist can do, with examples');

export async function execute(ctx: CommandContext): Promise<void> {
  const { fmt } = ctx;
  // Examples come from the corpus in service, so that they work whatever it holds.
  const person = ctx.archivist.speakers()[0]?.name;
  const surname = person?.split(' ').pop();
  const sources = ctx.archivist.sources();
  const articles = sources.length;
  // An outlet the corpus names, for the example of a question about one article.
  const outlet = sources.find((s) => s.outlet)?.outlet;
  const askExample = person ? `who is ${person}?` : 'what is this corpus about?';
  const lines = [
    `Archivist answers questions about ${articles} news article${articles === 1 ? '' : 's'} with sentences quoted verbatim and cited.`,
    '',
    `${fmt.bold('/ask question:')} a question, answered by the sentence(s) that say it — e.g. /ask question: ${fmt.text(askExample)}`,
    `  to ask about one article, name it: ${fmt.text("… in the 'words of its title' article")}, ${fmt.text(`… per the ${outlet ?? 'OUTLET'} piece`)}`,
    `${fmt.bold('/quote speaker: topic:')} what someone said, 5 per page — e.g. /quote speaker:${fmt.text(surname ?? 'NAME')}`,
    `${fmt.bold('/timeline topic:')} dated events in order — e.g. /timeline topic:${fmt.text(surname ?? 'elections')}, or a period: topic:2019, topic:December 2019, topic:before 2020`,
    `${fmt.bold('/sources')} the articles in the corpus`,
    `${fmt.bold('/reload')} re-read the corpus folder (moderators)`,
    '',
    'When the corpus does not say something, Archivist tells you so and shows the closest passages instead of guessing.',
  ];
  await ctx.reply({ title: 'Archivist', body: lines.join('\n'), tone: 'notice', ephemeral: true });
}
