import { describe, expect, it } from 'vitest';
import { cellView } from './training-view.ts';

describe('competency matrix cells', () => {
  it('marks a level below the required one, and says where it comes from', () => {
    expect(cellView({ level: 2, source: 'pmo' }, 3)).toEqual({ text: '2', color: 'red', title: 'PMO assessment; required 3' });
    expect(cellView({ level: 4, source: 'course' }, 3)).toEqual({ text: '4', color: undefined, title: 'course; required 3' });
    expect(cellView({ level: null, source: null }, 2)).toEqual({ text: '—', color: 'red', title: 'no evidence; required 2' });
    expect(cellView(undefined, null)).toEqual({ text: '—', color: undefined, title: 'no evidence' });
  });
});
