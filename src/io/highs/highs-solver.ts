// HiGHS, the University of Edinburgh's MIP solver compiled to WebAssembly (the `highs` package),
// behind the core's `MipSolver` port: LP text in, column values by name out.
//
// Why here and not in src/core: loading the solver reads highs.wasm from disk and keeps one
// WebAssembly instance per process, which is I/O and state the core may not hold; and a model in
// the solver owns native memory that must be disposed. Why not in src/app: benchmarks, the CLI and
// tests need it without a database or an actor. So it sits with the other "bytes in, data out"
// adapters in src/io, and the core takes the solver as an argument.
import loadHighs, { type Highs } from 'highs';
import type { MipRequest, MipResult, MipSolver } from '../../core/selection/selection-types.ts';

let runtime: Promise<Highs> | undefined;

/** Loads HiGHS once per process (about 70 ms) and answers a synchronous solver. */
export async function loadMipSolver(): Promise<MipSolver> {
  runtime ??= loadHighs();
  const highs = await runtime;
  return (request) => solveWithHighs(highs, request);
}

// HiGHS's model status codes (highs.constants.modelStatus).
const OPTIMAL = 7;
const INFEASIBLE = 8;
const UNBOUNDED_OR_INFEASIBLE = 9;
const TIME_LIMIT = 13;
const ITERATION_LIMIT = 14;
const FEASIBLE_SOLUTION = 2;
const STATUS_WORDS: Record<number, string> = {
  1: 'could not load the programme', 2: 'found the programme invalid', 3: 'failed in presolve', 4: 'failed while solving (numerical trouble)', 5: 'failed in postsolve',
  6: 'read no columns (is it CPLEX LP text?)',
};

// The feasibility-jump heuristic (on by default since HiGHS 1.10) costs about 0.2–0.6 s in this
// WebAssembly build even on a six-column programme, and selections find incumbents easily without
// it (the empty portfolio plus the mandatory projects is one): measured in bench/portfolio.bench.ts.
const OPTIONS = { output_flag: false, mip_heuristic_run_feasibility_jump: false } as const;

function solveWithHighs(highs: Highs, { lp, relativeGap, timeLimitSeconds }: MipRequest): MipResult {
  let model: ReturnType<Highs['createModel']> | undefined;
  try {
    model = highs.createModel({ format: 'lp', data: lp });
    model.options.set({ ...OPTIONS, mip_rel_gap: relativeGap ?? 0, ...(timeLimitSeconds === undefined ? {} : { time_limit: timeLimitSeconds }) });
    let runError: unknown;
    try {
      model.run();
    } catch (error) {
      runError = error;
    }
    const status = model.getModelStatus() as number;
    const hasSolution = Number(model.info.get('primal_solution_status')) === FEASIBLE_SOLUTION;
    // Selection programmes are bounded (binary columns), so "unbounded or infeasible" is infeasible.
    if (status === INFEASIBLE || status === UNBOUNDED_OR_INFEASIBLE) return { status: 'infeasible' };
    // A solve error ("optimal, but a row off by 1e-6 after unscaling") leaves no solution to use:
    // the LP writer keeps coefficient ranges small so it does not arise.
    const stopped = status === TIME_LIMIT || status === ITERATION_LIMIT;
    if (status !== OPTIMAL && !stopped) return { status: 'failed', message: `HiGHS ${STATUS_WORDS[status] ?? `ended with model status ${status}`}${runError instanceof Error ? ` (${runError.message})` : ''}.` };
    if (stopped && !hasSolution) return { status: 'failed', message: 'HiGHS reached its limit before finding any feasible selection.' };
    const values = model.getSolution().colValue;
    const columns = new Map<string, number>();
    for (let j = 0; j < values.length; j++) columns.set(model.getColName(j), values[j]!);
    return { status: stopped ? 'stopped' : 'optimal', objective: model.getObjectiveValue(), bound: Number(model.info.get('mip_dual_bound')), gap: Number(model.info.get('mip_gap')), columns };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    model?.dispose();
  }
}
