// The pieces of a comment's text for showing it: plain text, and the mentions the server found
// (`@` + a person's address) shown as that person's name. Only addresses the server resolved are
// names; any other @text stays as written. Pure, so it is tested without a browser.
import type { PersonRef } from '../../api/types.ts';

export type CommentSegment = { kind: 'text'; text: string } | { kind: 'mention'; text: string; person: PersonRef };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits `body` into text and mentions of `people` (matched case-insensitively, as whole addresses). */
export function splitMentions(body: string, people: readonly PersonRef[]): CommentSegment[] {
  const known = people.filter((p) => p.email !== '');
  if (known.length === 0) return body === '' ? [] : [{ kind: 'text', text: body }];
  const byEmail = new Map(known.map((p) => [p.email.toLowerCase(), p]));
  const alternatives = [...byEmail.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // The @ starts a word and the address ends where an address cannot go on (as the server reads it).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.%+\\-@/])@(${alternatives})(?![\\p{L}\\p{N}_%+\\-@]|\\.[\\p{L}\\p{N}])`, 'giu');
  const segments: CommentSegment[] = [];
  let at = 0;
  for (const match of body.matchAll(pattern)) {
    if (match.index > at) segments.push({ kind: 'text', text: body.slice(at, match.index) });
    segments.push({ kind: 'mention', text: match[0], person: byEmail.get(match[1]!.toLowerCase())! });
    at = match.index + match[0].length;
  }
  if (at < body.length) segments.push({ kind: 'text', text: body.slice(at) });
  return segments;
}
