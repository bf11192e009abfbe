// Matching captured lines to their items across saves: a line finished after a half-typed save,
// edited, moved, deleted and restored keeps its item; only new lines make new items. Properties
// over random edit sequences: keys are never shared or invented, and unchanged minutes match fully.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMinutes, type MinutesItem } from './minutes.ts';
import { capturesAfter, MIN_SIMILARITY, reconcileCaptures, similarity, type Capture } from './captures.ts';

/** Saves the minutes: matches their lines, makes keys for new ones, returns the keys by line. */
function save(previous: Capture[], text: string, counter = { n: 0 }): { captures: Capture[]; keys: string[]; created: number; changed: number } {
  const lines = parseMinutes(text).items;
  const assignments = reconcileCaptures(previous, lines);
  const fresh = assignments.filter((a) => a.key === null).map(() => `k${++counter.n}`);
  const captures = capturesAfter(previous, assignments, fresh);
  return { captures, keys: captures.filter((c) => c.present).map((c) => c.key), created: fresh.length, changed: assignments.filter((a) => a.changed).length };
}

describe('reconcileCaptures', () => {
  it('follows a scribe: half-typed, finished, a line inserted above, an action given a due date, one deleted and restored', () => {
    const counter = { n: 0 };
    let s = save([], 'DECISION: We go with', counter);
    expect([s.keys, s.created]).toEqual([['k1'], 1]);
    s = save(s.captures, 'DECISION: We go with supplier B\nACTION @ann: Tell', counter);
    expect([s.keys, s.created, s.changed]).toEqual([['k1', 'k2'], 1, 1]);
    s = save(s.captures, 'DECISION: Budget frozen\nDECISION: We go with supplier B\nACTION @ann: Tell them', counter);
    expect([s.keys, s.created, s.changed]).toEqual([['k3', 'k1', 'k2'], 1, 1]);
    s = save(s.captures, 'DECISION: Budget frozen\nDECISION: We go with supplier B\nACTION @ann due 2026-12-04: Tell them', counter);
    expect([s.keys, s.created, s.changed]).toEqual([['k3', 'k1', 'k2'], 0, 1]);
    const deleted = save(s.captures, 'DECISION: We go with supplier B\nACTION @ann due 2026-12-04: Tell them', counter);
    expect([deleted.keys, deleted.created]).toEqual([['k1', 'k2'], 0]);
    expect(deleted.captures.find((c) => c.key === 'k3')).toMatchObject({ present: false });
    const restored = save(deleted.captures, 'ACTION @ann due 2026-12-04: Tell them\nDECISION: We go with supplier B\n\nDECISION: Budget frozen', counter);
    expect([restored.keys, restored.created, restored.changed]).toEqual([['k2', 'k1', 'k3'], 0, 0]);
  });

  it('tells an edit from a line replaced: a decision inserted above one being edited does not take its item', () => {
    const first = save([], 'DECISION: We go with supplier B\nACTION: Tell them\nACTION: Book the board');
    const next = save(first.captures, 'DECISION: Budget frozen until March\nDECISION: We go with supplier B (three years)\nACTION: Book the board\nACTION: Tell them', { n: 3 });
    expect([next.keys, next.created, next.changed]).toEqual([['k4', 'k1', 'k3', 'k2'], 1, 1]);
    const rewritten = save(next.captures, 'DECISION: Budget frozen until March\nDECISION: Stay with supplier A after all\nACTION: Book the board\nACTION: Tell them', { n: 4 });
    expect([rewritten.keys, rewritten.created]).toEqual([['k4', 'k5', 'k3', 'k2'], 1]);
    expect(rewritten.captures.find((c) => c.key === 'k1')).toMatchObject({ present: false });
  });

  it('finds texts alike when one begins the other or they share most letter pairs', () => {
    expect(similarity('We go with', 'We  go with supplier B')).toBe(1);
    expect(similarity('Tell the supplir', 'tell the supplier')).toBeGreaterThan(0.8);
    expect(similarity('Budget frozen until March', 'We go with supplier B')).toBeLessThan(MIN_SIMILARITY);
    expect(similarity('a', 'b')).toBe(0);
  });

  it('never pairs a decision with an action, and keeps two identical lines apart', () => {
    const first = save([], 'DECISION: Same\nDECISION: Same');
    expect(first.keys).toEqual(['k1', 'k2']);
    const swapped = save(first.captures, 'ACTION: Same\nDECISION: Same\nDECISION: Same', { n: 2 });
    expect(swapped.keys).toEqual(['k3', 'k1', 'k2']);
  });
});

