// Who a comment mentions: `@` followed by the e-mail address of a person, as meeting minutes name
// an action's owner (`ACTION @ann@example.org: …`). The `@` must start a word, so a plain address
// ("write to ann@example.org") or a handle inside a URL is not a mention; trailing punctuation
// ends the address ("thanks @ann@example.org." mentions ann@example.org). Text in Markdown code —
// fenced blocks (``` or ~~~) and `inline code` — is quoted, not addressed, so it mentions nobody.
// Pure and total: any text gives a list, possibly empty.

/** At most this many different people are mentioned by one text; later addresses stay plain text. */
export const MAX_MENTIONS = 50;

// A word-starting @, then local-part@domain with at least one dot; the domain's labels end on a
// letter or digit, so "@ann@example.org." stops before the full stop.
const MENTION = /(?<![\p{L}\p{N}_.%+\-@/])@([\p{L}\p{N}._%+-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+)/gu;
const INLINE_CODE = /`[^`\n]*`/g;

/** The lines of the text that are not inside a fenced code block, with code spans blanked. */
function addressedText(text: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    const marker = trimmed.startsWith('```') ? '```' : trimmed.startsWith('~~~') ? '~~~' : null;
    if (marker && (fence === null || fence === marker)) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence === null) kept.push(line.replace(INLINE_CODE, (code) => ' '.repeat(code.length)));
  }
  return kept.join('\n');
}

/**
 * The e-mail addresses a text mentions, lower-case, each once, in order of first mention.
 * @example mentionedAddresses('@Ann@Example.org can you check? cc @bob@example.org, @ann@example.org') // ['ann@example.org', 'bob@example.org']
 */
export function mentionedAddresses(text: string): string[] {
  const found = new Set<string>();
  for (const match of addressedText(text).matchAll(MENTION)) {
    found.add(match[1]!.toLowerCase());
    if (found.size === MAX_MENTIONS) break;
  }
  return [...found];
}
