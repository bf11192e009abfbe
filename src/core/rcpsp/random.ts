// A small seeded generator (mulberry32) so a search is repeatable: the same seed, the same schedule.

export type Random = () => number;

/** Numbers in [0, 1) from a 32-bit seed. */
export function randomFrom(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const randomInt = (random: Random, n: number): number => Math.floor(random() * n);
