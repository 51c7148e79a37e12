/**
 * Renders a transport-neutral View as a Discord message: one embed (title, link, description,
 * fields, footer), ◀ ▶ buttons for paged views, and `allowedMentions: { parse: [] }` always, so
 * corpus text never pings anyone. Lengths stay within Discord's limits (embed title 256,
 * description 4,096, field 1,024, footer 2,048, 6,000 per message), cut at line, sentence or word
 * boundaries, never mid-word.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  MessageFlags,
  escapeMarkdown,
  type APIAllowedMentions,
} from 'discord.js';
import type { Fmt, View } from '../commands/types.js';
import { pageCustomId } from '../commands/paging.js';
import { clip, clipLines } from './textView.js';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const COLOURS = { answer: 0x2b6cb0, notice: 0x718096, error: 0xc53030 } as const;

/** Markdown formatting for embeds; corpus text is escaped (also neutralises `@everyone` visually). */
export const discordFmt: Fmt = {
  text: (s) => escapeMarkdown(s),
  bold: (s) => (s.trim() ? `**${s}**` : s),
  italic: (s) => (s.trim() ? `*${s}*` : s),
  dim: (s) => (s.trim() ? `*${s}*` : s),
  link: (label, url) => `[${label.replace(/[[\]]/g, '')}](${url.replace(/\)/g, '%29')})`,
};

export interface DiscordMessage {
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: APIAllowedMentions;
}

export const NO_MENTIONS: APIAllowedMentions = { parse: [] };

/** The payload for reply / editReply / update (add `flags` for an ephemeral reply with {@link ephemeralFlags}). */
export function toDiscordMessage(view: View): DiscordMessage {
  const embed = new EmbedBuilder().setColor(COLOURS[view.tone ?? 'answer']);
  let total = 0;
  const take = (s: string, limit: number): string => {
    const room = Math.max(0, Math.min(limit, LIMITS.total - total));
    const out = clipLines(s, room);
    total += out.length;
    return out;
  };
  // A title is plain text (an article's headline, a user's topic): markdown in it is shown, not rendered.
  if (view.title) embed.setTitle(take(escapeMarkdown(view.title), LIMITS.title) || '…');
  if (view.url && /^https?:\/\//.test(view.url) && view.url.length <= 2000) embed.setURL(view.url);
  const footer = view.footer ? clip(view.footer, LIMITS.footer) : '';
  total += footer.length;
  const fields = (view.fields ?? []).slice(0, LIMITS.fields);
  // Keep room for the fields (each at most its limit) before filling the description.
  const fieldBudget = fields.reduce((n, f) => n + Math.min(f.name.length, LIMITS.fieldName) + Math.min(f.value.length, LIMITS.fieldValue), 0);
  const descRoom = Math.max(200, Math.min(LIMITS.description, LIMITS.total - total - Math.min(fieldBudget, 3000)));
  const description = take(view.body.trim() || '…', descRoom);
  embed.setDescription(description || '…');
  for (const f of fields) {
    if (LIMITS.total - total < 20) break;
    const name = take(f.name || '\u200b', LIMITS.fieldName) || '\u200b';
    const value = take(f.value || '\u200b', LIMITS.fieldValue) || '…';
    embed.addFields({ name, value });
  }
  if (footer) embed.setFooter({ text: footer });
  const components: ActionRowBuilder<ButtonBuilder>[] = [];
  if (view.pager && view.pager.pages > 1) {
    const { kind, token, page, pages } = view.pager;
    components.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(pageCustomId(kind, token, Math.max(0, page - 1)))
          .setLabel('◀')
          .setStyle(ButtonStyle.Secondary)
          .setDisabled(page <= 0),
        new ButtonBuilder()
          .setCustomId(pageCustomId(kind, token, Math.min(pages - 1, page + 1)))
          .setLabel('▶')
          .setStyle(ButtonStyle.Secondary)
          .setDisabled(page >= pages - 1),
      ),
    );
  }
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

export const ephemeralFlags = MessageFlags.Ephemeral;

/** A short plain-text message (errors, refusals), kept under the content limit. */
export function plainMessage(text: string): { content: string; allowedMentions: APIAllowedMentions } {
  return { content: clip(text, LIMITS.content), allowedMentions: NO_MENTIONS };
}

/** Autocomplete choices within Discord's limits (25 choices, names and values ≤ 100). */
export function toChoices(choices: { name: string; value: string }[]): { name: string; value: string }[] {
  return choices
    .filter((c) => c.name.trim() && c.value.trim())
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: clip(c.name, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceValue) }));
}
