/** Every command, in the order /help and registration list them. */
import type { Command } from '../src/commands/types.js';
import * as ask from './ask.js';
import * as quote from './quote.js';
import * as timeline from './timeline.js';
import * as sources from './sources.js';
import * as help from './help.js';
import * as reload from './reload.js';

export const commands: Command[] = [ask, quote, timeline, sources, help, reload];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));
