import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, renderCalendar } from './ical-writer.ts';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a character, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
    expect(foldLine('DESCRIPTION:' + 'x'.repeat(100)).split('\r\n').map((l) => l.length)).toEqual([75, 38]);
  });

  it('writes all-day events with an exclusive end, a stamp and CRLF line ends', () => {
    const text = renderCalendar({ name: 'PRJ-001 Lagoon', stamp: new Date('2026-11-24T01:30:00.500Z'), events: [{ uid: 'm-1@orrery', date: '2026-12-31', summary: 'Go-live, phase 1', categories: ['Milestone'] }] });
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Orrery//Orrery PMO//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:PRJ-001 Lagoon',
      'BEGIN:VEVENT',
      'UID:m-1@orrery',
      'DTSTAMP:20261124T013000Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Go-live\\, phase 1',
      'CATEGORIES:Milestone',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});
