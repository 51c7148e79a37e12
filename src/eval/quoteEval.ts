/**
 * Dev-set scoring for /quote. An item passes when one of the first three quotations returned for
 * `{ speaker, topic }` contains `must_contain` (case, curly quotes and white space folded; reported
 * speech as shown, in its sentence) and names
 * the item's speaker (`speakerMatches`: case/accent-insensitive, surname alone works); an item
 * whose speaker is a role ("us envoy") is passed by whom the quotation's article names in it; one
 * with no speaker asks by topic alone (`/quote topic:…`), and any speaker's quotation passes it.
 */
import type { KnowledgeBase } from '../index/KnowledgeBase.js';
import { searchQuotes, type QuoteHit } from '../quotes/searchQuotes.js';
import { speakerMatches } from '../quotes/speakers.js';
import { holdsRole, roleLinksOf, roleQuery } from '../quotes/roleHolders.js';
import { normaliseForMatch, type DevSet } from './devSet.js';

export type QuoteItem = DevSet['quote'][number];

export const QUOTE_TOP_N = 3;

export function quoteItemPasses(hits: readonly QuoteHit[], item: QuoteItem, kb?: KnowledgeBase): boolean {
  const needle = normaliseForMatch(item.must_contain);
  return hits
    .slice(0, QUOTE_TOP_N)
    .some((h) => (!item.speaker?.trim() || (h.speaker !== null && (speakerMatches(item.speaker, h.speaker) || holdsAskedRole(kb, item.speaker, h)))) && normaliseForMatch(h.sentence?.text ?? h.text).includes(needle));
}

/** An item's speaker given as a role ("us envoy") names whom the hit's article gives that role (roleHolders.ts). */
function holdsAskedRole(kb: KnowledgeBase | undefined, speaker: string, h: QuoteHit): boolean {
  const asked = roleQuery(speaker);
  const article = kb?.article(h.articleId);
  if (!asked || !article || h.speaker === null) return false;
  return roleLinksOf(article.paragraphs).some((link) => holdsRole(link, asked) && speakerMatches(link.name, h.speaker!));
}

export function scoreQuotes(
  kb: KnowledgeBase,
  items: readonly QuoteItem[],
): { passed: number; total: number; failures: string[] } {
  const failures: string[] = [];
  let passed = 0;
  for (const item of items) {
    const { quotes } = searchQuotes(kb, { speaker: item.speaker, topic: item.topic });
    if (quoteItemPasses(quotes, item, kb)) {
      passed++;
      continue;
    }
    const needle = normaliseForMatch(item.must_contain);
    const rank = quotes.findIndex((h) => normaliseForMatch(h.text).includes(needle));
    const top = quotes[0];
    failures.push(
      `${item.id} ${item.speaker} / “${item.topic}” → “${item.must_contain}” [${item.file}]: ` +
        (rank >= 0 ? `found at rank ${rank + 1}` : `not among ${quotes.length} results`) +
        (top ? `; top: ${top.speaker ?? '?'} “${top.text.slice(0, 60)}”` : ''),
    );
  }
  return { passed, total: items.length, failures };
}
