/**
 * The local console: the same command files as the Discord bot, typed as text.
 *
 *   /ask who mediates in Doha?          /quote speaker:Khalilzad ceasefire     /timeline peace talks
 *   /sources   /reload   /help   /next   /prev   /quit
 *
 * Options are `name:value` (quote a value with spaces: speaker:"Zalmay Khalilzad", or just type the
 * full name of a known speaker); free words fill the first option not given — for an option whose
 * values the command recognises, only as far as it does ("/quote Khalilzad prisoners": speaker and
 * topic; "/quote ceasefire": a topic, as it names nobody). A line without a
 * leading slash is a question for /ask. Colour only on a TTY; with piped stdin, one command per
 * line and the console exits at end of input, so it can be scripted. The console user is a moderator.
 * On a TTY, ↑ and ↓ recall earlier lines, kept between sessions in ~/.archivist_history (or
 * ARCHIVIST_HISTORY; empty: none).
 */
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { Archivist } from '../service/Archivist.js';
import type { Command, CommandContext, View } from '../commands/types.js';
import { PageStore } from '../commands/paging.js';
import { consoleFmt, renderConsoleView } from '../present/consoleView.js';
import { ConsoleHistory, HISTORY_SIZE, defaultHistoryFile } from './history.js';
import { commands as allCommands } from '../../commands/index.js';

export interface ConsoleOptions {
  archivist: Archivist;
  input?: Readable;
  output?: Writable;
  /** ANSI colour; default: when output is a TTY. */
  colour?: boolean;
  commands?: readonly Command[];
  /** Show a prompt (default: when input is a TTY). */
  prompt?: boolean;
  /** Where an interactive console keeps its history; null: nowhere. Default: defaultHistoryFile(). */
  historyFile?: string | null;
}

interface OptionSpec {
  name: string;
  autocomplete: boolean;
}

