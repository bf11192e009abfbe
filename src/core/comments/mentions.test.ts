// What counts as mentioning someone in a comment, and what is only an address in the text.
import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, mentionedAddresses } from './mentions.ts';

describe('mentionedAddresses', () => {
  it('finds @address mentions, lower-case, each once, in order', () => {
    expect(mentionedAddresses('@Ann@Example.org can you check? cc @bob@example.org, @ann@example.org')).toEqual(['ann@example.org', 'bob@example.org']);
  });

  it('ends an address before trailing punctuation and accepts brackets and line starts around it', () => {
    expect(mentionedAddresses('Thanks @ann@example.org.\n(@bob@example.co.uk) "@cy@example.org"!\n@dee@example.org: done')).toEqual(['ann@example.org', 'bob@example.co.uk', 'cy@example.org', 'dee@example.org']);
  });

  it('leaves plain addresses, handles without a domain and URLs alone', () => {
    expect(mentionedAddresses('Write to ann@example.org or @bob, see https://example.org/@cy@example.org and x@@dee@example.org')).toEqual([]);
  });

  it('accepts the characters e-mail addresses have in practice', () => {
    expect(mentionedAddresses('@first.last+pmo@sub-domain.example.org @Zoë@exämple.de')).toEqual(['first.last+pmo@sub-domain.example.org', 'zoë@exämple.de']);
  });

  it('mentions nobody from Markdown code: fenced blocks and inline code spans', () => {
    const text = 'Run `notify @ann@example.org` first.\n```\n@bob@example.org\n```\n~~~sh\n@cy@example.org\n~~~\nThen @dee@example.org.';
    expect(mentionedAddresses(text)).toEqual(['dee@example.org']);
  });

  it(`stops at ${MAX_MENTIONS} different people`, () => {
    const text = Array.from({ length: MAX_MENTIONS + 5 }, (_, i) => `@p${i}@example.org`).join(' ');
    const found = mentionedAddresses(text);
    expect(found).toHaveLength(MAX_MENTIONS);
    expect(found[0]).toBe('p0@example.org');
  });

  it('finds nothing in empty or mention-free text', () => {
    expect(mentionedAddresses('')).toEqual([]);
    expect(mentionedAddresses('@ alone, and an @ at the end @')).toEqual([]);
  });
});
