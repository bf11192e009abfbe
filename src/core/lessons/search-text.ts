// What a person types in the lessons search box, read the way PostgreSQL's websearch_to_tsquery
// reads it — words are all required, "quoted words" form a phrase, `or` between two terms accepts
// either, a leading `-` excludes — and written as an SQLite FTS5 query, so both databases answer
// the same question (common words left out, as PostgreSQL's english configuration does). Every word is quoted in the FTS5 query, so no input can break its syntax.

export interface SearchTerm {
  /** The words of the term, in order (one word, or a phrase). */
  readonly words: readonly string[];
  readonly negated: boolean;
}

/** Clauses that must all match; each is a choice of terms (one, or several joined by `or`). */
export interface SearchQuery {
  readonly clauses: ReadonlyArray<ReadonlyArray<SearchTerm>>;
  readonly excluded: ReadonlyArray<SearchTerm>;
}

/**
 * Common English words PostgreSQL's english configuration leaves out of its index and its queries;
 * FTS5 keeps every word, so a required "and" would match nothing there: leave them out here too.
 */
const STOP_WORDS = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));

const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));

/**
 * Reads search text into required clauses and excluded terms.
 * @example
 * parseSearchText('vendor "late delivery" or slip -weather');
 * // clauses: [[vendor], [late delivery, slip]], excluded: [weather]
 */
export function parseSearchText(text: string): SearchQuery {
  const raw = text.match(/-?"[^"]*"?|\S+/g) ?? [];
  const clauses: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  for (const token of raw) {
    if (token.toLowerCase() === 'or') {
      joinNext = clauses.length > 0;
      continue;
    }
    const negated = token.startsWith('-');
    const words = wordsOf(negated ? token.slice(1) : token);
    if (words.length === 0) continue;
    const term: SearchTerm = { words, negated };
    if (negated) excluded.push(term);
    else if (joinNext) clauses[clauses.length - 1]!.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  return { clauses, excluded };
}

const quoted = (term: SearchTerm): string => `"${term.words.join(' ')}"`;

/**
 * The FTS5 query for search text; null when it asks for nothing (no words, or only exclusions).
 * @example
 * toFts5Query('vendor slip or delay -weather'); // '"vendor" AND ("slip" OR "delay") NOT "weather"'
 */
export function toFts5Query(text: string): string | null {
  const { clauses, excluded } = parseSearchText(text);
  if (clauses.length === 0) return null;
  const required = clauses.map((alternatives) => (alternatives.length === 1 ? quoted(alternatives[0]!) : `(${alternatives.map(quoted).join(' OR ')})`)).join(' AND ');
  return [required, ...excluded.map((t) => `NOT ${quoted(t)}`)].join(' ');
}

/** Where a snippet's highlighted part begins and ends (control characters no text contains). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * A snippet marked by the database split into plain and matched parts, so the web shows matches
 * without ever reading text as HTML.
 * @example
 * snippetParts('the \u0002vendor\u0003 was late'); // [{text:'the ',match:false},{text:'vendor',match:true},{text:' was late',match:false}]
 */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    if (stop > start + 1) parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
