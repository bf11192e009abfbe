// Finding an article by title and tags: every word typed must occur in the title or a tag (case and
// accents ignored), so adding a word narrows the list. Matches in the title rank above matches in
// tags only, and a tag equal to a word above a tag merely containing it; ties keep the title order.
import type { ArticleFacts } from './knowledge-types.ts';

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a query, folded; an empty list matches everything. */
export function queryWords(query: string): string[] {
  return fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** A tag as stored: trimmed, lower-case, inner spaces as single hyphens. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The article's score for the query, or null when some word is found nowhere. */
export function searchScore(article: Pick<ArticleFacts, 'title' | 'tags'>, words: ReadonlyArray<string>): number | null {
  const title = fold(article.title);
  const tags = article.tags.map(fold);
  let score = 0;
  for (const word of words) {
    if (title.includes(word)) score += 3;
    else if (tags.includes(word)) score += 2;
    else if (tags.some((t) => t.includes(word))) score += 1;
    else return null;
  }
  return score;
}

/**
 * The articles matching a query, best first.
 * @example
 * searchArticles(articles, 'risk template').map((a) => a.title) // ['Risk register template', …]
 */
export function searchArticles<A extends Pick<ArticleFacts, 'title' | 'tags'>>(articles: ReadonlyArray<A>, query: string): A[] {
  const words = queryWords(query);
  const scored = articles.map((article, index) => ({ article, index, score: searchScore(article, words) }))
    .filter((s): s is { article: A; index: number; score: number } => s.score !== null);
  scored.sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title) || a.index - b.index);
  return scored.map((s) => s.article);
}
