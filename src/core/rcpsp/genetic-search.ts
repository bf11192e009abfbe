// The search for a short schedule within a budget of generated schedules, deterministic for a
// seed: a bi-population genetic algorithm after Debels and Vanhoucke (2007). One population holds
// left-justified schedules (every activity as early as possible), the other right-justified ones
// (as late as possible). Two parents of one population cross (Hartmann's two-point crossover on
// their activity lists) and the child is decoded in the other direction, so every child is at once
// a new schedule and a justification of its parents' mix (Valls et al. 2005): each costs one
// generated schedule where forward–backward improvement after a forward decoding costs three;
// a child close to the best is justified further while that shortens it. Each schedule carries a
// gene saying whether its children are decoded by the serial or the parallel scheme, inherited and
// rarely switched, so the scheme that suits the instance wins (Hartmann 2002). A fifth of the
// children come from the peak crossover instead (Valls, Ballestín and Quintanilla 2008), which keeps
// the mother's most tightly packed interval whole. Parents are the best of four members drawn at
// random, and a child that enters a population replaces the member most like it among those no
// better: the populations stay varied, so the harder selection pays. The first samples
// scatter around the latest-finish rule by a share of the critical path that shrinks with the
// project's size (small projects need the scatter for a varied population); when the best has not
// improved for a while the populations restart from the best and widely scattered samples. The last
// fifth of the budget goes to a neighbourhood search of single moves on the best schedule's critical
// chain (see `NeighbourhoodSearch`). The search stops early at the critical-path lower bound.
import { earliestStarts, instanceProblems, topologicalOrder } from './instance-checks.ts';
import { Justifier } from './justification.ts';
import { latestFinishes } from './priority-rules.ts';
import { randomFrom, randomInt, type Random } from './random.ts';
import type { RcpspInstance, RcpspSchedule } from './rcpsp-types.ts';
import { PeakCrossover } from './peak-crossover.ts';
import { orderBy, TwoPointCrossover } from './two-point-crossover.ts';
import { NeighbourhoodSearch } from './neighbourhood-search.ts';
import { signatureOf } from './schedule-signature.ts';

export interface SearchOptions {
  /** The budget: generated schedules (each forward or backward pass counts one). */
  readonly schedules: number;
  readonly seed?: number;
  /** Schedules in each of the two populations (default 40). */
  readonly populationSize?: number;
  /** Chance that a child's activity moves in its list (default 0.03). */
  readonly mutationRate?: number;
  /** Schedules generated without a better best before the populations restart (default 20 per activity, at least 1000). */
  readonly patience?: number;
  /** Children within this share of the best makespan are justified until no shorter (default 0.05). */
  readonly justifyWithin?: number;
  /**
   * How far the first samples scatter around the latest-finish rule, as a share of the critical
   * path (default 30 / activities, between 0.25 and 1).
   */
  readonly seedSpread?: number;
  /** The same for the samples of a restart (default 1). */
  readonly restartSpread?: number;
  /** Chance that a child comes from the peak crossover instead of the two-point one (default 0.2). */
  readonly peakRate?: number;
  /**
   * Share of the budget, at its end, that the neighbourhood search spends on moves around the best
   * instead of breeding (default 0.2).
   */
  readonly finalSearchShare?: number;
  /** Members drawn for each parent, the best of them chosen (default 4). */
  readonly tournamentSize?: number;
}

export interface SearchResult {
  readonly schedule: RcpspSchedule;
  /** Schedules generated, at most the budget. */
  readonly generated: number;
  /** The critical-path length: no schedule can be shorter. */
  readonly lowerBound: number;
}

/** How often a child decodes by the other scheme than its mother's. */
const SCHEME_SWITCH_RATE = 0.05;

interface Individual {
  readonly start: Int32Array;
  readonly makespan: number;
  readonly signature: number;
  /** Whether its children are decoded by the parallel scheme (Hartmann's self-adapting gene). */
  readonly parallel: boolean;
  /** The activity lists the crossover reads, made when first needed: by finish for children decoded backward, by start for those decoded forward. */
  byFinish?: Int32Array;
  byStart?: Int32Array;
}

/**
 * A population of distinct schedules. A child enters when there is room or when it is no worse
 * than the worst member; it then replaces, to keep the population varied, the member most like it
 * (fewest activities at other starts) among those no better than it, so a good child displaces its
 * near copies rather than a different schedule (PSPLIB j120 every-5th sample, seeds 1-3: 31.94 with
 * the worst replaced, 31.71 with the closest).
 */
class Population {
  readonly members: Individual[] = [];
  private readonly signatures = new Set<number>();

  constructor(
    private readonly size: number,
    private readonly tournamentSize: number,
  ) {}

  /** Adds a schedule when there is room or it is no worse than the worst; never twice. */
  offer(child: Individual): void {
    if (this.signatures.has(child.signature)) return;
    if (this.members.length < this.size) {
      this.members.push(child);
      this.signatures.add(child.signature);
      return;
    }
    const members = this.members;
    let worst = 0;
    for (let i = 1; i < members.length; i++) if (members[i]!.makespan > members[worst]!.makespan) worst = i;
    if (child.makespan > members[worst]!.makespan) return;
    const out = this.closestNoBetter(child, worst);
    this.signatures.delete(members[out]!.signature);
    members[out] = child;
    this.signatures.add(child.signature);
  }

