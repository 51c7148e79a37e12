import type { Article, LoadWarning } from './types.js';

/**
 * Copies of one story: articles whose title and body are an earlier one's (saved twice, or
 * syndicated under another file — BBC News has 98). Both stay in the corpus, each a file a
 * citation may name. Articles are grouped by title and body length first and compared paragraph
 * by paragraph only within a group: keying on the whole text hashed BBC's 5M characters in ~35 ms,
 * too long a step for a reload that must not stall the bot.
 *
 * Returns each story that has copies as its articles in corpus order (the first is the original).
 */
export function storyCopyGroups(articles: readonly Article[]): Article[][] {
  const byShape = new Map<string, Article[][]>();
  const groups: Article[][] = [];
  for (const article of articles) {
    if (article.paragraphs.length === 0) continue;
    let length = 0;
    for (const p of article.paragraphs) length += p.length;
    const key = `${article.paragraphs.length}:${length}:${article.title}`;
    const stories = byShape.get(key);
    const story = stories?.find((s) => sameParagraphs(s[0]!, article));
    if (story) {
      if (story.length === 1) groups.push(story);
      story.push(article);
    } else if (stories) stories.push([article]);
    else byShape.set(key, [[article]]);
  }
  return groups;
}

/** A load warning for each copy, naming the story's first file: a moderator should know why a quotation or an event cites two files. */
export function storyCopies(articles: readonly Article[]): LoadWarning[] {
  return storyCopyGroups(articles).flatMap(([original, ...copies]) =>
    copies.map((copy) => ({ file: copy.file, reason: `same story as ${original!.file}`, skipped: false })),
  );
}

function sameParagraphs(a: Article, b: Article): boolean {
  for (let i = 0; i < a.paragraphs.length; i++) if (a.paragraphs[i] !== b.paragraphs[i]) return false;
  return true;
}
