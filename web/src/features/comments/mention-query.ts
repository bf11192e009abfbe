// The composer's @ suggestions: which `@…` the caret is in (so people matching it can be offered)
// and what picking one writes (`@` + their address, then a space). An @ counts only where it starts
// a word, as the server reads mentions, so typing an address ("ann@example.org") offers nobody.
// Pure, so it is tested without a browser.

export interface ActiveMention {
  /** Where its @ is. */
  readonly start: number;
  /** What follows the @ up to the caret. */
  readonly query: string;
}

const TYPING = /(?:^|[^\p{L}\p{N}_.%+\-@/])@([\p{L}\p{N}._%+\-@]{0,60})$/u;

/** The @mention being typed at the caret, if any. */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const match = TYPING.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1]!;
  return { start: caret - query.length - 1, query };
}

/** The text with the mention being typed replaced by `@email` and a space, and where the caret goes. */
export function insertMention(text: string, mention: ActiveMention, caret: number, email: string): { text: string; caret: number } {
  const after = text.slice(caret);
  const spaced = /^\s/.test(after);
  // Before a space or punctuation nothing is added; anywhere else a space ends the address.
  const inserted = `@${email}${spaced || /^[,;:!?)\]]/.test(after) ? '' : ' '}`;
  return { text: `${text.slice(0, mention.start)}${inserted}${after}`, caret: mention.start + inserted.length + (spaced ? 1 : 0) };
}
