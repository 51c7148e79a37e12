import type { ArticleExtra } from './types.js';
import {
  classifyLine,
  endsLikeSentence,
  outletFromPromo,
  siteNameFromPageTitle,
  teaserParts,
  bylineAuthor,
  wordCount,
  type LineKind,
} from './lineKinds.js';
import { findPublicationDate } from '../timeline/publicationDate.js';

/** One story cut out of a scraped page, before it gets its id. */
export interface CleanStory {
  title: string;
  outlet?: string;
  author?: string;
  published?: string;
  updated?: string;
  paragraphs: string[];
  extras: ArticleExtra[];
}

interface Line {
  text: string;
  kind: LineKind;
}

const MAX_MARKER_WORDS = 4;
/** Fewer body words than this and a segment is a list of links, not a story. */
const MIN_STORY_WORDS = 12;

/**
 * Turns the raw text of a scraped news page into clean stories: finds headlines, datelines,
 * bylines and outlets, keeps share/subscribe prompts out of the body (page furniture), and splits pages that carry several
 * stories (a repeated section line such as "Latest News" before each headline).
 */
export class ArticleCleaner {
  clean(rawText: string): CleanStory[] {
    const lines = joinWrappedLines(rawText)
      .map((text) => ({ text, kind: classifyLine(text) }))
      .filter((l) => l.kind !== 'separator');
    const pageOutlet = this.findPageOutlet(lines);
    const segments = splitAtSectionMarkers(lines);
    const stories: CleanStory[] = [];
    let header: { published?: string; updated?: string } = {};
    segments.forEach((segment, i) => {
      const story = this.cleanSegment(segment);
      if (!story) {
        // A segment without a story: the page header (its date applies to the stories) or a teaser list.
        const teasers = segment.filter((l) => l.kind === 'teaser').map(toRelated);
        const last = stories[stories.length - 1];
        if (last) last.extras.push(...teasers);
        if (i === 0) header = datesOf(segment);
        return;
      }
      if (pageOutlet && !story.outlet) {
        story.outlet = pageOutlet.outlet;
        // The line that names the outlet stays citable: "which site ran the story" is answered by it.
        // (Once: a promo that names the outlet is page furniture too.)
        story.extras = [...story.extras.filter((x) => !(x.kind === 'furniture' && x.text === pageOutlet.line)), { kind: 'site', text: pageOutlet.line }];
      }
      if (!story.published && header.published) story.published = header.published;
      stories.push(story);
    });
    return stories;
  }

  /** The outlet a page names near its top, and the line that names it. */
  private findPageOutlet(lines: Line[]): { outlet: string; line: string } | undefined {
    for (const l of lines.slice(0, 12)) {
      const site = siteNameFromPageTitle(l.text);
      if (site && wordCount(site.site) <= 6) return { outlet: site.site, line: l.text };
      if (l.kind === 'boilerplate') {
        const promo = outletFromPromo(l.text);
        if (promo) return { outlet: promo, line: l.text };
      }
    }
    return undefined;
  }

  private cleanSegment(segment: Line[]): CleanStory | undefined {
    const body = dropTrailingBoilerplate(segment);
    const found = findTitle(body);
    if (!found) return undefined;
    const titleLine = body[found.index]!.text;
    const pageTitle = siteNameFromPageTitle(titleLine);
    // "Headline | Site" as the first line: the headline is the part before the bar. A story with
    // no headline is titled by its first sentence, which stays in the body.
    const title = !found.headline ? firstSentence(titleLine) : pageTitle && wordCount(pageTitle.headline) >= 3 ? pageTitle.headline : titleLine;
    const paragraphs: string[] = [];
    const extras: ArticleExtra[] = [];
    let author: string | undefined;
    for (let i = 0; i < body.length; i++) {
      const { text, kind } = body[i]!;
      // Before the headline only metadata counts (short text lines there are section kickers).
      if (i < found.index && kind === 'text') continue;
      if (found.headline && (i === found.index || text === title || siteNameFromPageTitle(text)?.headline === title)) continue;
      switch (kind) {
        case 'text':
          paragraphs.push(text);
          break;
        case 'byline':
          author ??= bylineAuthor(text);
          extras.push({ kind: 'byline', text });
          break;
        case 'dateline':
        case 'caption':
        case 'note':
          extras.push({ kind, text });
          break;
        case 'teaser':
          extras.push(toRelated(body[i]!));
          break;
        case 'boilerplate':
          // Kept out of the body, but citable: "can I share the piece to Facebook" is answered by "Share on Facebook".
          extras.push({ kind: 'furniture', text });
          break;
        default:
          break; // separators are dropped
      }
    }
    const words = paragraphs.reduce((n, p) => n + wordCount(p), 0);
    if (words < MIN_STORY_WORDS) return undefined;
    const story: CleanStory = { title, paragraphs, extras, ...datesOf(body) };
    if (author) story.author = author;
    return story;
  }
}

