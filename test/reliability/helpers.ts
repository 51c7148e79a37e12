/**
 * Shared setup for the reliability tests and the soak: FakeDiscord with several guilds, the real bot
 * (discord.js client) over an Archivist, captured logs, latency figures, and temp corpora.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord, type FakeInteraction } from '../fake-discord/FakeDiscord.js';
import { Archivist } from '../../src/service/Archivist.js';
import { startHarness, logSink, type Harness, type HarnessOptions } from '../discord/harness.js';

export const APP_ID = '110000000000000077';
export const MANAGE_GUILD = (1n << 5n).toString();
export const EPHEMERAL = 64;
export const GUILD_IDS = ['100000000000000101', '100000000000000102', '100000000000000103', '100000000000000104', '100000000000000105'];

export type RHarness = Harness;

export interface RHarnessOptions extends Omit<HarnessOptions, 'guilds' | 'applicationId' | 'registerGuildId'> {
  guilds?: number;
  /** Role ids every guild has (in GUILD_CREATE, hence in the client's role cache). */
  guildRoles?: string[];
}

/** FakeDiscord with `guilds` guilds (default 5) and the real bot logged in to it; commands registered globally. */
export async function startReliabilityHarness(opts: RHarnessOptions = {}): Promise<RHarness> {
  const { guilds = 5, guildRoles, ...rest } = opts;
  return startHarness({
    ...rest,
    applicationId: APP_ID,
    registerGuildId: null,
    archivist: opts.archivist ?? (await Archivist.open(opts.corpusDir ?? 'corpus', opts.loader)),
    guilds: GUILD_IDS.slice(0, guilds).map((id, n) => ({ id, name: `Guild ${n + 1}`, ...(guildRoles ? { roles: guildRoles } : {}) })),
  });
}

export { logSink };

/** A temp folder; `files` are copied from the shipped corpus. */
export async function tempCorpus(files: string[] = []): Promise<{ dir: string; write(name: string, content: string | Uint8Array): Promise<void>; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'archivist-rel-'));
  for (const f of files) await cp(path.join('corpus', f), path.join(dir, f));
  return {
    dir,
    write: (name, content) => writeFile(path.join(dir, name), content),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function shippedFiles(): Promise<string[]> {
  return (await readdir('corpus')).filter((f) => !f.startsWith('.')).sort();
}

/** Every visible text of a message: content, embed title/description/fields/footer. */
export function textOf(m: Record<string, any> | null | undefined): string {
  if (!m) return '';
  const e = m.embeds?.[0];
  return [m.content ?? '', e?.title ?? '', e?.description ?? '', ...(e?.fields ?? []).map((f: { name: string; value: string }) => `${f.name}\n${f.value}`), e?.footer?.text ?? ''].join('\n');
}

/** Every message body the bot sent to Discord (callbacks' data, webhook posts and edits). */
export function sentMessageBodies(fake: FakeDiscord): Record<string, any>[] {
  return fake.requests
    .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && /^\/(interactions|webhooks)\//.test(r.path))
    .map((r) => (r.path.startsWith('/interactions') ? r.body?.data : r.body))
    .filter((m) => m && (m.content !== undefined || m.embeds !== undefined));
}

/**
 * How an interaction was answered: `answers` counts the messages that carry an answer the user
 * sees (a message callback, an edit of a deferred reply, a follow-up) — exactly one is expected.
 */
export function answerCount(i: FakeInteraction): number {
  let n = 0;
  for (const c of i.calls) {
    if (c.status >= 300) continue;
    if (c.kind === 'callback' && (c.body?.type === 4 || c.body?.type === 7)) n++;
    if (c.kind === 'editOriginal' || c.kind === 'followup') n++;
  }
  return n;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[k]!;
}

export function figures(values: number[]): { n: number; p50: number; p99: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x);
  return { n: s.length, p50: r(percentile(s, 50)), p99: r(percentile(s, 99)), max: r(s[s.length - 1] ?? NaN) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Questions that exercise answered and not-answered paths on the shipped corpus. */
export const QUESTIONS = [
  'how big are the afghan security and defence forces',
  'who mediates in Doha?',
  'will the taliban accept a permanent cease-fire',
  'when did Khalilzad arrive in Kabul',
  'how many troops will the US keep in Afghanistan',
  'what did the Taliban say about prisoners',
  'any good pizza places in nyc',
  'what is the capital of Turkey',
  'who is Zalmay Khalilzad',
  'what happened in the peace talks',
];

export function userId(n: number): string {
  return `2000000000000${String(10000 + n).padStart(5, '0')}`;
}
