// Calendar dates (YYYY-MM-DD) and instants for people: "2 Mar 2026". Dates have no time zone, so
// they are formatted in UTC to never shift by a day.
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? isoDate : dateFormat.format(parsed);
}

export function formatInstant(timestamp: string | null | undefined): string {
  if (!timestamp) return '—';
  const parsed = new Date(timestamp);
  return Number.isNaN(parsed.getTime()) ? timestamp : instantFormat.format(parsed);
}
