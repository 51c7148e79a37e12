/**
 * The `interactionCreate` handler: routes slash commands, autocomplete and page buttons to the
 * transport-agnostic commands, with one `respond` path that keeps errors private and logs details.
 *
 * Acknowledgement policy (Discord allows 3 s): a command answers directly when its engine is fast;
 * it is deferred up front when the measured engine time of that command (moving average) exceeds
 * PREDICT_DEFER_MS, and a timer defers any command still unanswered after AUTO_DEFER_MS. /reload
 * defers itself, always. One structured log line per interaction.
 */
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Archivist } from '../service/Archivist.js';
import type { Command, CommandContext, View } from '../commands/types.js';
import { PageStore, parsePageCustomId } from '../commands/paging.js';
import { discordFmt, plainMessage, toChoices, toDiscordMessage } from '../present/discordView.js';
import { Cooldown } from './cooldown.js';
import type { Logger } from './logger.js';

export const AUTO_DEFER_MS = 1500;
export const PREDICT_DEFER_MS = 800;

export interface HandlerOptions {
  archivist: Archivist;
  commands: readonly Command[];
  logger: Logger;
  cooldownSeconds: number;
  moderatorRoleIds: readonly string[];
  pages?: PageStore;
  autoDeferMs?: number;
}

export class InteractionHandler {
  readonly pages: PageStore;
  private readonly cooldown: Cooldown;
  private readonly byName: Map<string, Command>;
  private readonly engineMs = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private accepting = true;

  constructor(private readonly opts: HandlerOptions) {
    this.pages = opts.pages ?? new PageStore();
    this.cooldown = new Cooldown(opts.cooldownSeconds);
    this.byName = new Map(opts.commands.map((c) => [c.data.name, c]));
  }

  /**
   * One command engine start per event-loop turn. The engines are synchronous: a burst of
   * interactions arriving in one gateway read would otherwise run back to back without letting a
   * timer (the auto-defer) or a REST call through, and the last of 300 would be answered after ~2.5 s.
   */
  private gate: Promise<void> = Promise.resolve();
  private waiting = 0;
  private avgEngineMs = 5;
  private turn(): Promise<void> {
    const next = this.gate.then(() => new Promise<void>((r) => setImmediate(r)));
    this.gate = next;
    return next;
  }

  /** The listener for Events.InteractionCreate. */
  readonly listener = (interaction: Interaction): void => {
    const p = this.handle(interaction).catch((e: unknown) => {
      this.opts.logger.error({ err: e }, 'interaction handler failed');
    });
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  };

  get pending(): number {
    return this.inFlight.size;
  }

