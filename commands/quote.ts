import { SlashCommandBuilder } from 'discord.js';
import type { AutocompleteContext, Choice, CommandContext } from '../src/commands/types.js';
import { alsoInLine, citationLine } from '../src/commands/cite.js';
import { clip, didYouMean } from '../src/present/textView.js';
import { MAX_TOPIC_CHARS, topicProblem } from '../src/answer/topicMatch.js';
import { plainOption } from '../src/commands/chatMarkup.js';
import { refuse } from '../src/commands/refuse.js';
import { withHighlight } from '../src/commands/highlight.js';
import { quoteKindLabel, quotedText } from '../src/present/quoteKind.js';
import type { Archivist } from '../src/service/Archivist.js';

export const PER_PAGE = 5;
/** A quotation (or the sentence of a reported one) is cut past this many characters. */
const MAX_QUOTE_CHARS = 600;

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('What someone said, verbatim: quotations by speaker and/or topic, with sources')
  .addStringOption((o) => o.setName('speaker').setDescription('Who spoke, e.g. Khalilzad').setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('topic').setDescription('About what, e.g. ceasefire').setMaxLength(MAX_TOPIC_CHARS));

export async function execute(ctx: CommandContext): Promise<void> {
  const { fmt } = ctx;
  const speaker = plainOption(ctx.options, 'speaker');
  const topic = plainOption(ctx.options, 'topic');
  if (!speaker && !topic) {
    const known = ctx.archivist.speakers().slice(0, 8).map((s) => fmt.text(s.name));
    await ctx.reply({
      body: `Give a speaker, a topic or both, e.g. /quote speaker:Khalilzad topic:ceasefire.${known.length ? `\nSpeakers in the corpus: ${known.join(', ')}.` : ''}`,
      ephemeral: true,
      tone: 'notice',
    });
    return;
  }
  const problem = topicProblem(topic);
  if (problem) return refuse(ctx, problem);
  const { quotes, closest } = ctx.archivist.quoteResults({ ...(speaker ? { speaker } : {}), ...(topic ? { topic } : {}) });
  const about = [speaker ? `by ${speaker}` : '', topic ? `on “${topic}”` : ''].filter(Boolean).join(' ');
  // Reported speech, and a quotation part of the article's own sentence, are shown in that sentence,
  // the statement in bold: who said it and how, verbatim.
  const said = (q: (typeof quotes)[number]) =>
    q.sentence && q.sentence.text.length <= MAX_QUOTE_CHARS ? withHighlight(q.sentence.text, q.sentence, fmt) : quotedText(fmt.text(clip(q.text, MAX_QUOTE_CHARS)), q.kind);
  const item = (q: (typeof quotes)[number]) =>
    `${said(q)}\n— ${fmt.bold(fmt.text(q.speaker ?? 'unattributed'))}${quoteKindLabel(q)} · ${fmt.dim(citationLine(q, fmt) + alsoInLine(q.alsoIn, fmt))}\n`;
  if (quotes.length === 0 && closest.length > 0) {
    // Not an answer: what they said nearest to the topic, which may be the topic in other words.
    await ctx.reply({
      title: 'No quotation on that topic',
      body: `No quotation ${fmt.text(about)} matches the topic closely. Closest of what they said:\n\n${closest.map(item).join('\n')}`,
      tone: 'notice',
    });
    return;
  }
  if (quotes.length === 0) {
    // Whom the name may have meant, when it names nobody quoted ("khalilzad" on "pizza" named him).
    const named = speaker !== undefined && topic !== undefined && ctx.archivist.quote({ speaker }).length > 0;
    const hint = didYouMean(speaker && !named ? ctx.archivist.speakersLike(speaker).map((s) => fmt.text(s.name)) : []);
    await ctx.reply({ title: 'No quotations', body: `The corpus has no quotation ${fmt.text(about)}.${hint ? `\n${hint}` : ''}`, tone: 'notice' });
    return;
  }
  const items = quotes.map(item);
  await ctx.reply(
    ctx.pages.open({
      kind: 'quote',
      userId: ctx.user.id,
      title: clip(`Quotations ${about}`, 250),
      header: `${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`,
      items,
      perPage: PER_PAGE,
    }),
  );
}

export function autocomplete(ctx: AutocompleteContext): Choice[] {
  return ctx.archivist.suggestSpeakers(ctx.focused.value, 25).map((s) => ({ name: `${s.name} (${s.quotes})`, value: s.name }));
}

/** A speaker is known when the corpus quotes someone by that name or role ("Khalilzad", "zalmay", "taliban official"; not "un", which only starts "UNHCR"). */
export function recognises(option: string, value: string, archivist: Archivist): boolean {
  return option === 'speaker' && value.trim().length >= 3 && archivist.quote({ speaker: value }).length > 0;
}
