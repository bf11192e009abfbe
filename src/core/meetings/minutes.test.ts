// The minutes syntax: what is captured, what is not (headings, code blocks, half-typed lines), the
// problems reported, and properties over any text: parsing never throws and never invents an item
// that is not written on its line.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CAPTURED, parseMinutes } from './minutes.ts';

describe('parseMinutes', () => {
  it('captures decisions and actions with their owner and due date, in any order, after list and bold markers', () => {
    const text = [
      '# Steering committee',
      'DECISION: We go with supplier B.',
      '- ACTION @Ann@Example.org due 2026-12-04: Send the revised budget',
      '  2. action due 2026-12-05 @bob: Book the room',
      '**DECISION:** Go live on 1 March.',
      '**ACTION** @carl: Chase the contract**',
      '__Decision__: Freeze scope',
      'Action: Plain action: with a colon in its text',
    ].join('\n');
    expect(parseMinutes(text)).toEqual({
      items: [
        { kind: 'decision', line: 2, text: 'We go with supplier B.', owner: null, dueDate: null },
        { kind: 'action', line: 3, text: 'Send the revised budget', owner: 'ann@example.org', dueDate: '2026-12-04' },
        { kind: 'action', line: 4, text: 'Book the room', owner: 'bob', dueDate: '2026-12-05' },
        { kind: 'decision', line: 5, text: 'Go live on 1 March.', owner: null, dueDate: null },
        { kind: 'action', line: 6, text: 'Chase the contract**', owner: 'carl', dueDate: null },
        { kind: 'decision', line: 7, text: 'Freeze scope', owner: null, dueDate: null },
        { kind: 'action', line: 8, text: 'Plain action: with a colon in its text', owner: null, dueDate: null },
      ],
      problems: [],
    });
  });

  it('leaves headings, prose, quotes, code blocks and lines still being typed alone', () => {
    const text = [
      'Action items:',
      'Decision points: none today',
      'Actions: see below',
      'We took no decision: more data needed',
      '> DECISION: quoted from last time',
      '```',
      'DECISION: inside a code block',
      '```',
      '~~~md',
      'ACTION: also inside',
      '~~~',
      'DECISION:',
      'ACTION @ann:   ',
      'Transaction: not an action',
      '\\DECISION: escaped',
    ].join('\r\n');
    expect(parseMinutes(text)).toEqual({ items: [], problems: [] });
  });

  it('reports lines that look meant but cannot be read, and what it ignored', () => {
    const parsed = parseMinutes(['ACTION ITEMS: list', 'DECISION we go', 'ACTION due 2026-02-30: Pay', 'ACTION @a @b due 2026-01-02 due 2026-01-03: Two of each', 'DECISION @ann due 2026-01-02: Owners are for actions'].join('\n'));
    expect(parsed.items).toEqual([
      { kind: 'action', line: 3, text: 'Pay', owner: null, dueDate: null },
      { kind: 'action', line: 4, text: 'Two of each', owner: 'a', dueDate: '2026-01-02' },
      { kind: 'decision', line: 5, text: 'Owners are for actions', owner: null, dueDate: null },
    ]);
    expect(parsed.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [1, 'the words before the colon are not understood, so the line is not captured'],
      [2, 'DECISION without a colon is not captured'],
      [3, 'due date "2026-02-30" not understood'],
      [4, 'one owner per action'],
      [4, 'one due date per action'],
      [5, 'an owner and a due date are for actions; ignored on a decision'],
    ]);
  });

  it(`captures at most ${MAX_CAPTURED} items and says so`, () => {
    const parsed = parseMinutes(Array.from({ length: MAX_CAPTURED + 3 }, (_, i) => `DECISION: number ${i}`).join('\n'));
    expect(parsed.items).toHaveLength(MAX_CAPTURED);
    expect(parsed.problems).toEqual([{ line: MAX_CAPTURED + 1, message: expect.stringContaining(`first ${MAX_CAPTURED}`) }]);
  });
});

/** Lines in the syntax, and lines around it: prose, near misses, markers, odd characters. */
const word = fc.stringMatching(/^[A-Za-z0-9 .,!?'()-]{1,30}$/).filter((w) => w.trim() !== '' && !/decision|action/i.test(w));
const line = fc.oneof(
  word,
  fc.string({ maxLength: 40 }),
  fc.constantFrom('DECISION', 'ACTION', 'decision:', 'ACTION @', 'ACTION due', 'ACTION due :', '```', '~~~', '**', 'DECISION: **', '- ', '1) ACTION: x', '\u0000', '\uD800'),
  fc.tuple(fc.constantFrom('', '- ', '* ', '12. ', '**', '  '), fc.constantFrom('DECISION', 'ACTION', 'Decision', 'action'), fc.constantFrom('', ' @ann', ' due 2026-01-31', ' @x@y.z due 2027-02-28', ' due', ' foo'), fc.constantFrom(':', '', ': ', ':**'), word).map((parts) => parts.join('')),
);
const minutes = fc.array(line, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

describe('parseMinutes on any text', () => {
  it('never throws, and every item stands on its own line, with its text written there', () => {
    fc.assert(
      fc.property(fc.oneof(minutes, fc.string({ maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const lines = text.split(/\r\n|\r|\n/);
        const parsed = parseMinutes(text);
        const itemLines = parsed.items.map((i) => i.line);
        expect(new Set(itemLines).size).toBe(itemLines.length);
        expect([...itemLines].sort((a, b) => a - b)).toEqual(itemLines);
        for (const item of parsed.items) {
          const source = lines[item.line - 1]!;
          expect(source.toLowerCase()).toContain(item.kind);
          expect(source).toContain(item.text);
          expect(item.text.trim()).toBe(item.text);
          expect(item.text).not.toBe('');
          if (item.owner !== null) expect(source.toLowerCase()).toContain(`@${item.owner}`);
          if (item.dueDate !== null) expect(source).toContain(`due ${item.dueDate}`);
        }
        for (const p of parsed.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text that never names a decision or an action', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }).filter((t) => !/decision|action/i.test(t)), (text) => parseMinutes(text).items.length === 0 && parseMinutes(text).problems.length === 0));
  });

  it('reads back exactly the decisions and actions written in the syntax between lines of prose', () => {
    const entry = fc.record({ kind: fc.constantFrom('decision' as const, 'action' as const), text: word.map((w) => w.trim()), owner: fc.option(fc.constantFrom('ann', 'bob@example.org'), { nil: null }), dueDate: fc.option(fc.constantFrom('2026-01-31', '2028-02-29'), { nil: null }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(word, { nil: null }), entry), { maxLength: 15 }), (pairs) => {
        const lines: string[] = [];
        const expected = pairs.map(([prose, e]) => {
          if (prose !== null) lines.push(prose);
          const params = e.kind === 'action' ? `${e.owner ? ` @${e.owner}` : ''}${e.dueDate ? ` due ${e.dueDate}` : ''}` : '';
          lines.push(`${e.kind.toUpperCase()}${params}: ${e.text}`);
          return { kind: e.kind, line: lines.length, text: e.text, owner: e.kind === 'action' ? e.owner : null, dueDate: e.kind === 'action' ? e.dueDate : null };
        });
        expect(parseMinutes(lines.join('\n'))).toEqual({ items: expected, problems: [] });
      }),
    );
  });
});