  /** The member no better than `child` with the fewest activities at other starts, the worse on a tie. */
  private closestNoBetter(child: Individual, worst: number): number {
    const members = this.members;
    let closest = worst;
    let fewest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      if (member.makespan < child.makespan) continue;
      let differing = 0;
      // Counting stops once past the closest so far: that member cannot be chosen.
      for (let a = 0; a < child.start.length && differing <= fewest; a++) if (member.start[a] !== child.start[a]) differing++;
      if (differing < fewest || (differing === fewest && member.makespan > members[closest]!.makespan)) {
        fewest = differing;
        closest = i;
      }
    }
    return closest;
  }

  clear(): void {
    this.members.length = 0;
    this.signatures.clear();
  }

  /** The best of `tournamentSize` members drawn at random (a tournament), the first drawn on a tie. */
  pick(random: Random): Individual {
    let best = this.members[randomInt(random, this.members.length)]!;
    for (let i = 1; i < this.tournamentSize; i++) {
      const other = this.members[randomInt(random, this.members.length)]!;
      if (other.makespan < best.makespan) best = other;
    }
    return best;
  }
}

/**
 * The shortest schedule found within the budget.
 * @example
 * solveRcpsp(instance, { schedules: 5000, seed: 1 }).schedule.makespan;
 */
export function solveRcpsp(instance: RcpspInstance, options: SearchOptions): SearchResult {
  const problems = instanceProblems(instance);
  if (problems.length > 0) throw new Error(problems.join(' '));
  return new GeneticSearch(instance, options).run();
}

class GeneticSearch {
  private readonly n: number;
  private readonly duration: Int32Array;
  private readonly lowerBound: number;
  private readonly random: Random;
  private readonly budget: number;
  private readonly size: number;
  private readonly mutationRate: number;
  private readonly patience: number;
  private readonly justifyWithin: number;
  private readonly seedSpread: number;
  private readonly restartSpread: number;
  private readonly justifier: Justifier;
  private readonly crossover: TwoPointCrossover;
  private readonly peakCrossover: PeakCrossover;
  private readonly peakRate: number;
  private readonly left: Population;
  private readonly right: Population;
  private readonly keys: Float64Array;
  private readonly latestFinish: Int32Array;
  private best: Individual | null = null;
  /** Whether the best is left-justified (of the left population) or right-justified. */
  private bestLeft = true;
  private lastGain = 0;
  private readonly neighbourhood: NeighbourhoodSearch;
  private readonly finalSearchShare: number;

  constructor(private readonly instance: RcpspInstance, options: SearchOptions) {
    this.n = instance.activityCount;
    this.duration = instance.duration;
    this.lowerBound = earliestStarts(instance, topologicalOrder(instance)!).criticalPath;
    this.random = randomFrom(options.seed ?? 1);
    this.budget = Math.floor(options.schedules);
    if (!(this.budget >= 1)) throw new Error(`A search needs a budget of at least one schedule (got ${options.schedules}).`);
    this.size = options.populationSize ?? 40;
    this.mutationRate = options.mutationRate ?? 0.03;
    // Large instances improve for longer between gains: restarting them as early as small ones throws
    // away populations still converging.
    this.patience = options.patience ?? Math.max(1000, 20 * this.n);
    this.justifier = new Justifier(instance);
    this.crossover = new TwoPointCrossover(this.n);
    this.peakCrossover = new PeakCrossover(instance);
    // A fifth of the children: all of them loses the variety of the two-point cuts (PSPLIB j120 worse at 1, better at 0.2).
    this.peakRate = options.peakRate ?? 0.2;
    // With the populations kept varied, parents can be chosen harder (same sample: binary 31.73, 3 31.57, 4 31.46, 6 31.59).
    const tournamentSize = options.tournamentSize ?? 4;
    if (!(Number.isInteger(tournamentSize) && tournamentSize >= 1)) throw new Error(`A tournament takes a whole number of at least 1 member (got ${tournamentSize}).`);
    this.left = new Population(this.size, tournamentSize);
    this.right = new Population(this.size, tournamentSize);
    this.keys = new Float64Array(this.n);
    this.latestFinish = latestFinishes(instance);
    this.justifyWithin = options.justifyWithin ?? 0.05;
    // Few activities give few distinct lists near the rule: small projects need wide scatter for a
    // varied population, large ones lose quality by it (PSPLIB j30 gains from 1, j120 from 0.25).
    this.seedSpread = options.seedSpread ?? Math.min(1, Math.max(0.25, 30 / this.n));
    this.restartSpread = options.restartSpread ?? 1;
    this.neighbourhood = new NeighbourhoodSearch(instance, this.justifier);
    // Late in the search the populations have converged: a fifth of the budget on single moves
    // around the best gains more than breeding it (PSPLIB j120 sample: 0.12, 0.2 and 0.3 tried).
    this.finalSearchShare = options.finalSearchShare ?? 0.2;
  }

