// How a comment's mentions are shown, and how the composer finds and completes the @ being typed.
import { describe, expect, it } from 'vitest';
import { activeMention, insertMention } from './mention-query.ts';
import { splitMentions } from './mention-text.ts';

const ann = { id: '1', name: 'Ann Analyst', email: 'ann@example.org' };
const bob = { id: '2', name: 'Bob Builder', email: 'bob@example.org.uk' };

describe('splitMentions', () => {
  it('turns the resolved mentions into people and keeps the rest as text', () => {
    expect(splitMentions('@Ann@Example.org please check, cc @nobody@example.org.', [ann])).toEqual([
      { kind: 'mention', text: '@Ann@Example.org', person: ann },
      { kind: 'text', text: ' please check, cc @nobody@example.org.' },
    ]);
  });

  it('matches whole addresses only, with trailing punctuation outside', () => {
    const bobOnly = splitMentions('(@bob@example.org.uk) and @ann@example.org.uk', [ann, bob]);
    expect(bobOnly.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['@bob@example.org.uk']);
    expect(splitMentions('mail ann@example.org', [ann])).toEqual([{ kind: 'text', text: 'mail ann@example.org' }]);
    expect(splitMentions('Thanks @ann@example.org.', [ann]).map((s) => s.kind)).toEqual(['text', 'mention', 'text']);
  });

  it('is plain text without mentions', () => {
    expect(splitMentions('Hello', [])).toEqual([{ kind: 'text', text: 'Hello' }]);
    expect(splitMentions('', [])).toEqual([]);
  });
});

describe('activeMention and insertMention', () => {
  it('finds the @ being typed at the caret, only where it starts a word', () => {
    expect(activeMention('Hi @an', 6)).toEqual({ start: 3, query: 'an' });
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('(@ann@exa', 9)).toEqual({ start: 1, query: 'ann@exa' });
    expect(activeMention('mail ann@exa', 12)).toBeNull();
    expect(activeMention('Hi @ann and', 11)).toBeNull();
  });

  it('writes the picked address and a space (none before punctuation), with the caret after it', () => {
    const text = 'Hi @an, see this';
    const mention = activeMention(text, 6)!;
    expect(insertMention(text, mention, 6, 'ann@example.org')).toEqual({ text: 'Hi @ann@example.org, see this', caret: 19 });
    const atEnd = insertMention('Hi @an', activeMention('Hi @an', 6)!, 6, 'ann@example.org');
    expect(atEnd).toEqual({ text: 'Hi @ann@example.org ', caret: 20 });
    const beforeSpace = insertMention('Hi @an there', activeMention('Hi @an there', 6)!, 6, 'ann@example.org');
    expect(beforeSpace).toEqual({ text: 'Hi @ann@example.org there', caret: 20 });
  });
});
