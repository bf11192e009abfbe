// A hash of a schedule's starts (FNV-1a over the start times): populations and the neighbourhood
// search use it to tell schedules apart without comparing them whole.

/** A hash of a schedule's starts, to keep a population free of copies. */
export function signatureOf(start: Int32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < start.length; i++) h = Math.imul(h ^ start[i]!, 0x01000193);
  return h >>> 0;
}