  /** Stop taking interactions and wait (up to timeoutMs) for those in flight. */
  async drain(timeoutMs = 10_000): Promise<void> {
    this.accepting = false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((r) => {
        timer = setTimeout(r, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  async handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (interaction.isChatInputCommand()) return this.command(interaction);
    if (interaction.isButton()) return this.button(interaction);
  }

  private canModerate(i: Interaction): boolean {
    if (!i.inGuild()) return false;
    if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
    const roles = i.member?.roles;
    const ids: string[] = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
    return ids.some((id) => this.opts.moderatorRoleIds.includes(id));
  }

  private async command(i: ChatInputCommandInteraction): Promise<void> {
    const started = performance.now();
    const log = this.opts.logger;
    const base = { kind: 'command', command: i.commandName, guild: i.guildId ?? 'dm', user: i.user.id };
    const reply = new Replier(i);
    if (!this.accepting) {
      await reply.error('Archivist is restarting: try again in a minute.').catch(() => undefined);
      log.info({ ...base, latencyMs: ms(started), answered: false, refused: 'shutting-down' }, 'interaction');
      return;
    }
    const command = this.byName.get(i.commandName);
    if (!command) {
      await reply.error('I do not know that command (the command list may be out of date).').catch(() => undefined);
      log.warn({ ...base, latencyMs: ms(started), answered: false }, 'unknown command');
      return;
    }
    const verdict = this.cooldown.check(i.user.id);
    if (!verdict.ok) {
      if (verdict.warn) {
        await reply.error(`Slow down: one command every ${this.opts.cooldownSeconds} s (try again in ${Math.ceil(verdict.retryAfterMs / 1000)} s).`).catch(() => undefined);
      }
      log.info({ ...base, latencyMs: ms(started), answered: false, refused: 'cooldown' }, 'interaction');
      return;
    }
    log.debug({ ...base, options: i.options.data.map((o) => ({ name: o.name, value: o.value })) }, 'command options');

    const ctx: CommandContext = {
      commandName: i.commandName,
      options: { getString: (name) => i.options.getString(name) },
      user: { id: i.user.id, name: i.user.globalName ?? i.user.username },
      guildId: i.guildId,
      canModerate: this.canModerate(i),
      archivist: this.opts.archivist,
      pages: this.pages,
      fmt: discordFmt,
      defer: (o) => reply.defer(o?.ephemeral ?? false),
      reply: (view) => reply.view(view),
    };
    const autoDeferMs = this.opts.autoDeferMs ?? AUTO_DEFER_MS;
    // Under a burst an interaction waits for its turn (below), and the wait counts against Discord's
    // 3 s: defer at once when it is already old (time since Discord created it; clock skew only makes
    // this defer needlessly) or when the commands queued before it will take longer than the budget.
    const age = Date.now() - i.createdTimestamp;
    const backlog = this.waiting * this.avgEngineMs;
    if (age > autoDeferMs / 2 || backlog + age + (this.engineMs.get(i.commandName) ?? 0) > autoDeferMs) void reply.defer(false).catch(() => undefined);
    // The timer runs from receipt, not from the engine start.
    const timer = setTimeout(() => void reply.defer(false).catch(() => undefined), Math.max(0, autoDeferMs - ms(started)));
    this.waiting++;
    try {
      await this.turn();
    } finally {
      this.waiting--;
    }
    const predicted = this.engineMs.get(i.commandName) ?? 0;
    if (predicted > PREDICT_DEFER_MS || performance.now() - started + predicted > autoDeferMs) await reply.defer(false).catch(() => undefined);
    const engineStart = performance.now();
    let failed: unknown;
    try {
      await command.execute(ctx);
    } catch (e) {
      failed = e;
    } finally {
      clearTimeout(timer);
    }
    const engine = performance.now() - engineStart;
    this.engineMs.set(i.commandName, predicted ? predicted * 0.7 + engine * 0.3 : engine);
    this.avgEngineMs = this.avgEngineMs * 0.9 + engine * 0.1;
    if (failed !== undefined) {
      log.error({ ...base, err: failed }, 'command failed');
      await reply.error('Something went wrong while answering; the details are in the bot log.').catch((e: unknown) => log.error({ ...base, err: e }, 'could not report the error'));
    } else if (!reply.done) {
      await reply.error('This command produced no answer.').catch(() => undefined);
    }
    log.info(
      {
        ...base,
        latencyMs: ms(started),
        engineMs: Math.round(engine),
        deferred: reply.deferred,
        answered: failed === undefined && reply.lastTone === 'answer',
        ...(reply.failedCalls ? { failedCalls: reply.failedCalls } : {}),
      },
      'interaction',
    );
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const started = performance.now();
    const base = { kind: 'autocomplete', command: i.commandName, guild: i.guildId ?? 'dm', user: i.user.id };
    const command = this.byName.get(i.commandName);
    let choices: { name: string; value: string }[] = [];
    try {
      if (command?.autocomplete && this.accepting) {
        const focused = i.options.getFocused(true);
        choices = toChoices(
          await command.autocomplete({
            commandName: i.commandName,
            focused: { name: focused.name, value: String(focused.value) },
            options: { getString: (name) => i.options.getString(name) },
            archivist: this.opts.archivist,
          }),
        );
      }
    } catch (e) {
      this.opts.logger.error({ ...base, err: e }, 'autocomplete failed');
    }
    try {
      await i.respond(choices);
    } catch (e) {
      this.opts.logger.warn({ ...base, err: e }, 'autocomplete response failed');
    }
    this.opts.logger.info({ ...base, latencyMs: ms(started), choices: choices.length, answered: choices.length > 0 }, 'interaction');
  }

  private async button(i: ButtonInteraction): Promise<void> {
    const started = performance.now();
    const parsed = parsePageCustomId(i.customId);
    const base = { kind: 'button', command: parsed ? `page:${parsed.kind}` : 'unknown-button', guild: i.guildId ?? 'dm', user: i.user.id };
    const result = this.pages.turn(i.customId, i.user.id);
    try {
      if (result.ok) await i.update(toDiscordMessage(result.view));
      else await i.reply({ ...plainMessage(result.message), flags: MessageFlags.Ephemeral });
    } catch (e) {
      this.opts.logger.error({ ...base, err: e }, 'button response failed');
    }
    this.opts.logger.info({ ...base, latencyMs: ms(started), answered: result.ok, ...(result.ok ? {} : { refused: result.reason }) }, 'interaction');
  }
}

function ms(since: number): number {
  return Math.round(performance.now() - since);
}

/**
 * Every reply of one command interaction goes through here, one REST call at a time: reply
 * directly, or fill a deferred reply; an ephemeral view after a public defer replaces the
 * "thinking…" message with a private follow-up, so errors always stay private.
 */
class Replier {
  deferred = false;
  ephemeralDefer = false;
  done = false;
  lastTone: View['tone'];
  failedCalls = 0;
  private chain: Promise<unknown> = Promise.resolve();

  private readonly arrivedAt = Date.now();

  constructor(private readonly i: ChatInputCommandInteraction) {}

  /**
   * Runs one REST call, retrying when Discord is down (5xx, network errors; @discordjs/rest
   * retries those only three times, without a pause) with growing pauses: the first response
   * only while Discord's 3 seconds last, a deferred reply's edit for up to RETRY_WINDOW_MS (its
   * token stays valid for 15 minutes). 4xx errors are final.
   */
  private async retrying<T>(op: () => Promise<T>, acknowledged: boolean): Promise<T> {
    const deadline = acknowledged ? Date.now() + RETRY_WINDOW_MS : this.arrivedAt + FIRST_RESPONSE_MS;
    for (let pause = 250; ; pause *= 2) {
      try {
        return await op();
      } catch (e) {
        if (!isTransient(e) || Date.now() + pause > deadline) throw e;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  private run<T>(op: () => Promise<T>): Promise<T> {
    const next = this.chain.then(op, op);
    this.chain = next.catch(() => undefined);
    return next;
  }

  defer(ephemeral: boolean): Promise<void> {
    return this.run(async () => {
      if (this.deferred || this.done || this.i.replied || this.i.deferred) return;
      await this.retrying(() => this.i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}), false);
      this.deferred = true;
      this.ephemeralDefer = ephemeral;
    });
  }

  view(view: View): Promise<void> {
    this.lastTone = view.tone ?? 'answer';
    return this.send(toDiscordMessage(view), view.ephemeral ?? false);
  }

  error(text: string): Promise<void> {
    this.lastTone = 'error';
    return this.send(plainMessage(text), true);
  }

  private send(message: Parameters<ChatInputCommandInteraction['editReply']>[0] & object, ephemeral: boolean): Promise<void> {
    return this.run(async () => {
      try {
        if (this.done) {
          await this.retrying(() => this.i.followUp({ ...(message as object), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) }), true);
        } else if (this.deferred) {
          if (ephemeral && !this.ephemeralDefer) {
            await this.i.deleteReply().catch(() => undefined);
            await this.retrying(() => this.i.followUp({ ...(message as object), flags: MessageFlags.Ephemeral }), true);
          } else await this.retrying(() => this.i.editReply(message), true);
        } else {
          await this.retrying(() => this.i.reply({ ...(message as object), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) }), false);
        }
        this.done = true;
      } catch (e) {
        this.failedCalls++;
        throw e;
      }
    });
  }
}

/** Discord's first-response budget, less a margin for the request itself. */
const FIRST_RESPONSE_MS = 2_500;
/** How long a deferred reply keeps trying through a Discord outage. */
const RETRY_WINDOW_MS = 30_000;

/** Server errors and network failures pass; a 4xx means the request itself is wrong. */
function isTransient(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const status = (e as { status?: unknown }).status;
  if (typeof status === 'number') return status >= 500;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|UND_ERR_\w+)$/.test(code) || (e as Error).name === 'AbortError';
}
