import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandContext } from '../src/commands/types.js';
import { listWithin } from '../src/present/textView.js';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Re-read the corpus folder and swap it in (moderators)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(ctx: CommandContext): Promise<void> {
  const { fmt } = ctx;
  if (!ctx.canModerate) {
    await ctx.reply({ body: 'Only moderators (Manage Server, or a moderator role) can reload the corpus.', ephemeral: true, tone: 'error' });
    return;
  }
  await ctx.defer({ ephemeral: true });
  const joined = ctx.archivist.isReloading;
  const r = await ctx.archivist.reload();
  const list = (ids: string[]) => (ids.length ? listWithin(ids.map((x) => fmt.text(x)), 1000) : 'none');
  // Only what changed: three "none" fields said nothing a line cannot.
  const fields = [
    { name: `Added (${r.added.length})`, value: list(r.added) },
    { name: `Removed (${r.removed.length})`, value: list(r.removed) },
    { name: `Changed (${r.changed.length})`, value: list(r.changed) },
  ].filter((_, i) => [r.added, r.removed, r.changed][i]!.length > 0);
  const changedFields = fields.length;
  if (r.warnings.length) {
    fields.push({
      name: `Warnings (${r.warnings.length})`,
      value: listWithin(r.warnings.map((w) => `${fmt.text(w.file)}: ${fmt.text(w.reason)}${w.skipped ? ' (skipped)' : ''}`), 1000),
    });
  }
  const note = joined ? ' (a reload was already running: this is its result)' : '';
  if (!r.ok) {
    await ctx.reply({
      title: 'Reload failed',
      body: `${fmt.text(r.error ?? 'unknown error')}\nThe previous corpus stays in service.${note}`,
      fields: fields.slice(changedFields),
      footer: `${r.ms} ms`,
      ephemeral: true,
      tone: 'error',
    });
    return;
  }
  await ctx.reply({
    title: 'Corpus reloaded',
    body: `${r.articles} articles, ${r.sentences} sentences, in ${r.ms} ms.${changedFields ? '' : ' No file was added, removed or changed.'}${note}`,
    fields,
    ephemeral: true,
    tone: 'answer',
  });
}
