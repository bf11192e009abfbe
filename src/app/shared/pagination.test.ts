import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsPattern, decodeCursor, encodeCursor, parseSort } from './pagination.ts';
import { AppError } from '../errors.ts';

describe('cursors', () => {
  it('round-trip any sort value and id', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), fc.uuid(), (value, id) => {
        expect(decodeCursor(encodeCursor({ value, id }))).toEqual({ value, id });
      }),
    );
  });

  it('reject cursors Orrery did not give out with invalid_cursor', () => {
    for (const forged of ['abc', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
      expect(() => decodeCursor(forged)).toThrow(AppError);
    }
    expect(decodeCursor(undefined)).toBeUndefined();
  });
});

describe('search patterns', () => {
  it('take the user’s % and _ literally and ignore case', () => {
    expect(containsPattern('100%_Done')).toBe('%100\\%\\_done%');
  });
});

describe('sort parameters', () => {
  it('read a leading minus as descending', () => {
    expect(parseSort('-name')).toEqual({ field: 'name', desc: true });
    expect(parseSort('code')).toEqual({ field: 'code', desc: false });
  });
});
