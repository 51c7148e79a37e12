/**
 * A fake Discord (REST API v10 + gateway) on 127.0.0.1 that the real, unmodified discord.js 14 Client runs against.
 *
 *   const fake = await FakeDiscord.start({ guilds: [{ id: '100000000000000001' }] });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds],
 *                               rest: { api: fake.apiUrl, globalRequestsPerSecond: 10_000 } });
 *   await client.login(fake.token);
 *   const i = fake.sendCommand({ name: 'ask', options: { question: 'who?' } });
 *   await i.response();            // visible reply (reply, or defer + edit / follow-up)
 *   i.calls                        // every REST call made with the interaction token, in order
 *   await fake.stop();
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import {
  CallbackType,
  FakeInteraction,
  type FakeMessage,
  type InteractionCall,
  type InteractionCallKind,
  type InteractionKind,
} from './FakeInteraction.js';
import {
  ErrorCollector,
  MESSAGE_FLAG_EPHEMERAL,
  MESSAGE_FLAG_LOADING,
  validateChoices,
  validateCommands,
  validateMessage,
} from './validate.js';

export { FakeInteraction, CallbackType } from './FakeInteraction.js';
export type { FakeMessage, InteractionCall, InteractionCallKind, InteractionKind } from './FakeInteraction.js';

type Json = Record<string, any>;

export interface FakeGuildInput {
  id: string;
  name?: string;
  /** Id of the guild's single text channel (generated when omitted). */
  channelId?: string;
  channelName?: string;
  features?: string[];
  /** Ids of roles the guild has besides @everyone (sent in GUILD_CREATE, so the client caches them). */
  roles?: string[];
}

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
  channelName: string;
  features: string[];
  roles: string[];
}

export interface FakeDiscordOptions {
  applicationId?: string;
  guilds?: FakeGuildInput[];
  botUserId?: string;
  botUsername?: string;
  /** The only bot token the fake accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY/RESUME). */
  token?: string;
  /** A callback later than this after dispatch gets 404 / 10062 Unknown interaction. Default 3000 (Discord's). */
  interactionTimeoutMs?: number;
  /** heartbeat_interval sent in HELLO. Default 41250 (Discord's). */
  heartbeatIntervalMs?: number;
}

export interface RestRequestRecord {
  method: string;
  /** Decoded path after `/api/v{n}`, e.g. `/interactions/1/tok/callback`, `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  status: number;
  /** Date.now() when the request arrived. */
  time: number;
  durationMs: number;
  body: any;
  /** True when the answer came from `failNext`. */
  injected: boolean;
  /** Whether the request carried a valid `Authorization: Bot` header. */
  authorized: boolean;
}

export type RouteMatcher = string | RegExp | ((request: { method: string; path: string }) => boolean);

export interface FaultHandle {
  /** How many more requests this fault will still fail. */
  readonly remaining: number;
  /** How many requests it has failed so far. */
  readonly hits: number;
  cancel(): void;
}

export type OptionValue = string | number | boolean;

export interface OptionInput {
  name: string;
  /** Discord option type: 1 subcommand, 2 group, 3 string, 4 integer, 5 boolean, 10 number. Inferred from value. */
  type?: number;
  value?: OptionValue;
  focused?: boolean;
  options?: OptionInput[];
}

export interface InteractionContextInput {
  userId?: string;
  username?: string;
  /** Guild the interaction comes from; defaults to the first guild; `null` makes a DM interaction. */
  guildId?: string | null;
  channelId?: string;
  /** Member permissions bitfield (string or bigint). */
  permissions?: string | bigint;
  /** app_permissions bitfield. */
  appPermissions?: string | bigint;
  /** Role ids of the member (guild interactions only). Default: none. */
  roles?: string[];
  locale?: string;
}

export interface CommandInput extends InteractionContextInput {
  name: string;
  /** `[{ name, type?, value, focused? }]` (Discord's shape) or `{ optionName: value }`. */
  options?: OptionInput[] | Record<string, OptionValue>;
  /** Wraps the options in a subcommand of this name. */
  subcommand?: string;
  commandId?: string;
}

export interface AutocompleteInput extends CommandInput {
  /** Name of the focused option; defaults to the option already marked `focused`, else the last option. */
  focused?: string;
}

export interface ComponentInput extends InteractionContextInput {
  customId: string;
  /** 2 button (default), 3 string select, ... */
  componentType?: number;
  values?: string[];
  /** Message the component is on: a message the fake created, or a synthetic one with this id. */
  messageId?: string;
  /** Full message object to send instead. */
  message?: Json;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Fault {
  matcher: RouteMatcher;
  status: number;
  body: unknown;
  remaining: number;
  hits: number;
}

interface GatewayEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  events: GatewayEvent[];
  conn: Connection | null;
}

interface Connection {
  ws: WebSocket;
  session: Session | null;
}

const DISCORD_EPOCH = 1420070400000n;
let snowflakeIncrement = 0n;
const workerBits = BigInt(process.pid % 32) << 17n;

/** A valid, increasing Discord snowflake. */
export function snowflake(at = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | workerBits | snowflakeIncrement).toString();
}

/** ViewChannel, SendMessages, EmbedLinks, AttachFiles, ReadMessageHistory, AddReactions, UseApplicationCommands, UseExternalEmojis. */
export const DEFAULT_PERMISSIONS = (
  (1n << 10n) |
  (1n << 11n) |
  (1n << 14n) |
  (1n << 15n) |
  (1n << 16n) |
  (1n << 6n) |
  (1n << 31n) |
  (1n << 18n)
).toString();

const jsonError = (status: number, message: string, code: number, errors?: unknown): Reply => ({
  status,
  body: errors === undefined ? { message, code } : { message, code, errors },
});

