// Sheet names from free text always satisfy Excel's rules, whatever they started as.
import { describe, expect, it } from 'vitest';
import { sheetNames } from './sheet-names.ts';

describe('sheetNames', () => {
  it('keeps names Excel accepts and fixes the rest', () => {
    expect(sheetNames(['Risks', 'risks', 'Q1: actions?', ' \t ', "it's"])).toEqual(['Risks', 'risks (2)', 'Q1 actions', 'Sheet', "it's"]);
  });

  it('cuts to 31 UTF-16 units without splitting a character or ending on an apostrophe', () => {
    const [emoji, apostrophe] = sheetNames(['📅'.repeat(20), `${'a'.repeat(30)}'b`]);
    expect(emoji).toBe('📅'.repeat(15));
    expect(apostrophe).toBe('a'.repeat(30));
  });

  it('numbers repeats past the ninth without passing 31 units', () => {
    const names = sheetNames(Array.from({ length: 12 }, () => 'x'.repeat(40)));
    expect(names[11]).toBe(`${'x'.repeat(26)} (12)`);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(12);
    expect(names.every((name) => name.length <= 31)).toBe(true);
  });
});
