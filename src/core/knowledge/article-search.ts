// Finding an article by its title, tags and text: every word typed must occur in one of them (case
// and accents ignored), so adding a word narrows the list. Matches in the title rank above a tag
// equal to the word, above a tag merely containing it, above the word only in the article's text
// (the start of a word there); ties keep the title order. A knowledge base is hundreds of articles,
// not millions: read whole, ranked here, the same on both databases.
import type { ArticleFacts } from './knowledge-types.ts';

/** What search reads of an article; without `body`, titles and tags only. */
export type Searchable = Pick<ArticleFacts, 'title' | 'tags'> & { readonly body?: string };

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
export function searchScore(article: Searchable, words: ReadonlyArray<string>): number | null {
  const title = fold(article.title);
  const tags = article.tags.map(fold);
  const text = article.body === undefined ? '' : ` ${fold(article.body).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
  let score = 0;
  for (const word of words) {
    if (title.includes(word)) score += 3;
    else if (tags.includes(word)) score += 2;
    else if (tags.some((t) => t.includes(word))) score += 1;
    else if (text.includes(` ${word}`)) score += 0.5;
    else return null;
  }
  return score;
}

/**
 * The articles matching a query, best first.
 * @example
 * searchArticles(articles, 'risk template').map((a) => a.title) // ['Risk register template', …]
 */
export function searchArticles<A extends Searchable>(articles: ReadonlyArray<A>, query: string): A[] {
  const words = queryWords(query);
  const scored = articles.map((article, index) => ({ article, index, score: searchScore(article, words) }))
    .filter((s): s is { article: A; index: number; score: number } => s.score !== null);
  scored.sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title) || a.index - b.index);
  return scored.map((s) => s.article);
}
