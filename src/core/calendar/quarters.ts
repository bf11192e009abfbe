// Calendar quarters as `YYYY-Qn`, and the days that bound them: the one place PMO KPIs, scenarios
// and their tests name and bound quarters.

/** The quarter a day falls in: quarterOf('2026-11-24') === '2026-Q4'. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The first and last day of a quarter. */
export function quarterBounds(quarter: string): { start: string; end: string } {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const first = (q - 1) * 3 + 1;
  const lastMonth = first + 2;
  const lastDay = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { start: `${year}-${mm(first)}-01`, end: `${year}-${mm(lastMonth)}-${lastDay}` };
}

/** Every quarter from the one holding `from` to the one holding `to`, in order. */
export function quartersBetween(from: string, to: string): string[] {
  const quarters: string[] = [];
  let year = Number(from.slice(0, 4));
  let q = Number(quarterOf(from).slice(6));
  const last = quarterOf(to);
  for (;;) {
    const quarter = `${year}-Q${q}`;
    if (quarter > last) break;
    quarters.push(quarter);
    if (++q > 4) { q = 1; year += 1; }
  }
  return quarters;
}

/** Calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The first day of the quarter holding `day`, and the last day of the quarter `count − 1` after it. */
export function quarterRange(day: string, count: number): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const firstMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3;
  const from = new Date(Date.UTC(year, firstMonth, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, firstMonth + 3 * count, 0)).toISOString().slice(0, 10);
  return { from, to };
}
