import { ArticleCleaner, joinWrappedLines, type CleanStory } from './ArticleCleaner.js';
import { parseDateString } from '../timeline/publicationDate.js';

/** What a format parser gives back: the stories of one file, and what it had to say about it. */
export interface ParsedFile {
  stories: (CleanStory & { url?: string })[];
  notes: string[];
}

const cleaner = new ArticleCleaner();

/** A raw scraped page, or the plain "title line, blank line, body" layout. */
export function parseText(text: string): ParsedFile {
  return { stories: cleaner.clean(text), notes: [] };
}

/** Markdown with optional YAML front matter (`title`, `date`, `outlet`, `url`, `author`). */
export function parseMarkdown(text: string): ParsedFile {
  const notes: string[] = [];
  let meta: Record<string, string> = {};
  let body = text;
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---', 4);
    const parsed = end > 0 ? parseFrontMatter(text.slice(4, end)) : undefined;
    if (!parsed) {
      notes.push('front matter is not valid (expected "key: value" lines between --- lines): read as plain text');
      body = end > 0 ? text.slice(end + 4) : text.slice(4);
    } else {
      meta = parsed;
      body = text.slice(end + 4).replace(/^-*\n/, '');
    }
  }
  // Markdown syntax that is layout, not text: headings' #, emphasis markers, link targets.
  const plain = body
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2');
  if (!meta.title) return { stories: cleaner.clean(plain), notes };
  return { stories: [storyFromFields(meta, plain, notes)], notes };
}

/** `{title, date, outlet, url, body}` or an array of those. */
export function parseJson(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid JSON (${(e as Error).message})`);
  }
  const items = Array.isArray(data) ? data : [data];
  const stories: ParsedFile['stories'] = [];
  const notes: string[] = [];
  items.forEach((item, i) => {
    const where = Array.isArray(data) ? `item ${i}: ` : '';
    if (!item || typeof item !== 'object') return notes.push(`${where}not an object`);
    const rec = item as Record<string, unknown>;
    const body = typeof rec.body === 'string' ? rec.body : typeof rec.text === 'string' ? rec.text : undefined;
    if (typeof rec.title !== 'string' || !body) return notes.push(`${where}not an article (needs "title" and "body" strings)`);
    const fields: Record<string, string> = {};
    for (const k of ['title', 'date', 'outlet', 'url', 'author']) if (typeof rec[k] === 'string') fields[k] = rec[k] as string;
    stories.push(storyFromFields(fields, body, notes, where));
  });
  return { stories, notes };
}

/** A story from its fields; a date that reads as none is said in `notes` (the article is then undated). */
function storyFromFields(meta: Record<string, string>, body: string, notes: string[], where = ''): CleanStory & { url?: string } {
  const paragraphs = joinWrappedLines(body).filter((p) => p !== meta.title);
  const story: CleanStory & { url?: string } = { title: meta.title!.trim(), paragraphs, extras: [] };
  const published = meta.date ? parseDateString(meta.date) : undefined;
  if (published) story.published = published;
  else if (meta.date?.trim()) notes.push(`${where}date "${meta.date.trim()}" is not a date: the article is undated`);
  if (meta.outlet) story.outlet = meta.outlet;
  if (meta.author) story.author = meta.author;
  if (meta.url) story.url = meta.url;
  return story;
}

function parseFrontMatter(block: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) return undefined;
    out[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}
