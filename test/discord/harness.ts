/** Starts FakeDiscord and the real bot (discord.js Client) over a corpus, for end-to-end tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, cp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { FakeDiscord } from '../fake-discord/FakeDiscord.js';
import { Archivist, type KnowledgeBaseLoader } from '../../src/service/Archivist.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import type { Config } from '../../src/config.js';
import type { Command } from '../../src/commands/types.js';

export const GUILD_ID = '100000000000000001';
export const APP_ID = '110000000000000001';
export const MANAGE_GUILD = (1n << 5n).toString();

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  archivist: Archivist;
  config: Config;
  logs: Record<string, unknown>[];
  rawLogs: string[];
  stop(): Promise<void>;
}

const archivists = new Map<string, Promise<Archivist>>();

/** One Archivist per corpus folder per test file (loading costs ~250 ms). */
export function openArchivist(dir: string, fresh = false): Promise<Archivist> {
  if (fresh) return Archivist.open(dir);
  let a = archivists.get(dir);
  if (!a) {
    a = Archivist.open(dir);
    archivists.set(dir, a);
  }
  return a;
}

export interface HarnessOptions {
  corpusDir?: string;
  archivist?: Archivist;
  /** How the Archivist loads a corpus (when `archivist` is not given). */
  loader?: KnowledgeBaseLoader;
  cooldownSeconds?: number;
  commands?: Command[];
  moderatorRoleIds?: string[];
  applicationId?: string;
  /** The guilds of the fake Discord (default: one, GUILD_ID). */
  guilds?: { id: string; name?: string; roles?: string[] }[];
  /** Register commands to this guild (default GUILD_ID); null registers them globally. */
  registerGuildId?: string | null;
  token?: string;
  /** Retries of @discordjs/rest for 5xx (its default is 3). */
  retries?: number;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const applicationId = opts.applicationId ?? APP_ID;
  const fake = await FakeDiscord.start({ applicationId, guilds: opts.guilds ?? [{ id: GUILD_ID, name: 'Test Guild' }], ...(opts.token ? { token: opts.token } : {}) });
  const corpusDir = opts.corpusDir ?? 'corpus';
  const archivist = opts.archivist ?? (opts.loader ? await Archivist.open(corpusDir, opts.loader) : await openArchivist(corpusDir));
  const guildId = opts.registerGuildId === undefined ? GUILD_ID : opts.registerGuildId;
  const config: Config = {
    corpusDir,
    logLevel: 'info',
    cooldownSeconds: opts.cooldownSeconds ?? 0,
    moderatorRoleIds: opts.moderatorRoleIds ?? [],
    discord: { token: fake.token, clientId: applicationId, apiUrl: fake.apiUrl, ...(guildId ? { guildId } : {}) },
  };
  const { logs, rawLogs, sink } = logSink();
  let bot: Bot;
  try {
    bot = await startBot({
      config,
      archivist,
      logger: createLogger('info', sink),
      ...(opts.commands ? { commands: opts.commands } : {}),
      clientOptions: { rest: { globalRequestsPerSecond: 10_000, ...(opts.retries !== undefined ? { retries: opts.retries } : {}) } },
    });
  } catch (e) {
    await fake.stop();
    throw e;
  }
  return {
    fake,
    bot,
    archivist,
    config,
    logs,
    rawLogs,
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}

/** Captures the bot's JSON log lines (and any line that is not JSON, as `raw`). */
export function logSink(): { logs: Record<string, unknown>[]; rawLogs: string[]; sink: Writable } {
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      const text = chunk.toString();
      rawLogs.push(text);
      for (const line of text.split('\n').filter(Boolean)) {
        try {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          logs.push({ raw: line });
        }
      }
      cb();
    },
  });
  return { logs, rawLogs, sink };
}

/** A temp corpus folder with some shipped files copied in. */
export async function tempCorpus(files: string[]): Promise<{ dir: string; write(name: string, content: string | Uint8Array): Promise<void>; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'archivist-corpus-'));
  for (const f of files) await cp(path.join('corpus', f), path.join(dir, f));
  return {
    dir,
    write: (name, content) => writeFile(path.join(dir, name), content),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The description of the first embed of a message, or its content. */
export function textOf(m: Record<string, any> | null | undefined): string {
  if (!m) return '';
  const e = m.embeds?.[0];
  return [m.content ?? '', e?.title ?? '', e?.description ?? '', ...(e?.fields ?? []).map((f: { name: string; value: string }) => `${f.name}\n${f.value}`), e?.footer?.text ?? ''].join('\n');
}

export const EPHEMERAL = 64;

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (its log lines). */
  stderr(): string;
  exited: Promise<number | null>;
  /** Resolves once the gateway is up and the bot logged "bot ready". */
  ready(timeoutMs?: number): Promise<void>;
}

/** `npm start` (src/main.ts) as a child process against the fake Discord, as a person would run it. */
export function spawnBot(fake: FakeDiscord, applicationId = APP_ID): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: applicationId, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    stderr: () => stderr,
    exited,
    async ready(timeoutMs = 20_000) {
      await fake.gatewayReady(timeoutMs);
      const deadline = Date.now() + timeoutMs;
      while (!stderr.includes('bot ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    },
  };
}
