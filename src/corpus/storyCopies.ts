import type { Article, LoadWarning } from './types.js';

/**
 * A warning for each article whose title and body are those of an earlier one: the same story
 * saved twice or syndicated under another file (BBC News has 98). Both stay in the corpus — each
 * is a file a citation may name — but a moderator should know why a quotation or an event cites
 * two files. Articles are grouped by title and body length first and compared paragraph by
 * paragraph only within a group: keying on the whole text hashed BBC's 5M characters in ~35 ms,
 * too long a step for a reload that must not stall the bot.
 */
export function storyCopies(articles: readonly Article[]): LoadWarning[] {
  const groups = new Map<string, Article[]>();
  const warnings: LoadWarning[] = [];
  for (const article of articles) {
    if (article.paragraphs.length === 0) continue;
    let length = 0;
    for (const p of article.paragraphs) length += p.length;
    const key = `${article.paragraphs.length}:${length}:${article.title}`;
    const group = groups.get(key);
    const original = group?.find((a) => sameParagraphs(a, article));
    if (original) warnings.push({ file: article.file, reason: `same story as ${original.file}`, skipped: false });
    else if (group) group.push(article);
    else groups.set(key, [article]);
  }
  return warnings;
}

function sameParagraphs(a: Article, b: Article): boolean {
  for (let i = 0; i < a.paragraphs.length; i++) if (a.paragraphs[i] !== b.paragraphs[i]) return false;
  return true;
}
