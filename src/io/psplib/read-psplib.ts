// PSPLIB's single-mode files (Kolisch and Sprecher 1997): an instance (`.sm`: jobs with successors,
// durations and demands, resource availabilities, the critical-path bound `MPM-Time`) and the
// tables of best-known makespans (`jNNhrs.sm`: parameter set, instance, makespan, date, author).
import type { RcpspInstance } from '../../core/rcpsp/rcpsp-types.ts';

export interface PsplibInstance extends RcpspInstance {
  /** PSPLIB's `MPM-Time`: the critical-path length. */
  readonly criticalPathBound: number;
}

function section(text: string, heading: string, name: string): string[] {
  const at = text.indexOf(heading);
  if (at < 0) throw new Error(`${name}: no "${heading}" section; is this a PSPLIB single-mode (.sm) file?`);
  const body = text.slice(at + heading.length);
  const end = body.indexOf('****');
  return (end < 0 ? body : body.slice(0, end)).split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

const numbers = (line: string): number[] => line.split(/\s+/).map(Number);

/**
 * An instance from the text of a `.sm` file; `name` labels errors and results.
 * @example
 * readPsplibInstance(readFileSync('j301_1.sm', 'utf8'), 'j301_1').criticalPathBound; // 38
 */
export function readPsplibInstance(text: string, name: string): PsplibInstance {
  const jobs = /jobs \(incl\. supersource\/sink \):\s*(\d+)/.exec(text);
  const renewable = /- renewable\s*:\s*(\d+)/.exec(text);
  if (!jobs || !renewable) throw new Error(`${name}: the job count or the renewable resource count is missing; is this a PSPLIB .sm file?`);
  const n = Number(jobs[1]);
  const k = Number(renewable[1]);
  const info = section(text, 'PROJECT INFORMATION:', name);
  const criticalPathBound = numbers(info[1] ?? '')[5];
  const precedence = section(text, 'PRECEDENCE RELATIONS:', name).slice(1);
  const requests = section(text, 'REQUESTS/DURATIONS:', name).filter((l) => /^\d/.test(l));
  const availability = section(text, 'RESOURCEAVAILABILITIES:', name);
  if (precedence.length !== n || requests.length !== n) throw new Error(`${name}: ${n} jobs announced, but ${precedence.length} precedence and ${requests.length} request lines found.`);
  const successors = precedence.map((line, i) => {
    const [job, modes, count, ...rest] = numbers(line);
    if (job !== i + 1) throw new Error(`${name}: precedence line ${i + 1} is for job ${job}.`);
    if (modes !== 1) throw new Error(`${name}: job ${job} has ${modes} modes; only single-mode instances are read.`);
    if (rest.length !== count) throw new Error(`${name}: job ${job} announces ${count} successors but lists ${rest.length}.`);
    return Int32Array.from(rest, (s) => s - 1);
  });
  const duration = new Int32Array(n);
  const demand = new Int32Array(n * k);
  requests.forEach((line, i) => {
    const values = numbers(line);
    if (values[0] !== i + 1 || values.length !== 3 + k) throw new Error(`${name}: request line ${i + 1} should read "job mode duration" and ${k} demands.`);
    duration[i] = values[2]!;
    for (let r = 0; r < k; r++) demand[i * k + r] = values[3 + r]!;
  });
  const capacity = Int32Array.from(numbers(availability[1] ?? ''));
  if (capacity.length !== k || capacity.some((c) => !Number.isFinite(c))) throw new Error(`${name}: the resource availabilities should list ${k} numbers.`);
  if (criticalPathBound === undefined || !Number.isFinite(criticalPathBound)) throw new Error(`${name}: the project information line has no MPM-Time.`);
  return { name, activityCount: n, resourceCount: k, duration, demand, capacity, successors, criticalPathBound };
}

/**
 * Best-known makespans by instance name (`j301_1`, `j12010_7` …) from a `jNNhrs.sm` table.
 * @example
 * readBestKnown(readFileSync('j30hrs.sm', 'utf8'), 'j30').get('j301_1'); // 43
 */
export function readBestKnown(text: string, prefix: string): Map<string, number> {
  const best = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s/.exec(line);
    if (m) best.set(`${prefix}${m[1]}_${m[2]}`, Number(m[3]));
  }
  if (best.size === 0) throw new Error(`No "Par Inst Makespan" rows found: is this a PSPLIB jNNhrs.sm table?`);
  return best;
}
