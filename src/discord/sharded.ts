/**
 * `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard,
 * each with its own knowledge base (src/main.ts; discord.js passes SHARDS / SHARD_COUNT in the
 * environment). Discord requires sharding from 2,500 guilds; below that one process is simpler and
 * uses a single copy of the corpus in memory.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';

let config;
try {
  config = loadConfig({ requireDiscord: true });
} catch (e) {
  if (e instanceof ConfigError) {
    for (const p of e.problems) console.error(`archivist: ${p}`);
    process.exit(1);
  }
  throw e;
}

const manager = new ShardingManager(fileURLToPath(new URL('../main.ts', import.meta.url)), {
  token: config.discord!.token,
  totalShards: 'auto',
  execArgv: ['--import', 'tsx'],
  respawn: true,
});
manager.on('shardCreate', (shard) => console.error(`archivist: shard ${shard.id} launched`));
manager.spawn().catch((e: unknown) => {
  console.error(`archivist: could not start the shards: ${(e as Error).message}`);
  process.exitCode = 1;
});
