/**
 * `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard,
 * each with its own knowledge base (src/main.ts; discord.js passes SHARDS / SHARD_COUNT in the
 * environment and the Client picks them up). Discord requires sharding from 2,500 guilds; below
 * that one process (`npm start`) is simpler and keeps a single copy of the corpus in memory.
 *
 * `totalShards: 'auto'` asks discord.com for the recommended count; discord.js does that against
 * the public API only, so when DISCORD_API_URL points elsewhere (a proxy, the tests' fake Discord)
 * the recommended count is fetched from that base instead.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { loadConfigOrReport } from '../config.js';
import { runMain } from '../runMain.js';

const DEFAULT_API = 'https://discord.com/api';

async function main(): Promise<number> {
  const config = loadConfigOrReport({ requireDiscord: true });
  if (!config) return 1;
  const discord = config.discord!;
  let totalShards: number | 'auto' = 'auto';
  if (discord.apiUrl !== DEFAULT_API) {
    try {
      const gateway = (await new REST({ api: discord.apiUrl, retries: 1 }).setToken(discord.token).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
      totalShards = Math.max(1, gateway.shards);
    } catch (e) {
      const err = e as { status?: number; message?: string };
      console.error(`archivist: ${err.status === 401 ? 'Discord rejected DISCORD_TOKEN (401 Unauthorized)' : `could not ask Discord for the shard count: ${err.message}`}`);
      return 1;
    }
  }
  const manager = new ShardingManager(fileURLToPath(new URL('../main.ts', import.meta.url)), {
    token: discord.token,
    totalShards,
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => console.error(`archivist: shard ${shard.id} launched`));
  try {
    await manager.spawn();
  } catch (e) {
    console.error(`archivist: could not start the shards: ${(e as Error).message}`);
    return 1;
  }
  const stop = (): void => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}

runMain(main);