function toRelated(line: Line): ArticleExtra {
  const teaser = teaserParts(line.text);
  return teaser ? { kind: 'related', text: teaser.text, age: teaser.age } : { kind: 'related', text: line.text };
}

function datesOf(lines: Line[]): { published?: string; updated?: string } {
  // Datelines and bylines carry the page's date; body sentences are only a last resort.
  const dated = lines.filter((l) => l.kind === 'dateline' || l.kind === 'byline').map((l) => l.text);
  const found = findPublicationDate(dated.length ? dated : lines.slice(0, 8).map((l) => l.text));
  if (!found) return {};
  return found.updated ? { published: found.date, updated: found.updated } : { published: found.date };
}

/**
 * The headline: the first line of text that reads like one — short and not ending as a sentence
 * does, or short and followed by longer prose ("Rivals of the £400 Apple..." then the story).
 * When the first text is prose, the story has no headline (`headline: false`).
 */
function findTitle(lines: Line[]): { index: number; headline: boolean } | undefined {
  const texts = lines.map((l, i) => ({ ...l, i })).filter((l) => l.kind === 'text');
  const first = texts[0];
  if (!first) return undefined;
  for (const [k, t] of texts.entries()) {
    const words = wordCount(t.text);
    if (words >= 2 && words <= 30 && !/[.]["”’]?$/.test(t.text)) return { index: t.i, headline: true };
    const next = texts[k + 1];
    if (words >= 2 && words <= 15 && next && wordCount(next.text) > words && endsLikeSentence(next.text)) return { index: t.i, headline: true };
    // Prose before any headline-like line: the story has none.
    if (words > 30 || endsLikeSentence(t.text)) break;
  }
  return { index: first.i, headline: false };
}

/** The first sentence of a paragraph (a title for a story without a headline), at most ~30 words. */
function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s+["“‘']?\p{Lu}|$)/u.exec(text);
  const sentence = m ? m[0] : text;
  const words = sentence.split(/\s+/);
  return words.length <= 30 ? sentence : `${words.slice(0, 30).join(' ')}…`;
}

/**
 * Short section lines ("Latest News") repeated on a page separate the stories it carries.
 * Returns the segments between them (a page without markers is one segment).
 */
function splitAtSectionMarkers(lines: Line[]): Line[][] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (isMarkerShaped(l)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  }
  const markers = new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
  const segments: Line[][] = [[]];
  for (const l of lines) {
    if (markers.has(l.text)) segments.push([]);
    else segments[segments.length - 1]!.push(l);
  }
  return segments.filter((s) => s.length > 0);
}

function isMarkerShaped(l: Line): boolean {
  return l.kind === 'text' && wordCount(l.text) <= MAX_MARKER_WORDS && !/[.!?:,;\d]/.test(l.text);
}

/** Drops the short text that trails a story after its first share/subscribe line (the prompts themselves and teasers stay). */
function dropTrailingBoilerplate(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'boilerplate') continue;
    const rest = lines.slice(i + 1);
    if (rest.every((l) => l.kind !== 'text' || (wordCount(l.text) <= 10 && !endsLikeSentence(l.text)))) {
      return [...lines.slice(0, i + 1), ...rest.filter((l) => l.kind === 'teaser' || l.kind === 'boilerplate')];
    }
  }
  return lines;
}

/**
 * Lines of the page, trimmed, empty ones removed. Hard-wrapped prose (a line that does not end a
 * sentence followed by one that starts in lower case) is joined back into one paragraph.
 */
export function joinWrappedLines(text: string): string[] {
  const out: string[] = [];
  let prevBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[\u00a0\t ]+$/u, '').replace(/^[\u00a0\t ]+/u, '');
    if (!line) {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (!prevBlank && last !== undefined && !endsLikeSentence(last) && /^[\p{Ll}]/u.test(line) && !/[:]$/.test(last)) {
      out[out.length - 1] = `${last} ${line}`;
    } else {
      out.push(line);
    }
    prevBlank = false;
  }
  return out;
}
