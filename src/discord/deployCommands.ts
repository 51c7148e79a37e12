/**
 * `npm run deploy-commands`: registers every command with Discord — to DISCORD_GUILD_ID when set
 * (instant, for one server), else globally. The REST base comes from DISCORD_API_URL.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { loadConfigOrReport, type Config } from '../config.js';
import type { Command } from '../commands/types.js';
import { commands as allCommands } from '../../commands/index.js';
import { runMain } from '../runMain.js';

export async function deployCommands(
  config: Config,
  commands: readonly Command[] = allCommands,
  restOptions: { retries?: number } = {},
): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const discord = config.discord;
  if (!discord) throw new Error('DISCORD_TOKEN is not set');
  const rest = new REST({ api: discord.apiUrl, ...restOptions }).setToken(discord.token);
  const body = commands.map((c) => c.data.toJSON());
  const route = discord.guildId ? Routes.applicationGuildCommands(discord.clientId, discord.guildId) : Routes.applicationCommands(discord.clientId);
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: discord.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

async function main(): Promise<number> {
  const config = loadConfigOrReport({ requireDiscord: true }, 'deploy-commands');
  if (!config) return 1;
  try {
    const r = await deployCommands(config);
    console.log(`Registered ${r.names.length} commands ${r.scope === 'guild' ? `in guild ${config.discord!.guildId}` : 'globally (may take up to an hour to appear)'}: ${r.names.map((n) => `/${n}`).join(' ')}`);
    return 0;
  } catch (e) {
    const err = e as { status?: number; message?: string };
    console.error(`deploy-commands: ${err.status === 401 ? 'Discord rejected DISCORD_TOKEN (401 Unauthorized)' : (err.message ?? String(e))}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(main, 'deploy-commands');
}
