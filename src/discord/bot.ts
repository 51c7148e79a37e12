/**
 * The Discord bot: a discord.js Client (intent Guilds only; REST base from DISCORD_API_URL), the
 * interaction handler, and a graceful stop (stop taking interactions, finish those in flight,
 * client.destroy()).
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Config } from '../config.js';
import type { Archivist } from '../service/Archivist.js';
import type { Command } from '../commands/types.js';
import { commands as allCommands } from '../../commands/index.js';
import { InteractionHandler } from './handler.js';
import type { Logger } from './logger.js';

export interface BotOptions {
  config: Config;
  archivist: Archivist;
  logger: Logger;
  commands?: readonly Command[];
  /** Extra client options (tests: `rest: { globalRequestsPerSecond }`). */
  clientOptions?: Partial<ClientOptions>;
  /** How long login may take before it is reported as a failure. */
  readyTimeoutMs?: number;
}

export interface Bot {
  client: Client;
  handler: InteractionHandler;
  stop(): Promise<void>;
}

export class BotStartError extends Error {}

export async function startBot(opts: BotOptions): Promise<Bot> {
  const discord = opts.config.discord;
  if (!discord) throw new BotStartError('DISCORD_TOKEN is not set');
  const { rest: extraRest, ...extra } = opts.clientOptions ?? {};
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...extra,
    rest: { ...extraRest, api: discord.apiUrl },
  });
  const handler = new InteractionHandler({
    archivist: opts.archivist,
    commands: opts.commands ?? allCommands,
    logger: opts.logger,
    cooldownSeconds: opts.config.cooldownSeconds,
    moderatorRoleIds: opts.config.moderatorRoleIds,
  });
  client.on(Events.InteractionCreate, handler.listener);
  client.on(Events.Error, (e) => opts.logger.error({ err: e }, 'discord client error'));
  client.on(Events.Warn, (m) => opts.logger.warn({ detail: m }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (ev, shard) => opts.logger.warn({ shard, code: ev.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => opts.logger.info({ shard }, 'gateway resumed'));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await handler.drain();
    await client.destroy();
  };

  const ready = once(client, Events.ClientReady);
  let timer: NodeJS.Timeout | undefined;
  try {
    await client.login(discord.token);
    await Promise.race([
      ready,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new BotStartError('the gateway did not become ready in time')), opts.readyTimeoutMs ?? 60_000);
      }),
    ]);
  } catch (e) {
    await client.destroy().catch(() => undefined);
    throw new BotStartError(describeLoginError(e));
  } finally {
    clearTimeout(timer);
  }
  opts.logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, shard: client.shard?.ids ?? [0], articles: opts.archivist.sources().length },
    'bot ready',
  );
  return { client, handler, stop };
}

/** One clear line for a failed login, without the token. */
export function describeLoginError(e: unknown): string {
  const err = e as { code?: string | number; status?: number; message?: string };
  if (err.code === 'TokenInvalid' || err.status === 401 || /401|unauthori[sz]ed|invalid token/i.test(err.message ?? '')) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot → Reset Token) into .env';
  }
  if (err.code === 'DisallowedIntents') return 'Discord refused the gateway intents requested';
  return `could not connect to Discord: ${err.message ?? String(e)}`;
}
