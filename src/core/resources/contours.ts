// MS Project's predefined work contours. Each cuts an assignment's working time into ten equal
// segments and works each at a percentage of the assignment's (peak) units:
//
//   flat          100 100 100 100 100 100 100 100 100 100   (average 100 %)
//   back-loaded    10  15  25  50  50  75  75 100 100 100   (60 %)
//   front-loaded  100 100 100  75  75  50  50  25  15  10   (60 %)
//   double-peak    25  50 100  50  25  25  50 100  50  25   (50 %)
//   bell           10  20  40  80 100 100  80  40  20  10   (50 %)
//   turtle         25  50  75 100 100 100 100  75  50  25   (70 %)
//
// Source: Microsoft PSS Learning Services, "Microsoft Project 2000, Module 2.4: Entering
// Assignments" (© 2000 Microsoft), "Predefined Contours" (the ten-segment tables of flat, back
// loaded, front loaded and double peak) and its table of each contour's "Units Scaled Average"
// (flat 100 %, back and front loaded 60 %, double peak, bell 50 %, turtle 70 %); copies at
// vunivere.ru/work92654/page2 and /page5. The bell and turtle tenths are the widely quoted ones and
// agree with those averages. Early and late peak are left out: the source's tables of them were
// not available to check.
//
// How peak units and work relate, as in MS Project: units are the peak, so an assignment's work
// is units × working time × the contour's average (a flat 100 % assignment over 40 working hours
// is 40 h of work; back-loaded, 24 h). Orrery takes the task's dates from the schedule as fixed:
// given work, that work is spread by the contour over the working time and the peak units follow
// (work ÷ (working time × average)); given only units, the work follows from them.
import type { Contour } from './resource-types.ts';

/** Percent of peak units in each tenth of the working time. */
export const CONTOUR_TENTHS: Readonly<Record<Contour, ReadonlyArray<number>>> = {
  flat: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
  'back-loaded': [10, 15, 25, 50, 50, 75, 75, 100, 100, 100],
  'front-loaded': [100, 100, 100, 75, 75, 50, 50, 25, 15, 10],
  'double-peak': [25, 50, 100, 50, 25, 25, 50, 100, 50, 25],
  bell: [10, 20, 40, 80, 100, 100, 80, 40, 20, 10],
  turtle: [25, 50, 75, 100, 100, 100, 100, 75, 50, 25],
};

export const CONTOURS = Object.keys(CONTOUR_TENTHS) as ReadonlyArray<Contour>;

/**
 * A contour as the spreading loop reads it: `prefix[k]` is the sum of the first k tenths (so
 * `prefix[10]` is the total) and `tenths[k]` the k-th, with a zero after the last.
 */
export interface ContourShape {
  readonly flat: boolean;
  readonly tenths: Float64Array;
  readonly prefix: Float64Array;
  /** Average share of peak units over the whole assignment: 1 for flat, 0.6 for back-loaded. */
  readonly average: number;
}

function shapeOf(tenths: ReadonlyArray<number>, flat: boolean): ContourShape {
  const t = new Float64Array(11);
  const prefix = new Float64Array(11);
  for (let k = 0; k < 10; k++) {
    t[k] = tenths[k]!;
    prefix[k + 1] = prefix[k]! + tenths[k]!;
  }
  return { flat, tenths: t, prefix, average: prefix[10]! / 1000 };
}

const SHAPES: Readonly<Record<Contour, ContourShape>> = Object.fromEntries(CONTOURS.map((c) => [c, shapeOf(CONTOUR_TENTHS[c], c === 'flat')])) as Record<Contour, ContourShape>;

/** The shape of a contour (flat when none is given). */
export const contourShape = (contour: Contour | undefined): ContourShape => SHAPES[contour ?? 'flat'];

/**
 * The share of the work done once `x` (0…1) of the working time has passed.
 * @example
 * workShareAt(contourShape('back-loaded'), 0.5); // 0.25 (10+15+25+50+50 of 600)
 */
export function workShareAt(shape: ContourShape, x: number): number {
  if (shape.flat) return x;
  const s = x * 10;
  const k = s >= 10 ? 9 : Math.floor(s);
  return (shape.prefix[k]! + shape.tenths[k]! * (s - k)) / shape.prefix[10]!;
}
