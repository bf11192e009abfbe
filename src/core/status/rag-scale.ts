// How colours compare and how a figure becomes a colour under the PMO's bands, plus the few words
// every reason is built from, so that all reasons read alike and always carry their figures.
import type { Colour, CountBands, ItemRef, MeasureBands } from './status-types.ts';

const RANK: Record<Colour, number> = { grey: 0, green: 1, amber: 2, red: 3 };

/**
 * The worst of some colours; grey (not assessed) only when nothing else is given.
 * @example
 * worstColour(['green', 'grey', 'amber']); // 'amber'
 * worstColour(['grey']); // 'grey'
 */
export function worstColour(colours: ReadonlyArray<Colour>): Colour {
  let worst: Colour = 'grey';
  for (const c of colours) if (RANK[c] > RANK[worst]) worst = c;
  return worst;
}

/** Whether `a` is at least as bad as `b` (grey counts as better than green here: it says nothing). */
export const atLeastAsBad = (a: Colour, b: Colour): boolean => RANK[a] >= RANK[b];

/** The colour of a measure: red above redAbove, amber above amberAbove, else green. */
export const measureColour = (value: number, bands: MeasureBands): Colour => (value > bands.redAbove ? 'red' : value > bands.amberAbove ? 'amber' : 'green');

/** The colour of a count: red from redAtLeast, amber from amberAtLeast (null: unused), else green. */
export function countColour(count: number, bands: CountBands): Colour {
  if (bands.redAtLeast !== null && count >= bands.redAtLeast) return 'red';
  if (bands.amberAtLeast !== null && count >= bands.amberAtLeast) return 'amber';
  return 'green';
}

/** The bands in words: "amber above 5, red above 15". */
export const measureRule = (bands: MeasureBands, unit = ''): string => `amber above ${num(bands.amberAbove)}${unit}, red above ${num(bands.redAbove)}${unit}`;

/** The bands in words: "amber from 1, red from 3", leaving out an unused colour. */
export function countRule(bands: CountBands): string {
  const parts = [bands.amberAtLeast !== null ? `amber from ${bands.amberAtLeast}` : null, bands.redAtLeast !== null ? `red from ${bands.redAtLeast}` : null].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(', ') : 'no colour set';
}

/** A number with at most one decimal: 7.5, 12. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);

export const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;

/** Working days as words: "7.5 working days". */
export const workingDays = (n: number): string => plural(Math.abs(n), 'working day');

/** The date part of a local date-time. */
export const dateOf = (local: string): string => local.slice(0, 10);

/** Items named in a reason: the first three in full, then how many more. */
export function named(items: ReadonlyArray<ItemRef>): string {
  const shown = items.slice(0, 3).map((i) => `${i.code} '${i.title}'`);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** "The period 2026-11-01 – 2026-11-30". */
export const periodText = (p: { readonly start: string; readonly end: string }): string => `${p.start} – ${p.end}`;