const invalidFormBody = (errors: ErrorCollector): Reply => jsonError(400, 'Invalid Form Body', 50035, errors.tree);

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function matches(matcher: RouteMatcher, method: string, path: string): boolean {
  if (typeof matcher === 'function') return matcher({ method, path });
  if (matcher instanceof RegExp) return matcher.test(`${method} ${path}`);
  const m = /^(GET|POST|PUT|PATCH|DELETE)\s+(.*)$/i.exec(matcher.trim());
  if (m) return m[1]!.toUpperCase() === method && path.includes(m[2]!);
  return path.includes(matcher);
}

function inferOptionType(value: OptionValue | undefined): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function hasMessageContent(m: Json): boolean {
  return (
    (typeof m.content === 'string' && m.content.length > 0) ||
    (Array.isArray(m.embeds) && m.embeds.length > 0) ||
    (Array.isArray(m.components) && m.components.length > 0) ||
    (Array.isArray(m.attachments) && m.attachments.length > 0) ||
    (Array.isArray(m.sticker_ids) && m.sticker_ids.length > 0) ||
    m.poll != null
  );
}

export class FakeDiscord {
  readonly applicationId: string;
  readonly botUserId: string;
  readonly botUsername: string;
  /** The bot token the fake accepts. */
  readonly token: string;
  readonly guilds: FakeGuild[];
  readonly interactionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;

