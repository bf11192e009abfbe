// What every benchmark needs: a seeded random source (the same data on every run), percentiles
// of timings, and `--name value` options.

/** A linear congruential generator: deterministic numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** The p-th percentile of ascending timings. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** A numeric `--name value` option, or the fallback. */
export const option = (args: string[], name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