  run(): SearchResult {
    this.seedPopulations(true);
    const finalSearchFrom = this.budget - Math.floor(this.budget * this.finalSearchShare);
    let searched = false;
    while (!this.done()) {
      if (!searched && this.justifier.generated >= finalSearchFrom) {
        searched = true;
        this.searchNeighbourhood(this.budget - this.justifier.generated);
      } else if (this.justifier.generated - this.lastGain > this.patience) this.restart();
      else this.breed(this.justifier.generated % 2 === 0);
    }
    const best = this.best!;
    return { schedule: { start: best.start, makespan: best.makespan }, generated: this.justifier.generated, lowerBound: this.lowerBound };
  }

  private done(): boolean {
    return this.justifier.generated >= this.budget || (this.best !== null && this.best.makespan <= this.lowerBound);
  }

  private record(start: Int32Array, makespan: number, into: Population, parallel = false): void {
    const individual: Individual = { start, makespan, signature: signatureOf(start), parallel };
    into.offer(individual);
    if (!this.best || makespan < this.best.makespan) {
      this.best = individual;
      this.bestLeft = into === this.left;
      this.lastGain = this.justifier.generated;
    }
  }

  /** Moves around the best for at most `limit` schedules; a shorter schedule it finds becomes the best. */
  private searchNeighbourhood(limit: number): void {
    const best = this.best!;
    this.neighbourhood.search(best.start, best.makespan, this.bestLeft, limit, this.random, (start, makespan, left) => {
      if (makespan < this.best!.makespan) this.record(start, makespan, left ? this.left : this.right, best.parallel);
    });
  }

  /**
   * Biased sampling around the latest-finish rule (the first sample the rule itself), half by the
   * serial scheme and half by the parallel one, whose gene those samples carry; each sample
   * right-justified too.
   */
  private seedPopulations(first: boolean): void {
    const { n, keys, latestFinish, random, justifier } = this;
    const spread = Math.max(1, this.lowerBound * (first ? this.seedSpread : this.restartSpread));
    for (let i = 0; i < this.size && !this.done(); i++) {
      for (let a = 0; a < n; a++) keys[a] = latestFinish[a]! + (first && i === 0 ? 0 : random() * spread);
      const start = new Int32Array(n);
      const parallel = i % 2 === 1;
      const makespan = parallel ? justifier.scheduleParallel(keys, start) : justifier.schedule(keys, start);
      this.record(start, makespan, this.left, parallel);
      if (this.done()) break;
      const justified = start.slice();
      this.record(justified, justifier.justifyRight(justified), this.right, parallel);
    }
  }

  /** Both populations start again from fresh samples and the best so far. */
  private restart(): void {
    this.left.clear();
    this.right.clear();
    this.left.offer(this.best!);
    this.seedPopulations(false);
    this.lastGain = this.justifier.generated;
  }

  /**
   * One child of two parents from one population, decoded into the other. A promising child
   * (within `justifyWithin` of the best) is justified back and forth while that shortens it, each
   * pass a schedule of the other population.
   */
  private breed(fromLeft: boolean): void {
    const { n, keys, random, duration, justifier } = this;
    const parents = fromLeft ? this.left : this.right;
    const motherIndividual = parents.pick(random);
    const mother = this.listOf(motherIndividual, fromLeft);
    const father = this.listOf(parents.pick(random), fromLeft);
    if (this.peakRate > 0 && random() < this.peakRate) this.peakCrossover.cross(motherIndividual.start, motherIndividual.makespan, mother, father, random, keys);
    else this.crossover.cross(mother, father, random, keys);
    for (let a = 0; a < n; a++) if (random() < this.mutationRate) keys[a]! += (random() - 0.5) * 2 * Math.max(1, duration[a]!);
    let start = new Int32Array(n);
    // The child inherits its mother's decoding scheme, rarely switched (Hartmann 2002): the scheme
    // that suits the instance spreads through the populations.
    const parallel = motherIndividual.parallel !== random() < SCHEME_SWITCH_RATE;
    let makespan = fromLeft
      ? parallel ? justifier.scheduleBackwardParallel(keys, start) : justifier.scheduleBackward(keys, start)
      : parallel ? justifier.scheduleParallel(keys, start) : justifier.schedule(keys, start);
    let leftJustified = !fromLeft;
    this.record(start, makespan, leftJustified ? this.left : this.right, parallel);
    if (makespan > this.best!.makespan * (1 + this.justifyWithin)) return;
    while (!this.done()) {
      const again = start.slice();
      const shorter = leftJustified ? justifier.justifyRight(again) : justifier.justifyLeft(again);
      leftJustified = !leftJustified;
      this.record(again, shorter, leftJustified ? this.left : this.right, parallel);
      if (shorter >= makespan) break;
      start = again;
      makespan = shorter;
    }
  }

  private listOf(individual: Individual, byFinish: boolean): Int32Array {
    if (byFinish) return (individual.byFinish ??= orderBy(Float64Array.from(individual.start, (s, a) => s + this.duration[a]!)));
    return (individual.byStart ??= orderBy(individual.start));
  }
}
