// Instants (UTC) as wall-clock minutes in an IANA time zone and back, for working-time arithmetic
// on things stamped in UTC (support requests, say): the calendar engine counts in wall minutes of
// one place (see wall-time.ts), so a UTC instant is first read off that place's clock.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone this runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock minutes (since 1970-01-01T00:00 local) that `utcMs` shows in `timeZone`. */
export function wallMinutesAt(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatFor(timeZone).formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) / 60_000;
}

/**
 * The UTC instant (ms) when `timeZone`'s clock shows `wall` minutes. A wall time skipped by a
 * daylight-saving change maps to the instant after the gap; a repeated one to its first showing.
 */
export function utcMsAt(wall: number, timeZone: string): number {
  const target = wall * 60_000;
  const offsetAt = (utcMs: number) => wallMinutesAt(utcMs, timeZone) * 60_000 - utcMs;
  // The offsets a day before and a day after: around a change, the wall time is read with either.
  const before = target - offsetAt(target - 86_400_000);
  const after = target - offsetAt(target + 86_400_000);
  const shows = (utcMs: number) => wallMinutesAt(utcMs, timeZone) * 60_000 === target;
  if (shows(before)) return shows(after) ? Math.min(before, after) : before;
  if (shows(after)) return after;
  return before; // in a gap: read with the offset before it, which lands the same span after the gap
}
