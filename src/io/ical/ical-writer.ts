// iCalendar (RFC 5545) written by hand: it is a small text format, and what matters is getting
// its few rules right — CRLF line ends, content lines folded at 75 octets (never inside a UTF-8
// character; continuation lines start with a space), TEXT values with \ ; , and newlines escaped,
// and all-day events as DATE values whose DTEND is the day after (exclusive). Pure: bytes out.

/** An all-day event. */
export interface IcalEvent {
  /** Stable across feeds and reads, so calendar clients update the event rather than duplicate it. */
  readonly uid: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
  readonly categories?: readonly string[];
}

export interface IcalCalendar {
  readonly name: string;
  /** When the feed was produced (DTSTAMP of every event). */
  readonly stamp: Date;
  readonly events: readonly IcalEvent[];
}

const PRODID = '-//Orrery//Orrery PMO//EN';

/** A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * A content line folded into lines of at most 75 octets (the continuation's leading space
 * counts), split only between characters.
 * @example foldLine('DESCRIPTION:' + 'x'.repeat(100)).split('\r\n').map((l) => l.length) // [75, 38]
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basicDate = (iso: string): string => iso.replace(/-/g, '');
const nextDay = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
/** UTC date-time in the basic format: 20261124T013000Z. */
const stampOf = (at: Date): string => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The calendar as text, CRLF-terminated. */
export function renderCalendar(calendar: IcalCalendar): string {
  const stamp = stampOf(calendar.stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendar.name)}`];
  for (const e of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.categories && e.categories.length > 0 ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
