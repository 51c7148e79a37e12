import { config as loadDotenv } from 'dotenv';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  corpusDir: string;
  /** A knowledge-base snapshot to start from when it matches the corpus (INDEX_SNAPSHOT). */
  snapshotFile?: string;
  logLevel: LogLevel;
  discord?: {
    token: string;
    clientId: string;
    guildId?: string;
    /** REST base in discord.js's `rest.api` form, e.g. http://127.0.0.1:8080/api. */
    apiUrl: string;
  };
  /** Seconds between two commands of one user. */
  cooldownSeconds: number;
  /** Role ids that may run /reload in addition to Manage Guild holders. */
  moderatorRoleIds: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads `.env` and the environment into a typed Config. Every problem is reported at once, one
 * line each; a token is never echoed.
 */
export function loadConfig({ requireDiscord }: { requireDiscord: boolean }, env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env) loadDotenv({ quiet: true });
  const problems: string[] = [];
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase() as LogLevel;
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  const cooldownSeconds = env.COOLDOWN_SECONDS === undefined || env.COOLDOWN_SECONDS === '' ? 3 : Number(env.COOLDOWN_SECONDS);
  if (!Number.isFinite(cooldownSeconds) || cooldownSeconds < 0) problems.push(`COOLDOWN_SECONDS must be a number of seconds ≥ 0 (got "${env.COOLDOWN_SECONDS}")`);
  const moderatorRoleIds = (env.MODERATOR_ROLE_IDS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of moderatorRoleIds) if (!/^\d{5,25}$/.test(id)) problems.push(`MODERATOR_ROLE_IDS must be a comma-separated list of role ids (got "${id}")`);
  const config: Config = { corpusDir: env.CORPUS_DIR || 'corpus', logLevel, cooldownSeconds, moderatorRoleIds };
  if (env.INDEX_SNAPSHOT?.trim()) config.snapshotFile = env.INDEX_SNAPSHOT.trim();
  const token = env.DISCORD_TOKEN?.trim();
  if (token || requireDiscord) {
    if (!token) problems.push('DISCORD_TOKEN is not set (put it in .env)');
    const clientId = env.DISCORD_CLIENT_ID?.trim() ?? '';
    if (!/^\d{5,25}$/.test(clientId)) problems.push('DISCORD_CLIENT_ID must be the application id (a number), see the Developer Portal');
    const guildId = env.DISCORD_GUILD_ID?.trim() || undefined;
    if (guildId && !/^\d{5,25}$/.test(guildId)) problems.push('DISCORD_GUILD_ID must be a guild id (a number) or empty');
    const apiUrl = (env.DISCORD_API_URL?.trim() || 'https://discord.com/api').replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) problems.push(`DISCORD_API_URL must be an http(s) URL like https://discord.com/api`);
    if (token) config.discord = { token, clientId, apiUrl, ...(guildId ? { guildId } : {}) };
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/**
 * loadConfig for an entry point: prints each problem on its own line (prefixed with the program's
 * name) and returns undefined instead of throwing a ConfigError.
 */
export function loadConfigOrReport(options: { requireDiscord: boolean }, program = 'archivist'): Config | undefined {
  try {
    return loadConfig(options);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const p of e.problems) console.error(`${program}: ${p}`);
    return undefined;
  }
}
