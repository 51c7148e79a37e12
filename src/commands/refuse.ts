import type { CommandContext } from './types.js';

/**
 * Says why the input cannot be used (an empty question, a topic with no words), privately: only
 * its author needs to see it, and the channel stays clean.
 */
export function refuse(ctx: CommandContext, reason: string): Promise<void> {
  return ctx.reply({ body: reason, ephemeral: true, tone: 'notice' });
}