export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const colour = opts.colour ?? Boolean((output as { isTTY?: boolean }).isTTY);
  const interactive = opts.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const commands = opts.commands ?? allCommands;
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const pages = new PageStore(30 * 60_000);
  const fmt = consoleFmt(colour);
  const user = { id: 'console', name: safeUserName() };
  let lastPager: View['pager'];
  /** Whether anything was shown yet: "/next" after a result of one page says so, not "run /quote first". */
  let shownAny = false;
  const print = (text: string): void => {
    output.write(`${text}\n\n`);
  };
  const show = (view: View): void => {
    lastPager = view.pager;
    shownAny = true;
    print(renderConsoleView(view, colour));
  };

  const historyFile = interactive ? (opts.historyFile === undefined ? defaultHistoryFile() : opts.historyFile) : null;
  const history = historyFile ? new ConsoleHistory(historyFile) : undefined;
  const rl = createInterface({
    input,
    crlfDelay: Infinity,
    terminal: interactive,
    ...(interactive ? { output, history: history?.load() ?? [], historySize: HISTORY_SIZE, removeHistoryDuplicates: true } : {}),
  });
  if (history) rl.on('history', (lines: string[]) => history.save(lines));
  if (interactive) {
    rl.setPrompt('archivist> ');
    print(`Archivist console — ${opts.archivist.sources().length} articles. Type /help, or a question.`);
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      if (interactive) rl.prompt();
      continue;
    }
    if (/^\/(quit|exit)\b/i.test(line)) break;
    try {
      await runLine(line);
    } catch (e) {
      print(`error: ${(e as Error).message}`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();

  async function runLine(line: string): Promise<void> {
    const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    const name = m ? m[1]!.toLowerCase() : 'ask';
    const rest = m ? m[2]! : line;
    if (name === 'next' || name === 'prev') {
      if (!lastPager) return print(shownAny ? 'Nothing to page through: the last result has no more pages.' : 'Nothing to page through: run /quote, /timeline or /sources first.');
      const page = lastPager.page + (name === 'next' ? 1 : -1);
      if (page < 0 || page >= lastPager.pages) return print(name === 'next' ? 'That was the last page.' : 'That was the first page.');
      const r = pages.turn(`page:${lastPager.kind}:${lastPager.token}:${page}`, user.id);
      return r.ok ? show(r.view) : print(r.message);
    }
    const command = byName.get(name);
    if (!command) return print(`Unknown command /${name}. Commands: ${[...byName.keys()].map((n) => `/${n}`).join(' ')} /next /prev /quit`);
    // An option of another command ("/ask … topic:x") would be read as words of this one's. A bare
    // line is a question as written ("what was the topic:peace or war?").
    const foreign = m ? foreignOption(command, rest) : undefined;
    if (foreign) return print(foreign);
    const values = await parseOptions(command, rest);
    // As Discord's client does: an option longer than its command allows is refused, not cut.
    const tooLong = longOption(command, values);
    if (tooLong) return print(tooLong);
    const ctx: CommandContext = {
      commandName: name,
      options: { getString: (n) => values.get(n) ?? null },
      user,
      guildId: null,
      canModerate: true,
      archivist: opts.archivist,
      pages,
      fmt,
      defer: async () => undefined,
      reply: async (view) => show(view),
    };
    await command.execute(ctx);
    // What only the console has (Discord pages with buttons and has no /quit).
    if (name === 'help') print(CONSOLE_HELP);
  }

  /** Why `rest` names an option of another command that `command` lacks ("/ask … topic:x"), or undefined. */
  function foreignOption(command: Command, rest: string): string | undefined {
    const own = new Set(optionNames(command));
    // Written as an option: "topic:x", no space after the colon ("who was the keynote speaker: Ghani?" is a question).
    for (const m of rest.replace(/"[^"]*"/g, ' ').matchAll(/(?:^|\s)([a-z_]+):(?=\S)/gi)) {
      const name = m[1]!.toLowerCase();
      if (!own.has(name) && commands.some((c) => optionNames(c).includes(name))) {
        const list = [...own].map((o) => `${o}:`).join(' ');
        return `/${command.data.name} has no option ${name}: (${list ? `its options: ${list}` : 'it takes no options'}).`;
      }
    }
    return undefined;
  }

  async function parseOptions(command: Command, rest: string): Promise<Map<string, string>> {
    const specs: OptionSpec[] = optionsOf(command).filter((o) => o.type === 3).map((o) => ({ name: o.name, autocomplete: Boolean(o.autocomplete) }));
    const values = new Map<string, string>();
    const free: string[] = [];
    let target: string | undefined;
    /**
     * A free-text option just named without quotes ("topic:peace talks"): the words after it go on
     * with it. Not after a quoted value, nor after a value with autocomplete that names a known
     * one ("speaker:Khalilzad ceasefire": the known name is taken whole below, the rest fills the
     * next empty option).
     */
    let continuing: string | undefined;
    const words = rest.match(/[^\s"]*"[^"]*"|\S+/g) ?? [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const opt = /^([a-z_]+):(.*)$/i.exec(w);
      const spec = opt ? specs.find((s) => s.name === opt[1]!.toLowerCase()) : undefined;
      if (!opt || !spec) {
        if (continuing) values.set(continuing, `${values.get(continuing)} ${w}`);
        else free.push(w);
        continue;
      }
      continuing = undefined;
      let value = opt[2]!;
      if (value === '' && words[k + 1]?.startsWith('"')) value = words[++k]!;
      if (/^".*"$/.test(value)) value = value.slice(1, -1);
      else if (value === '') {
        target = spec.name;
        continue;
      } else if (!spec.autocomplete) {
        continuing = spec.name;
      } else {
        // A named value with autocomplete ("speaker:Zalmay Khalilzad prisoners") extends to the
        // longest run of the words up to the next option that names a known value, the rest filling
        // the next empty option; when no run does, a one-word value is the one value autocomplete
        // offers for it, if it offers one, and otherwise ("speaker:Mehmet Goren", whom nobody
        // quotes) the value is all the words, as Discord's own field would hold them.
        const end = nextOptionAt(words, k + 1, specs);
        const upTo = Math.min(end, k + MAX_NAME_WORDS); // each run asks the command (a quote search)
        const choices = command.autocomplete
          ? await command.autocomplete({ commandName: command.data.name, focused: { name: spec.name, value }, options: { getString: () => null }, archivist: opts.archivist })
          : [];
        const suggested = new Set(choices.map((c) => c.value.toLowerCase()));
        const run = [value, ...words.slice(k + 1, upTo)];
        const n = knownPrefix(command, spec.name, run, (candidate) => suggested.has(candidate.toLowerCase()));
        if (n > 0) {
          value = run.slice(0, n).join(' ');
          k += n - 1;
        } else if (choices.length === 1 && end === k + 1) {
          // The one suggestion, as a Discord user picks it ("speaker:Khal" → Zalmay Khalilzad), when
          // the value is all that was typed for it ("speaker:Ash Carter" is not Ashraf Ghani).
          value = choices[0]!.value;
        } else continuing = spec.name;
      }
      values.set(spec.name, value);
    }
    if (free.length) {
      const into = target ?? specs.find((s) => !values.has(s.name))?.name;
      // "/quote Khalilzad prisoners": the longest run of leading words the command recognises as a
      // value of the option (a quoted speaker) is its value, the words after it the next empty
      // option (the topic); "/quote ceasefire", which names nobody, is all topic.
      const known = into && !target && !values.has(into) && command.recognises ? knownPrefix(command, into, free) : free.length;
      const next = known < free.length ? specs.find((s) => s.name !== into && !values.has(s.name))?.name : undefined;
      if (into && (known > 0 || !next)) values.set(into, [values.get(into), free.slice(0, next ? known : free.length).join(' ')].filter(Boolean).join(' '));
      if (next) values.set(next, free.slice(known).join(' '));
    }
    return values;
  }

  /** How many of `words`, from the first, the command recognises (or `suggested` offers) as one value of `option` (0 when none). */
  function knownPrefix(command: Command, option: string, words: string[], suggested: (value: string) => boolean = () => false): number {
    for (let n = words.length; n > 0; n--) {
      const value = words.slice(0, n).join(' ');
      if (suggested(value) || command.recognises?.(option, value, opts.archivist) === true) return n;
    }
    return 0;
  }
}

/** Index of the first word from `from` that names one of `specs` ("topic:…"), or words.length. */
function nextOptionAt(words: readonly string[], from: number, specs: readonly OptionSpec[]): number {
  for (let i = from; i < words.length; i++) {
    const opt = /^([a-z_]+):/i.exec(words[i]!);
    if (opt && specs.some((s) => s.name === opt[1]!.toLowerCase())) return i;
  }
  return words.length;
}

/** The longest run of words tried as a named value (a speaker's name). */
const MAX_NAME_WORDS = 6;

/** A command's options as its definition (Discord's JSON) gives them. */
function optionsOf(command: Command): { name: string; type: number; autocomplete?: boolean; max_length?: number }[] {
  const json = command.data.toJSON() as { options?: { name: string; type: number; autocomplete?: boolean; max_length?: number }[] };
  return json.options ?? [];
}

/** The names of a command's options. */
function optionNames(command: Command): string[] {
  return optionsOf(command).map((o) => o.name);
}

/** The console's own commands, said after /help. */
const CONSOLE_HELP = 'In this console: /next and /prev turn the pages of the last list, /quit (or end of input) leaves; a line without a slash is asked as a question.';

/** Why an option value is longer than the command's definition allows (Discord's max_length), or undefined. */
function longOption(command: Command, values: Map<string, string>): string | undefined {
  for (const o of optionsOf(command)) {
    const value = values.get(o.name);
    if (value !== undefined && o.max_length !== undefined && value.length > o.max_length) {
      return `The ${o.name} is too long: ${value.length} characters, at most ${o.max_length} (as in Discord).`;
    }
  }
  return undefined;
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'console';
  }
}
