/**
 * The transport-agnostic contract between a command file (commands/*.ts) and whatever runs it:
 * the Discord interaction handler (src/discord/) or the local console (src/console/).
 * A command parses its options, calls the service, and replies with a View; the transport renders it.
 */
import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { Archivist } from '../service/Archivist.js';
import type { PageStore } from './paging.js';

/** Inline formatting, so commands stay transport-neutral: Discord gives markdown, the console ANSI or plain text. */
export interface Fmt {
  /** Corpus text, shown verbatim (Discord escapes markdown in it). */
  text(s: string): string;
  bold(s: string): string;
  italic(s: string): string;
  /** Discreet, secondary text (citations, confidence). */
  dim(s: string): string;
  /** A link when the transport has them; label and URL otherwise. */
  link(label: string, url: string): string;
}

/** Buttons under a paged view: ◀ ▶ of one stored result set. */
export interface Pager {
  kind: string;
  token: string;
  page: number;
  pages: number;
}

/** A transport-neutral message. */
export interface View {
  /** Plain text (Discord shows any markdown in it as written). */
  title?: string;
  /** Link of the title (the article's URL). */
  url?: string;
  /** Lines; the renderer keeps within limits by dropping whole lines, then cutting at sentence / word boundaries. */
  body: string;
  fields?: { name: string; value: string }[];
  footer?: string;
  /** Only the asker sees it (Discord ephemeral). */
  ephemeral?: boolean;
  tone?: 'answer' | 'notice' | 'error';
  pager?: Pager;
}

export interface CommandUser {
  id: string;
  name: string;
}

export interface CommandContext {
  commandName: string;
  options: { getString(name: string): string | null };
  user: CommandUser;
  guildId: string | null;
  /** Manage Guild or a configured moderator role (the console user always). */
  canModerate: boolean;
  archivist: Archivist;
  pages: PageStore;
  fmt: Fmt;
  /** Acknowledge now and answer later (Discord: deferReply). Safe to call more than once. */
  defer(opts?: { ephemeral?: boolean }): Promise<void>;
  /** The answer (after a defer, it fills the deferred message). */
  reply(view: View): Promise<void>;
}

export interface AutocompleteContext {
  commandName: string;
  focused: { name: string; value: string };
  options: { getString(name: string): string | null };
  archivist: Archivist;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  data: SlashCommandBuilder | SlashCommandOptionsOnlyBuilder | Omit<SlashCommandBuilder, 'addSubcommand' | 'addSubcommandGroup'>;
  execute(ctx: CommandContext): Promise<void>;
  autocomplete?(ctx: AutocompleteContext): Promise<Choice[]> | Choice[];
  /**
   * Whether `value` is a known value of the option `option` (a speaker who is quoted): the console
   * uses it to split bare words between options ("/quote Khalilzad prisoners").
   */
  recognises?(option: string, value: string, archivist: Archivist): boolean;
}