  /** Every REST request, in arrival order (including injected failures). */
  readonly requests: RestRequestRecord[] = [];
  /** Every interaction dispatched, by id. */
  readonly interactions = new Map<string, FakeInteraction>();
  /** Every message the fake created (interaction replies, follow-ups), by id: current state. */
  readonly messages = new Map<string, FakeMessage>();
  /** Registered commands: global, and per guild id. */
  readonly commands: { global: Json[]; guild: Map<string, Json[]> } = { global: [], guild: new Map() };
  /** Gateway counters. */
  readonly gatewayStats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0, badTokens: 0 };
  /** Every gateway payload received from clients (op, d), in order. */
  readonly gatewayReceived: { op: number; d: unknown; time: number }[] = [];

  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  private readonly faults: Fault[] = [];
  private readonly sessions = new Map<string, Session>();
  private currentSession: Session | null = null;
  private readonly connections = new Set<Connection>();
  private readonly byToken = new Map<string, FakeInteraction>();
  private readonly syntheticCommandIds = new Map<string, string>();
  private readonly gatewayWaiters = new Set<() => void>();
  private stopped = false;

  private constructor(opts: FakeDiscordOptions) {
    this.applicationId = opts.applicationId ?? snowflake();
    this.botUserId = opts.botUserId ?? this.applicationId;
    this.botUsername = opts.botUsername ?? 'FakeBot';
    this.token = opts.token ?? 'test-token';
    this.interactionTimeoutMs = opts.interactionTimeoutMs ?? 3000;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 41250;
    this.guilds = (opts.guilds ?? [{ id: snowflake(), name: 'Fake Guild' }]).map((g, i) => ({
      id: g.id,
      name: g.name ?? `Fake Guild ${i + 1}`,
      channelId: g.channelId ?? snowflake(),
      channelName: g.channelName ?? 'general',
      features: g.features ?? [],
      roles: g.roles ?? [],
    }));
    this.server = http.createServer((req, res) => {
      this.handleHttp(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `fake internal error: ${String(error)}`, code: 0 }));
        }
      });
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws, req) => this.onGatewayConnection(ws, req));
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(opts);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** For discord.js `rest: { api }`: `http://127.0.0.1:PORT/api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get botUser(): Json {
    return {
      id: this.botUserId,
      username: this.botUsername,
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      system: false,
      public_flags: 0,
      flags: 0,
    };
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- fault injection

  /**
   * Make the next `count` REST requests matching `route` fail with `status`.
   * `route`: `'POST /interactions'` (method + path substring), `'/webhooks'` (path substring, any method),
   * a RegExp tested against `'METHOD /path'`, or a predicate. Paths are decoded and relative to `/api/v10`.
   * 429: body defaults to `{ message, retry_after: 0.05, global: false }`; headers `retry-after`,
   * `x-ratelimit-*` (and `x-ratelimit-global` when `global`) follow the body.
   */
  failNext(route: RouteMatcher, status: number, body?: unknown, count = 1): FaultHandle {
    const fault: Fault = { matcher: route, status, body, remaining: count, hits: 0 };
    this.faults.push(fault);
    return {
      get remaining() {
        return fault.remaining;
      },
      get hits() {
        return fault.hits;
      },
      cancel: () => {
        fault.remaining = 0;
      },
    };
  }

  /** Requests whose method/path match, e.g. `fake.countRequests('POST /interactions')`. */
  countRequests(route: RouteMatcher): number {
    return this.requests.filter((r) => matches(route, r.method, r.path)).length;
  }

  /**
   * Close the current gateway connection. 1006 (default is 4000): abrupt TCP termination with no close frame;
   * any other code: a close frame with that code. discord.js resumes on 4000/1006 and re-identifies on 1000
   * (a re-identify waits ~5 s in @discordjs/ws's identify throttler). Dispatches made while disconnected are
   * buffered and replayed on RESUME. Resolves once the socket is closed.
   */
  async dropGateway(closeCode = 4000): Promise<void> {
    const session = this.currentSession;
    const conn = session?.conn;
    if (!session || !conn) throw new Error('FakeDiscord.dropGateway: no connected gateway session');
    session.conn = null;
    conn.session = null;
    const closed = new Promise<void>((resolve) => {
      if (conn.ws.readyState === WebSocket.CLOSED) resolve();
      else conn.ws.once('close', () => resolve());
    });
    if (closeCode === 1006) conn.ws.terminate();
    else conn.ws.close(closeCode, 'FakeDiscord.dropGateway');
    await closed;
  }

  /** Send op 7 RECONNECT (discord.js closes and resumes). */
  requestReconnect(): void {
    this.currentSession?.conn?.ws.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Send op 9 INVALID_SESSION on the current connection. */
  invalidateSession(resumable = false): void {
    const session = this.currentSession;
    if (!session?.conn) return;
    session.conn.ws.send(JSON.stringify({ op: 9, d: resumable }));
    if (!resumable) {
      this.sessions.delete(session.id);
      session.conn.session = null;
      session.conn = null;
    }
  }

  /** True when a client is identified/resumed on a live connection. */
  get gatewayConnected(): boolean {
    return Boolean(this.currentSession?.conn);
  }

  /** Resolves when a client is identified (READY sent) or resumed on a live connection. */
  gatewayReady(timeoutMs = 5000): Promise<void> {
    if (this.gatewayConnected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (): void => {
        if (!this.gatewayConnected) return;
        clearTimeout(timer);
        this.gatewayWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.gatewayWaiters.delete(done);
        reject(new Error(`FakeDiscord: gateway not ready within ${timeoutMs} ms`));
      }, timeoutMs);
      this.gatewayWaiters.add(done);
    });
  }

  // ---------------------------------------------------------------- registered commands

  /** Commands registered globally (no guildId) or for one guild. */
  registeredCommands(guildId?: string): Json[] {
    return guildId === undefined ? this.commands.global : (this.commands.guild.get(guildId) ?? []);
  }

  // ---------------------------------------------------------------- interaction dispatch

  /** Dispatch a chat-input command (INTERACTION_CREATE type 2). */
  sendCommand(input: CommandInput): FakeInteraction {
    const options = this.buildOptions(input, undefined);
    return this.dispatchInteraction(2, 'command', input, {
      id: this.commandIdFor(input),
      name: input.name,
      type: 1,
      ...(options.length > 0 ? { options } : {}),
      ...(input.guildId !== null ? { guild_id: this.guildFor(input).id } : {}),
    });
  }

  /** Dispatch an autocomplete request (INTERACTION_CREATE type 4); one option is `focused`. */
  sendAutocomplete(input: AutocompleteInput): FakeInteraction {
    const options = this.buildOptions(input, input.focused ?? null);
    return this.dispatchInteraction(4, 'autocomplete', input, {
      id: this.commandIdFor(input),
      name: input.name,
      type: 1,
      options,
      ...(input.guildId !== null ? { guild_id: this.guildFor(input).id } : {}),
    });
  }

  /** Dispatch a button click (INTERACTION_CREATE type 3, component_type 2) with its message. */
  sendButton(input: ComponentInput): FakeInteraction {
    return this.sendComponent({ ...input, componentType: input.componentType ?? 2 });
  }

  /** Dispatch any message component interaction (type 3). */
  sendComponent(input: ComponentInput): FakeInteraction {
    const componentType = input.componentType ?? 2;
    const guild = input.guildId === null ? null : this.guildFor(input);
    const channelId = input.channelId ?? guild?.channelId ?? this.dmChannelId(input);
    let message = input.message;
    if (!message && input.messageId) message = this.messages.get(input.messageId);
    if (!message) {
      message = this.makeMessage(
        {
          content: 'Message with a component',
          components: [
            {
              type: 1,
              components:
                componentType === 2
                  ? [{ type: 2, style: 1, custom_id: input.customId, label: 'Button' }]
                  : [{ type: componentType, custom_id: input.customId, options: [] }],
            },
          ],
        },
        { id: input.messageId, channelId, guildId: guild?.id ?? null, type: 0 },
      );
      this.messages.set(message.id, message);
    }
    const data: Json = { custom_id: input.customId, component_type: componentType };
    if (input.values) data.values = input.values;
    const interaction = this.dispatchInteraction(3, 'component', input, data, { message: structuredClone(message) });
    return interaction;
  }

  // ---------------------------------------------------------------- internals: payloads

  private guildFor(input: InteractionContextInput): FakeGuild {
    if (input.guildId) {
      const g = this.guilds.find((x) => x.id === input.guildId);
      if (!g) throw new Error(`FakeDiscord: unknown guild ${input.guildId}`);
      return g;
    }
    const first = this.guilds[0];
    if (!first) throw new Error('FakeDiscord: no guild configured');
    return first;
  }

  private dmChannelId(input: InteractionContextInput): string {
    return input.channelId ?? `9${(input.userId ?? '200000000000000001').slice(1)}`;
  }

  private commandIdFor(input: CommandInput): string {
    if (input.commandId) return input.commandId;
    const guildId = input.guildId === null ? undefined : this.guildFor(input).id;
    const registered = [...(guildId ? this.registeredCommands(guildId) : []), ...this.commands.global].find(
      (c) => c.name === input.name,
    );
    if (registered) return registered.id as string;
    let id = this.syntheticCommandIds.get(input.name);
    if (!id) {
      id = snowflake();
      this.syntheticCommandIds.set(input.name, id);
    }
    return id;
  }

  private buildOptions(input: CommandInput, focused: string | null | undefined): Json[] {
    const raw: OptionInput[] = Array.isArray(input.options)
      ? input.options
      : Object.entries(input.options ?? {}).map(([name, value]) => ({ name, value }));
    const opts: Json[] = raw.map((o) => {
      const out: Json = { name: o.name, type: o.type ?? inferOptionType(o.value) };
      if (o.options) out.options = o.options.map((x) => ({ ...x, type: x.type ?? inferOptionType(x.value) }));
      else out.value = o.value;
      if (o.focused) out.focused = true;
      return out;
    });
    if (focused !== undefined) {
      // Autocomplete: exactly one focused option; values arrive as the raw strings typed so far.
      const target = focused ?? opts.find((o) => o.focused)?.name ?? opts[opts.length - 1]?.name;
      for (const o of opts) {
        if (o.name === target) o.focused = true;
        else delete o.focused;
      }
    }
    return input.subcommand ? [{ name: input.subcommand, type: 1, options: opts }] : opts;
  }

  private userObject(input: InteractionContextInput): Json {
    const id = input.userId ?? '200000000000000001';
    return {
      id,
      username: input.username ?? `user${id.slice(-4)}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
      public_flags: 0,
    };
  }

  private dispatchInteraction(
    type: number,
    kind: InteractionKind,
    input: InteractionContextInput,
    data: Json,
    extra: Json = {},
  ): FakeInteraction {
    const id = snowflake();
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
    const user = this.userObject(input);
    const guild = input.guildId === null ? null : this.guildFor(input);
    const permissions = String(input.permissions ?? DEFAULT_PERMISSIONS);
    const appPermissions = String(input.appPermissions ?? DEFAULT_PERMISSIONS);
    const locale = input.locale ?? 'en-US';
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      app_permissions: appPermissions,
      locale,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      ...extra,
    };
    if (guild) {
      const channelId = input.channelId ?? guild.channelId;
      payload.guild_id = guild.id;
      payload.guild = { id: guild.id, locale: 'en-US', features: guild.features };
      payload.guild_locale = 'en-US';
      payload.channel_id = channelId;
      payload.channel = {
        id: channelId,
        type: 0,
        name: guild.channelName,
        guild_id: guild.id,
        position: 0,
        parent_id: null,
        nsfw: false,
        topic: null,
        rate_limit_per_user: 0,
        last_message_id: null,
        flags: 0,
        permissions,
      };
      payload.member = {
        user,
        roles: input.roles ?? [],
        nick: null,
        avatar: null,
        premium_since: null,
        joined_at: new Date(Date.now() - 86_400_000).toISOString(),
        deaf: false,
        mute: false,
        pending: false,
        flags: 0,
        communication_disabled_until: null,
        permissions,
      };
      payload.authorizing_integration_owners = { '0': guild.id };
      payload.context = 0;
    } else {
      const channelId = this.dmChannelId(input);
      payload.user = user;
      payload.channel_id = channelId;
      payload.channel = { id: channelId, type: 1, flags: 0, last_message_id: null, recipients: [user] };
      payload.authorizing_integration_owners = { '1': user.id };
      payload.context = 1;
    }
    const interaction = new FakeInteraction(id, token, type, kind, payload);
    this.interactions.set(id, interaction);
    this.byToken.set(token, interaction);
    this.dispatch('INTERACTION_CREATE', payload);
    return interaction;
  }

  private makeMessage(
    body: Json,
    ctx: { id?: string; channelId: string; guildId: string | null; type?: number; interaction?: FakeInteraction },
  ): FakeMessage {
    const id = ctx.id ?? snowflake();
    const i = ctx.interaction;
    const message: FakeMessage = {
      id,
      type: ctx.type ?? (i && i.type === 2 ? 20 : 0),
      channel_id: ctx.channelId,
      author: this.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: body.attachments ?? [],
      embeds: (Array.isArray(body.embeds) ? body.embeds : []).map((e: Json) => ({ type: 'rich', ...e })),
      components: Array.isArray(body.components) ? body.components : [],
      reactions: [],
      pinned: false,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      application_id: this.applicationId,
      webhook_id: i ? this.applicationId : undefined,
    };
    if (ctx.guildId) message.guild_id = ctx.guildId;
    if (i) {
      const user = i.payload.member?.user ?? i.payload.user;
      message.interaction_metadata = {
        id: i.id,
        type: i.type,
        user,
        authorizing_integration_owners: i.payload.authorizing_integration_owners,
        ...(i.type === 2 ? { name: i.payload.data?.name, command_type: 1 } : {}),
      };
    } else {
      delete message.webhook_id;
    }
    return message;
  }

  private applyEdit(message: FakeMessage, body: Json): FakeMessage {
    const next: FakeMessage = { ...message };
    if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) {
      next.embeds = (Array.isArray(body.embeds) ? body.embeds : []).map((e: Json) => ({ type: 'rich', ...e }));
    }
    if ('components' in body) next.components = Array.isArray(body.components) ? body.components : [];
    if ('attachments' in body) next.attachments = Array.isArray(body.attachments) ? body.attachments : [];
    if (typeof body.flags === 'number') {
      // Only SUPPRESS_EMBEDS / IS_COMPONENTS_V2 are editable; keep EPHEMERAL as it was.
      next.flags = (next.flags & MESSAGE_FLAG_EPHEMERAL) | (body.flags & ~MESSAGE_FLAG_EPHEMERAL & ~MESSAGE_FLAG_LOADING);
    }
    next.flags &= ~MESSAGE_FLAG_LOADING;
    next.edited_timestamp = new Date().toISOString();
    return next;
  }

  // ---------------------------------------------------------------- gateway

  private dispatch(t: string, d: unknown): void {
    const session = this.currentSession;
    if (!session) throw new Error('FakeDiscord: no gateway session (log a client in first)');
    this.dispatchTo(session, t, d);
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    const event: GatewayEvent = { op: 0, t, s: ++session.seq, d };
    session.events.push(event);
    if (session.events.length > 2000) session.events.splice(0, session.events.length - 2000);
    if (session.conn && session.conn.ws.readyState === WebSocket.OPEN) session.conn.ws.send(JSON.stringify(event));
  }

  private notifyGateway(): void {
    for (const waiter of [...this.gatewayWaiters]) waiter();
  }

  private onGatewayConnection(ws: WebSocket, req: http.IncomingMessage): void {
    const conn: Connection = { ws, session: null };
    this.connections.add(conn);
    this.gatewayStats.connections++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    ws.on('close', () => {
      this.connections.delete(conn);
      if (conn.session && conn.session.conn === conn) conn.session.conn = null;
    });
    ws.on('error', () => undefined);
    const version = url.searchParams.get('v');
    if (version !== null && version !== '10' && version !== '9') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    if (url.searchParams.get('encoding') === 'etf' || url.searchParams.get('compress')) {
      ws.close(4002, 'Only encoding=json without compression is supported by the fake');
      return;
    }
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['fake-gateway'] } }));
    ws.on('message', (raw, isBinary) => {
      let payload: { op: number; d: any };
      try {
        payload = JSON.parse(isBinary ? Buffer.from(raw as Buffer).toString('utf8') : raw.toString());
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.gatewayReceived.push({ op: payload.op, d: payload.d, time: Date.now() });
      this.onGatewayPayload(conn, payload);
    });
  }

  private tokenOk(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.token;
  }

  private onGatewayPayload(conn: Connection, payload: { op: number; d: any }): void {
    const { ws } = conn;
    switch (payload.op) {
      case 1: {
        this.gatewayStats.heartbeats++;
        ws.send(JSON.stringify({ op: 11 }));
        return;
      }
      case 2: {
        if (conn.session) {
          ws.close(4005, 'Already authenticated.');
          return;
        }
        if (!this.tokenOk(payload.d?.token)) {
          this.gatewayStats.badTokens++;
          ws.close(4004, 'Authentication failed.');
          return;
        }
        if (typeof payload.d?.intents !== 'number') {
          ws.close(4013, 'Invalid intent(s).');
          return;
        }
        this.gatewayStats.identifies++;
        const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, events: [], conn };
        this.sessions.set(session.id, session);
        if (this.currentSession?.conn && this.currentSession.conn !== conn) {
          // A second client took over: the old session stays resumable but no longer gets dispatches.
        }
        this.currentSession = session;
        conn.session = session;
        this.dispatchTo(session, 'READY', {
          v: 10,
          user: { ...this.botUser, verified: true, mfa_enabled: false, email: null },
          user_settings: {},
          session_type: 'normal',
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard: Array.isArray(payload.d.shard) ? payload.d.shard : [0, 1],
          application: { id: this.applicationId, flags: 0 },
          guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
          private_channels: [],
          relationships: [],
          presences: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
          auth: {},
          _trace: ['fake-gateway'],
        });
        for (const guild of this.guilds) this.dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload(guild));
        this.notifyGateway();
        return;
      }
      case 6: {
        if (!this.tokenOk(payload.d?.token)) {
          this.gatewayStats.badTokens++;
          ws.close(4004, 'Authentication failed.');
          return;
        }
        const session = this.sessions.get(String(payload.d?.session_id));
        if (!session) {
          ws.send(JSON.stringify({ op: 9, d: false }));
          return;
        }
        if (session.conn && session.conn !== conn) {
          session.conn.session = null;
          session.conn.ws.close(4000, 'Session resumed elsewhere');
        }
        this.gatewayStats.resumes++;
        const since = typeof payload.d?.seq === 'number' ? payload.d.seq : 0;
        for (const event of session.events) {
          if (event.s > since) ws.send(JSON.stringify(event));
        }
        session.conn = conn;
        conn.session = session;
        this.currentSession = session;
        this.dispatchTo(session, 'RESUMED', { _trace: ['fake-gateway'] });
        this.notifyGateway();
        return;
      }
      case 3:
      case 4:
      case 8:
      case 31:
        if (!conn.session) ws.close(4003, 'Not authenticated.');
        return;
      default:
        ws.close(4001, 'Unknown opcode.');
    }
  }

  private guildCreatePayload(guild: FakeGuild): Json {
    const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '300000000000000001',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: DEFAULT_PERMISSIONS,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        ...guild.roles.map((id, n) => ({
          id,
          name: `role-${n + 1}`,
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: n + 1,
          permissions: '0',
          managed: false,
          mentionable: false,
          flags: 0,
        })),
      ],
      emojis: [],
      stickers: [],
      features: guild.features,
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: joinedAt,
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [
        {
          user: this.botUser,
          roles: [],
          nick: null,
          avatar: null,
          premium_since: null,
          joined_at: joinedAt,
          deaf: false,
          mute: false,
          pending: false,
          flags: 0,
          communication_disabled_until: null,
        },
      ],
      channels: [
        {
          id: guild.channelId,
          type: 0,
          name: guild.channelName,
          position: 0,
          permission_overwrites: [],
          parent_id: null,
          topic: null,
          nsfw: false,
          last_message_id: null,
          rate_limit_per_user: 0,
          flags: 0,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- REST

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    const time = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);

    const versioned = /^\/api\/v(\d+)(\/.*)?$/.exec(url.pathname);
    const segments = (versioned?.[2] ?? '')
      .split('/')
      .filter((s) => s.length > 0)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    const path = `/${segments.join('/')}`;
    const query = Object.fromEntries(url.searchParams.entries());
    const authorized = req.headers.authorization === `Bot ${this.token}`;

    let body: any;
    let files: { name: string; size: number; type: string }[] = [];
    let reply: Reply | undefined;
    let injected = false;
    try {
      ({ body, files } = await this.parseBody(req, raw, method));
    } catch {
      body = undefined;
      reply = jsonError(400, '400: Bad Request', 50109);
    }

    const record = (r: Reply): void => {
      this.requests.push({
        method,
        path,
        query,
        status: r.status,
        time,
        durationMs: performance.now() - started,
        body,
        injected,
        authorized,
      });
    };

    if (!versioned) {
      reply = { status: 404, body: { message: '404: Not Found', code: 0 } };
    } else {
      const fault = this.faults.find((f) => f.remaining > 0 && matches(f.matcher, method, path));
      if (fault) {
        fault.remaining--;
        fault.hits++;
        injected = true;
        reply = this.faultReply(fault);
      } else {
        reply ??= this.route(method, segments, query, body, files, authorized, req);
      }
    }
    const final: Reply = reply ?? jsonError(404, '404: Not Found', 0);

    const interactionCall = this.interactionCallFor(method, segments, path, query, body, final, injected);
    record(final);
    this.send(res, final);
    if (interactionCall) interactionCall.interaction._record(interactionCall.call);
  }

  private async parseBody(
    req: http.IncomingMessage,
    raw: Buffer,
    method: string,
  ): Promise<{ body: any; files: { name: string; size: number; type: string }[] }> {
    if (raw.length === 0) return { body: undefined, files: [] };
    const type = String(req.headers['content-type'] ?? '');
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://127.0.0.1/', { method, headers: { 'content-type': type }, body: raw as unknown as BodyInit }).formData();
      const files: { name: string; size: number; type: string }[] = [];
      let body: any = {};
      for (const [key, value] of form.entries()) {
        if (typeof value === 'string') {
          if (key === 'payload_json') body = JSON.parse(value);
        } else {
          files.push({ name: value.name, size: value.size, type: value.type });
        }
      }
      return { body, files };
    }
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  }

  private faultReply(fault: Fault): Reply {
    if (fault.status === 429) {
      const body: Json = {
        message: 'You are being rate limited.',
        retry_after: 0.05,
        global: false,
        ...(isObj(fault.body) ? fault.body : {}),
      };
      const retryAfter = Number(body.retry_after);
      const headers: Record<string, string> = {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': body.global ? 'global' : 'user',
      };
      if (body.global) {
        headers['x-ratelimit-global'] = 'true';
      } else {
        headers['x-ratelimit-limit'] = '5';
        headers['x-ratelimit-remaining'] = '0';
        headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
        headers['x-ratelimit-reset-after'] = String(retryAfter);
        headers['x-ratelimit-bucket'] = 'fakebucket';
      }
      return { status: 429, body, headers };
    }
    if (fault.body !== undefined) return { status: fault.status, body: fault.body };
    if (fault.status === 502) {
      return {
        status: 502,
        body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
        headers: { 'content-type': 'text/html' },
      };
    }
    return { status: fault.status, body: { message: `${fault.status}: Fake injected error`, code: 0 } };
  }

  private send(res: http.ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status === 200 && reply.body === undefined ? 204 : reply.status, headers);
      res.end();
      return;
    }
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    headers['content-type'] ??= typeof reply.body === 'string' ? 'text/plain' : 'application/json';
    res.writeHead(reply.status, headers);
    res.end(text);
  }

  private route(
    method: string,
    seg: string[],
    query: Record<string, string>,
    body: any,
    files: { name: string; size: number; type: string }[],
    authorized: boolean,
    req: http.IncomingMessage,
  ): Reply {
    const [a, b, c, d, e, f] = seg;
    const unauthorized = (): Reply => jsonError(401, '401: Unauthorized', 0);
    const methodNotAllowed = (): Reply => jsonError(405, '405: Method Not Allowed', 0);

    // Gateway information
    if (a === 'gateway' && seg.length === 1) {
      return method === 'GET' ? { status: 200, body: { url: this.gatewayUrl } } : methodNotAllowed();
    }
    if (a === 'gateway' && b === 'bot' && seg.length === 2) {
      if (!authorized) return unauthorized();
      if (method !== 'GET') return methodNotAllowed();
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    }
    if (a === 'users' && b === '@me' && seg.length === 2) {
      if (!authorized) return unauthorized();
      return method === 'GET' ? { status: 200, body: this.botUser } : methodNotAllowed();
    }
    if (a === 'applications' && b === '@me' && seg.length === 2) {
      if (!authorized) return unauthorized();
      return method === 'GET'
        ? {
            status: 200,
            body: {
              id: this.applicationId,
              name: this.botUsername,
              icon: null,
              description: '',
              bot_public: false,
              bot_require_code_grant: false,
              flags: 0,
              bot: this.botUser,
              verify_key: '0'.repeat(64),
              team: null,
            },
          }
        : methodNotAllowed();
    }

    // Command registration
    if (a === 'applications' && c === 'commands' && seg.length === 3) {
      return this.commandsRoute(method, b!, undefined, body, authorized);
    }
    if (a === 'applications' && c === 'guilds' && e === 'commands' && seg.length === 5) {
      return this.commandsRoute(method, b!, d!, body, authorized);
    }

    // Interaction callback
    if (a === 'interactions' && d === 'callback' && seg.length === 4) {
      if (method !== 'POST') return methodNotAllowed();
      return this.callbackRoute(b!, c!, query, body, files);
    }

    // Interaction webhooks
    if (a === 'webhooks' && seg.length === 3) {
      if (method !== 'POST') return methodNotAllowed();
      return this.followupRoute(b!, c!, query, body, files);
    }
    if (a === 'webhooks' && d === 'messages' && seg.length === 5) {
      return this.webhookMessageRoute(method, b!, c!, e!, body, files);
    }
    void f;
    void req;
    return jsonError(404, '404: Not Found', 0);
  }

  private commandsRoute(method: string, appId: string, guildId: string | undefined, body: any, authorized: boolean): Reply {
    if (!authorized) return jsonError(401, '401: Unauthorized', 0);
    if (appId !== this.applicationId) return jsonError(403, 'Missing Access', 50001);
    if (guildId !== undefined && !this.guilds.some((g) => g.id === guildId)) return jsonError(403, 'Missing Access', 50001);
    const current = guildId === undefined ? this.commands.global : (this.commands.guild.get(guildId) ?? []);
    if (method === 'GET') return { status: 200, body: current };
    if (method !== 'PUT') return jsonError(405, '405: Method Not Allowed', 0);
    const errors = new ErrorCollector();
    validateCommands(body, errors);
    if (errors.count > 0) return invalidFormBody(errors);
    const registered = (body as Json[]).map((cmd) => {
      const type = cmd.type ?? 1;
      const existing = current.find((x) => x.name === cmd.name && x.type === type);
      return {
        id: existing?.id ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        default_member_permissions: null,
        type,
        nsfw: false,
        description: '',
        dm_permission: true,
        contexts: null,
        integration_types: [0],
        ...cmd,
        ...(guildId !== undefined ? { guild_id: guildId } : {}),
      };
    });
    if (guildId === undefined) this.commands.global = registered;
    else this.commands.guild.set(guildId, registered);
    return { status: 200, body: registered };
  }

  private interactionByToken(appId: string, token: string): FakeInteraction | null {
    if (appId !== this.applicationId) return null;
    return this.byToken.get(token) ?? null;
  }

  private messageContext(i: FakeInteraction): { channelId: string; guildId: string | null; interaction: FakeInteraction } {
    return { channelId: i.payload.channel_id, guildId: i.payload.guild_id ?? null, interaction: i };
  }

  private attachmentsFor(files: { name: string; size: number; type: string }[], body: Json): Json[] | undefined {
    if (files.length === 0) return undefined;
    return files.map((file, index) => {
      const id = snowflake();
      const described = Array.isArray(body.attachments) ? body.attachments[index] : undefined;
      return {
        id,
        filename: described?.filename ?? file.name,
        size: file.size,
        content_type: file.type || 'application/octet-stream',
        url: `https://cdn.discordapp.com/attachments/0/${id}/${file.name}`,
        proxy_url: `https://media.discordapp.net/attachments/0/${id}/${file.name}`,
      };
    });
  }

  private callbackRoute(
    id: string,
    token: string,
    query: Record<string, string>,
    body: any,
    files: { name: string; size: number; type: string }[],
  ): Reply {
    const i = this.interactions.get(id);
    if (!i || i.token !== token) return jsonError(404, 'Unknown interaction', 10062);
    if (i.elapsedMs() > this.interactionTimeoutMs) return jsonError(404, 'Unknown interaction', 10062);
    if (i.acknowledged) return jsonError(400, 'Interaction has already been acknowledged.', 40060);
    if (!isObj(body)) return jsonError(400, 'Cannot send an empty message', 50006);
    const type = body.type;
    const data: Json = isObj(body.data) ? body.data : {};
    const errors = new ErrorCollector();
    const allowed: Record<InteractionKind, number[]> = {
      command: [4, 5, 9],
      component: [4, 5, 6, 7, 9],
      modal: [4, 5, 6, 7],
      autocomplete: [8],
    };
    if (typeof type !== 'number' || !allowed[i.kind].includes(type)) {
      errors.add(['type'], 'BASE_TYPE_CHOICES', `Value must be one of {${allowed[i.kind].join(', ')}}.`);
      return invalidFormBody(errors);
    }
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    const ctx = this.messageContext(i);
    let message: FakeMessage | null = null;

    switch (type) {
      case CallbackType.ChannelMessageWithSource: {
        validateMessage(data, ['data'], errors);
        if (errors.count > 0) return invalidFormBody(errors);
        const attachments = this.attachmentsFor(files, data);
        const withFiles = attachments ? { ...data, attachments } : data;
        if (!hasMessageContent(withFiles)) return jsonError(400, 'Cannot send an empty message', 50006);
        message = this.makeMessage({ ...withFiles, flags: flags & MESSAGE_FLAG_EPHEMERAL }, ctx);
        i.original = message;
        break;
      }
      case CallbackType.DeferredChannelMessageWithSource: {
        message = this.makeMessage({ content: '', flags: (flags & MESSAGE_FLAG_EPHEMERAL) | MESSAGE_FLAG_LOADING }, ctx);
        i.original = message;
        break;
      }
      case CallbackType.DeferredMessageUpdate: {
        message = (i.payload.message as FakeMessage | undefined) ?? null;
        i.original = message ? this.messages.get(message.id) ?? message : null;
        i.originalIsComponentMessage = true;
        message = i.original;
        break;
      }
      case CallbackType.UpdateMessage: {
        validateMessage(data, ['data'], errors);
        if (errors.count > 0) return invalidFormBody(errors);
        const base = (i.payload.message as FakeMessage | undefined) ?? null;
        if (!base) return jsonError(400, 'Interaction callback type invalid', 50035);
        const current = this.messages.get(base.id) ?? base;
        message = this.applyEdit(current, data);
        i.original = message;
        i.originalIsComponentMessage = true;
        break;
      }
      case CallbackType.ApplicationCommandAutocompleteResult: {
        validateChoices(data, ['data'], errors);
        if (errors.count > 0) return invalidFormBody(errors);
        i.autocompleteChoices = data.choices;
        break;
      }
      case CallbackType.Modal: {
        errors.required(['data', 'custom_id'], data.custom_id);
        errors.maxLength(['data', 'custom_id'], data.custom_id, 100);
        errors.required(['data', 'title'], data.title);
        errors.maxLength(['data', 'title'], data.title, 45);
        errors.maxItems(['data', 'components'], data.components, 5);
        if (errors.count > 0) return invalidFormBody(errors);
        i.modal = data;
        break;
      }
    }
    if (message) this.messages.set(message.id, message);
    i.callbackType = type;
    i.ackMs = i.elapsedMs();
    if (query.with_response === 'true') {
      return {
        status: 200,
        body: {
          interaction: {
            id: i.id,
            type: i.type,
            activity_instance_id: null,
            response_message_id: message?.id ?? null,
            response_message_loading: type === 5,
            response_message_ephemeral: Boolean((message?.flags ?? 0) & MESSAGE_FLAG_EPHEMERAL),
          },
          resource: {
            type,
            ...(message && (type === 4 || type === 5 || type === 7) ? { message } : {}),
          },
        },
      };
    }
    return { status: 204 };
  }

  private followupRoute(
    appId: string,
    token: string,
    query: Record<string, string>,
    body: any,
    files: { name: string; size: number; type: string }[],
  ): Reply {
    const i = this.interactionByToken(appId, token);
    if (!i || !i.acknowledged || i.kind === 'autocomplete') return jsonError(404, 'Unknown Webhook', 10015);
    const data: Json = isObj(body) ? body : {};
    const errors = new ErrorCollector();
    validateMessage(data, [], errors);
    if (errors.count > 0) return invalidFormBody(errors);
    const attachments = this.attachmentsFor(files, data);
    const withFiles = attachments ? { ...data, attachments } : data;
    if (!hasMessageContent(withFiles)) return jsonError(400, 'Cannot send an empty message', 50006);
    let message: FakeMessage;
    const original = i.original;
    if (
      i.callbackType === 5 &&
      original &&
      !i.originalDeleted &&
      !i.originalEdited &&
      (original.flags & MESSAGE_FLAG_LOADING) !== 0
    ) {
      // Discord: the first follow-up after a deferred reply fills the "thinking…" message (keeps its ephemerality).
      message = this.applyEdit(original, { ...withFiles, flags: 0 });
      message.edited_timestamp = null;
      i.original = message;
      i.originalEdited = true;
    } else {
      const flags = typeof data.flags === 'number' ? data.flags & MESSAGE_FLAG_EPHEMERAL : 0;
      message = this.makeMessage({ ...withFiles, flags }, this.messageContext(i));
      i.followups.push(message);
    }
    this.messages.set(message.id, message);
    return query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  private webhookMessageRoute(
    method: string,
    appId: string,
    token: string,
    messageRef: string,
    body: any,
    files: { name: string; size: number; type: string }[],
  ): Reply {
    const i = this.interactionByToken(appId, token);
    if (!i || i.kind === 'autocomplete') return jsonError(404, 'Unknown Webhook', 10015);
    const isOriginal = messageRef === '@original';
    const unknownMessage = (): Reply => jsonError(404, 'Unknown Message', 10008);
    let current: FakeMessage | null;
    let followIndex = -1;
    if (isOriginal) {
      current = i.originalDeleted ? null : i.original;
    } else {
      followIndex = i.followups.findIndex((m) => m.id === messageRef);
      current = followIndex >= 0 ? i.followups[followIndex]! : i.original?.id === messageRef && !i.originalDeleted ? i.original : null;
    }
    if (!current) return unknownMessage();

    if (method === 'GET') return { status: 200, body: current };
    if (method === 'DELETE') {
      if (followIndex >= 0) i.followups.splice(followIndex, 1);
      else i.originalDeleted = true;
      this.messages.delete(current.id);
      return { status: 204 };
    }
    if (method !== 'PATCH') return jsonError(405, '405: Method Not Allowed', 0);
    const data: Json = isObj(body) ? body : {};
    const errors = new ErrorCollector();
    validateMessage(data, [], errors);
    if (errors.count > 0) return invalidFormBody(errors);
    const attachments = this.attachmentsFor(files, data);
    const next = this.applyEdit(current, attachments ? { ...data, attachments } : data);
    if (!hasMessageContent(next)) return jsonError(400, 'Cannot send an empty message', 50006);
    if (followIndex >= 0) i.followups[followIndex] = next;
    else {
      i.original = next;
      i.originalEdited = true;
    }
    this.messages.set(next.id, next);
    return { status: 200, body: next };
  }

  /** Work out which interaction (if any) a REST call belongs to, and describe it. */
  private interactionCallFor(
    method: string,
    seg: string[],
    path: string,
    query: Record<string, string>,
    body: any,
    reply: Reply,
    injected: boolean,
  ): { interaction: FakeInteraction; call: InteractionCall } | null {
    let interaction: FakeInteraction | undefined;
    let kind: InteractionCallKind | null = null;
    let messageId: string | undefined;
    if (seg[0] === 'interactions' && seg[3] === 'callback' && seg.length === 4) {
      interaction = this.interactions.get(seg[1]!);
      if (interaction && interaction.token !== seg[2]) interaction = undefined;
      kind = 'callback';
      messageId = interaction?.original?.id;
      if (reply.status >= 400) messageId = undefined;
    } else if (seg[0] === 'webhooks' && seg.length >= 3) {
      interaction = this.byToken.get(seg[2]!);
      if (seg.length === 3) kind = 'followup';
      else if (seg[3] === 'messages' && seg.length === 5) {
        const original = seg[4] === '@original';
        kind =
          method === 'GET'
            ? original
              ? 'getOriginal'
              : 'getMessage'
            : method === 'DELETE'
              ? original
                ? 'deleteOriginal'
                : 'deleteMessage'
              : original
                ? 'editOriginal'
                : 'editMessage';
        messageId = original ? interaction?.original?.id : seg[4];
      }
      const responseBody = reply.body;
      if (isObj(responseBody) && typeof responseBody.id === 'string' && reply.status < 300) messageId = responseBody.id;
    }
    if (!interaction || !kind) return null;
    return {
      interaction,
      call: {
        kind,
        method,
        path,
        query,
        body,
        status: reply.status,
        response: reply.body,
        atMs: interaction.elapsedMs(),
        injected,
        ...(messageId !== undefined ? { messageId } : {}),
      },
    };
  }
}