const text = fc.constantFrom('Go', 'Stop', 'Wait for B', 'Hire', 'Tell them', 'Book the room');
const item = fc.record({ kind: fc.constantFrom('decision' as const, 'action' as const), text, owner: fc.constantFrom(null, 'ann'), dueDate: fc.constantFrom(null, '2026-12-04') });
const render = (items: Array<Omit<MinutesItem, 'line'>>): string => items.map((i) => `${i.kind.toUpperCase()}${i.owner && i.kind === 'action' ? ` @${i.owner}` : ''}${i.dueDate && i.kind === 'action' ? ` due ${i.dueDate}` : ''}: ${i.text}`).join('\nprose\n');
const edit = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), item }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retext' as const), at: fc.nat(), text }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

describe('reconcileCaptures over random edits', () => {
  it('never gives one key to two lines, never invents a key, never changes the kind of an item, and matches unchanged minutes fully', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const counter = { n: 0 };
        let items = start.map((i) => ({ ...i, owner: i.kind === 'action' ? i.owner : null, dueDate: i.kind === 'action' ? i.dueDate : null }));
        let state = save([], render(items), counter);
        const kindOf = new Map(state.captures.map((c) => [c.key, c.kind]));
        for (const e of edits) {
          const at = items.length === 0 ? 0 : e.at % items.length;
          if (e.op === 'insert') items.splice(e.at % (items.length + 1), 0, { ...e.item, owner: e.item.kind === 'action' ? e.item.owner : null, dueDate: e.item.kind === 'action' ? e.item.dueDate : null });
          else if (items.length > 0 && e.op === 'delete') items.splice(at, 1);
          else if (items.length > 0 && e.op === 'retext') items[at] = { ...items[at]!, text: e.text };
          else if (items.length > 0 && e.op === 'move') items.splice(e.to % items.length, 0, items.splice(at, 1)[0]!);
          items = [...items];
          const before = new Set(state.captures.map((c) => c.key));
          const next = save(state.captures, render(items), counter);
          expect(new Set(next.keys).size).toBe(next.keys.length);
          for (const c of next.captures) {
            if (!before.has(c.key)) expect(Number(c.key.slice(1))).toBeGreaterThan(before.size === 0 ? 0 : Math.max(...[...before].map((k) => Number(k.slice(1)))));
            if (kindOf.has(c.key)) expect(c.kind).toBe(kindOf.get(c.key));
            kindOf.set(c.key, c.kind);
          }
          const again = save(next.captures, render(items), counter);
          expect([again.keys, again.created, again.changed]).toEqual([next.keys, 0, 0]);
          state = next;
        }
      }),
    );
  });

  it('keeps every key when one line is finished or corrected', () => {
    const change = fc.oneof(
      fc.stringMatching(/^[a-z ]{1,20}$/).map((more) => (t: string) => `${t}${more}`),
      fc.nat().map((k) => (t: string) => `${t}xyz${t}`.slice(0, t.length + 3 + (k % (t.length + 1)))),
      fc.nat().map((k) => (t: string) => (t.length < 6 ? `${t}!` : `${t.slice(0, k % t.length)}#${t.slice((k % t.length) + 1)}`)),
    );
    const long = fc.constantFrom('We go with supplier B for three years', 'Tell the supplier and legal today', 'Book the room for the next board');
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom('decision' as const, 'action' as const), text: long, owner: fc.constant(null), dueDate: fc.constant(null) }), { minLength: 1, maxLength: 10 }), fc.nat(), change, (items, at, alter) => {
        const first = save([], render(items));
        const edited = items.map((i, n) => (n === at % items.length ? { ...i, text: alter(i.text).trim() || i.text } : i));
        const second = save(first.captures, render(edited), { n: 100 });
        expect(second.keys).toEqual(first.keys);
        expect(second.created).toBe(0);
      }),
    );
  });
});
