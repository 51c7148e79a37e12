import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/FakeDiscord.js';
import { APP_ID, GUILD_ID, spawnBot } from './harness.js';

function runMain(env: Record<string, string>, stdin = '', timeoutMs = 20_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe('npm start (src/main.ts)', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ applicationId: APP_ID, guilds: [{ id: GUILD_ID }] });
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('a bad token gives one clear error and a non-zero exit, without echoing the token', async () => {
    const r = await runMain({ DISCORD_TOKEN: 'not-the-token-xyz', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
    expect(r.stderr).not.toContain('not-the-token-xyz');
    expect(fake.requests.some((q) => q.path === '/gateway/bot' && q.status === 401)).toBe(true);
  });

  it('invalid configuration: one line per problem and exit 1', async () => {
    const r = await runMain({ DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: 'abc', COOLDOWN_SECONDS: 'soon', DISCORD_API_URL: fake.apiUrl });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => /DISCORD_CLIENT_ID/.test(l))).toBe(true);
    expect(lines.some((l) => /COOLDOWN_SECONDS/.test(l))).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it('a good token starts the bot, which answers, and SIGTERM stops it cleanly', async () => {
    const bot = spawnBot(fake);
    try {
      await bot.ready(15_000);
      const i = fake.sendCommand({ name: 'ask', options: { question: 'how big are the afghan security and defence forces' } });
      await i.response();
      expect(i.original!.embeds[0].description).toContain('350,000');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.stderr()).toContain('"msg":"stopped"');
      expect(bot.stderr()).not.toContain(fake.token);
    } finally {
      bot.child.kill('SIGKILL');
    }
  });

  it('npm run start:sharded runs the bot in a shard process that answers', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/sharded.ts'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    try {
      const identifies = fake.gatewayStats.identifies;
      const deadline = Date.now() + 20_000;
      while (fake.gatewayStats.identifies === identifies && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      await fake.gatewayReady(5_000);
      await new Promise((r) => setTimeout(r, 100));
      const identify = fake.gatewayReceived.filter((p) => p.op === 2).at(-1)!.d as { shard?: number[] };
      expect(identify.shard).toEqual([0, 1]);
      const i = fake.sendCommand({ name: 'ask', options: { question: 'how big are the afghan security and defence forces' } });
      await i.response(10_000);
      expect(i.original!.embeds[0].description).toContain('350,000');
      expect(stderr).toContain('shard 0 launched');
    } finally {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
    }
  }, 30_000);

  it('npm run deploy-commands registers the commands to DISCORD_GUILD_ID', async () => {
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/deployCommands.ts'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Registered 6 commands in guild/);
    expect(fake.registeredCommands(GUILD_ID).map((c) => c.name).sort()).toEqual(['ask', 'help', 'quote', 'reload', 'sources', 'timeline']);
  });
});
