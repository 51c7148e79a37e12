/**
 * What a user typed into a chat box, as plain words for the engines: Discord's markup is not part
 * of a question. "<@123> who flew to Doha?" asked about "123"; a custom emoji added its name and
 * id as search terms; "||spoiler||" and `code` marks stuck to the words they wrap.
 */

/** Mentions of users, roles and channels, custom emoji, slash-command mentions, @everyone / @here: dropped. */
const DROPPED = /<@[!&]?\d+>|<#\d+>|<id:\w+>|<a?:\w+:\d+>|<\/[\w -]+:\d+>|(?<![\w.@])@(?:everyone|here)(?![\w.@-])/g;
/** A timestamp (<t:1700000000:R>) stands for a date: kept as its ISO day (UTC), which the engines read. */
const TIMESTAMP = /<t:(-?\d{1,11})(?::[tTdDfFR])?>/g;
/** Markdown marks around words: spoilers, bold italics, bold, underline, strike-through, code (a single * or _ may be a word's own). */
const WRAPPING = /\|\|([^|]*)\|\||\*\*\*([^*]*)\*\*\*|\*\*([^*]*)\*\*|__([^_]*)__|~~([^~]*)~~|`{1,3}([^`]*)`{1,3}/g;
/** Block quotes, headings and subtext at the start of a line, and masked links' brackets. */
const LINE_MARKS = /^(?:>>> ?|> ?|#{1,3} |-# )/gm;
const MASKED_LINK = /\[([^\]]*)\]\(<?https?:\/\/[^)\s>]+>?\)/g;

/** `text` without Discord markup: mentions and custom emoji dropped, marks around words unwrapped, white space collapsed. */
export function plainChatText(text: string): string {
  let out = text.replace(DROPPED, ' ').replace(TIMESTAMP, (_, seconds: string) => isoDay(Number(seconds)));
  // Unwrapped until nothing changes: "**__word__**" has two layers.
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(WRAPPING, (...m: string[]) => m.slice(1, 7).find((g) => g !== undefined) ?? '');
  }
  return out.replace(MASKED_LINK, '$1').replace(LINE_MARKS, '').replace(/\s+/g, ' ').trim();
}

function isoDay(seconds: number): string {
  const d = new Date(seconds * 1000);
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || year < 1 || year > 9999 ? ' ' : d.toISOString().slice(0, 10);
}

/** A command's string option as plain text (plainChatText); undefined when missing or empty. */
export function plainOption(options: { getString(name: string): string | null }, name: string): string | undefined {
  const value = options.getString(name);
  return value === null ? undefined : plainChatText(value) || undefined;
}
