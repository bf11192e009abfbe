// Optimise mode: a forward-only genetic search from the priority-rule schedule within a budget of
// generated schedules, deterministic for a seed. Schedules are compared by the total weighted
// project delay (each project's finish slip × its priority + 1) and then by the last finish. The
// population starts with the rule's schedule and samples biased around the rule's order; children
// cross two tournament-picked parents' task lists (Hartmann's two-point crossover, as in the RCPSP
// search) and are decoded by the levelling generator. Tasks that may not wait keep their place at
// the head of every list, and the best is never worse than the rule's, which it starts from.
import { signatureOf } from '../rcpsp/schedule-signature.ts';
import { randomFrom, randomInt, type Random } from '../rcpsp/random.ts';
import { orderBy, TwoPointCrossover } from '../rcpsp/two-point-crossover.ts';
import type { LevellingProblem, LevellingSgs } from './levelling-sgs.ts';

export interface Score {
  readonly weightedDelay: number;
  readonly makespan: number;
}

/** Whether `a` is strictly better than `b`. */
export const better = (a: Score, b: Score): boolean => a.weightedDelay < b.weightedDelay || (a.weightedDelay === b.weightedDelay && a.makespan < b.makespan);

/** Weighted project delay and last finish of a schedule. */
export class LevellingObjective {
  private readonly finish: Int32Array;

  /**
   * @param project each task's project, 0 … weights.length − 1
   * @param weights each project's weight (its priority + 1)
   * @param before each project's unlevelled finish
   */
  constructor(
    private readonly problem: LevellingProblem,
    private readonly project: Int32Array,
    private readonly weights: Float64Array,
    readonly before: Int32Array,
  ) {
    this.finish = new Int32Array(weights.length);
  }

  /** Each project's finish in `start`, written into `finish` (default: a buffer reused per call). */
  finishes(start: Int32Array, finish: Int32Array = this.finish): Int32Array {
    const { duration } = this.problem;
    finish.fill(0);
    for (let a = 0; a < start.length; a++) finish[this.project[a]!] = Math.max(finish[this.project[a]!]!, start[a]! + duration[a]!);
    return finish;
  }

  score(start: Int32Array): Score {
    const finish = this.finishes(start);
    let weightedDelay = 0;
    let makespan = 0;
    for (let p = 0; p < finish.length; p++) {
      weightedDelay += this.weights[p]! * Math.max(0, finish[p]! - this.before[p]!);
      makespan = Math.max(makespan, finish[p]!);
    }
    return { weightedDelay, makespan };
  }
}

interface Individual {
  readonly start: Int32Array;
  readonly score: Score;
  readonly signature: number;
  list?: Int32Array;
}

export interface LevellingSearchOptions {
  /** Generated schedules, the rule's included. */
  readonly schedules: number;
  readonly seed: number;
  readonly populationSize?: number;
  readonly mutationRate?: number;
}

/**
 * The best schedule found, starting from the rule's (`ruleKeys`, ranks 0 … n − 1, must decode).
 * @returns its starts and how many schedules were generated
 */
export function searchLevelling(
  problem: LevellingProblem,
  sgs: LevellingSgs,
  objective: LevellingObjective,
  ruleKeys: Float64Array,
  options: LevellingSearchOptions,
): { readonly start: Int32Array; readonly score: Score; readonly generated: number } {
  const n = problem.taskCount;
  const { pinned } = problem;
  const random: Random = randomFrom(options.seed);
  const size = Math.max(2, options.populationSize ?? 20);
  const mutationRate = options.mutationRate ?? 0.05;
  const crossover = new TwoPointCrossover(n);
  const keys = new Float64Array(n);
  const population: Individual[] = [];
  const signatures = new Set<number>();
  let generated = 0;
  // In a holder: closures assign it, which narrowing of a plain `let` would not see.
  const kept: { best: Individual | null } = { best: null };

  const decode = (): void => {
    // Tasks that may not wait stay ahead of all others, in the rule's order.
    for (let a = 0; a < n; a++) if (pinned[a]) keys[a] = ruleKeys[a]! - n;
    const start = new Int32Array(n);
    generated++;
    if (sgs.run(keys, start) < 0) return;
    const individual: Individual = { start, score: objective.score(start), signature: signatureOf(start) };
    if (!kept.best || better(individual.score, kept.best.score)) kept.best = individual;
    offer(individual);
  };
  const offer = (child: Individual): void => {
    if (signatures.has(child.signature)) return;
    if (population.length < size) {
      population.push(child);
      signatures.add(child.signature);
      return;
    }
    let worst = 0;
    for (let i = 1; i < population.length; i++) if (better(population[worst]!.score, population[i]!.score)) worst = i;
    if (better(population[worst]!.score, child.score)) return;
    signatures.delete(population[worst]!.signature);
    population[worst] = child;
    signatures.add(child.signature);
  };
  const pick = (): Individual => {
    const a = population[randomInt(random, population.length)]!;
    const b = population[randomInt(random, population.length)]!;
    return better(b.score, a.score) ? b : a;
  };
  // A task list read off a schedule: by start, ties in the rule's order.
  const listOf = (individual: Individual): Int32Array => (individual.list ??= orderBy(Float64Array.from(individual.start, (s, a) => s + ruleKeys[a]! / (n + 1))));

  keys.set(ruleKeys);
  decode();
  if (!kept.best) throw new Error('The rule schedule must decode before a search starts from it.');
  const spread = Math.max(2, n / 8);
  for (let i = 1; i < size && generated < options.schedules; i++) {
    for (let a = 0; a < n; a++) keys[a] = ruleKeys[a]! + random() * spread;
    decode();
  }
  while (generated < options.schedules) {
    crossover.cross(listOf(pick()), listOf(pick()), random, keys);
    for (let a = 0; a < n; a++) if (random() < mutationRate) keys[a]! += (random() - 0.5) * 4;
    decode();
  }
  const { start, score } = kept.best;
  return { start, score, generated };
}
