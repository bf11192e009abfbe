// Capacity planning over a portfolio (issue 7): demand from 50,000 assignments of 2,000 resources
// against their capacity over a year, folded into ISO weeks per resource and per role, with the
// over-allocated weeks flagged; pure core, no database. Every resource has a calendar of its own
// (a base calendar with public holidays, plus two weeks of leave), as people do.
// Prints {"bench":"capacity","resources":…,"assignments":…,"calendars":…,"ms":…,"firstMs":…,"heapMB":…}:
// ms is the median run, firstMs the first (before the JIT has warmed up).
import { performance } from 'node:perf_hooks';
import type { CalendarDefinition } from '../src/core/calendar/calendar-types.ts';
import { standardCalendar } from '../src/core/calendar/standard-calendar.ts';
import { dayFromIsoDate, isoDateFromDay, MINUTES_PER_DAY } from '../src/core/calendar/wall-time.ts';
import { buildLoad } from '../src/core/resources/load-model.ts';
import { capacityReport } from '../src/core/resources/capacity-report.ts';
import { overAllocations } from '../src/core/resources/over-allocation.ts';
import { CONTOURS } from '../src/core/resources/contours.ts';
import type { AssignmentInput, CapacityInput, ResourceInput } from '../src/core/resources/resource-types.ts';
import { option, seeded } from './bench-kit.ts';

const FIRST = dayFromIsoDate('2026-01-01');
const ROLES = ['Developer', 'Analyst', 'Tester', 'Architect', 'Designer', 'Project manager', 'Data engineer', 'Operations'];

function syntheticPool(resources: number, assignments: number): CapacityInput {
  const random = seeded(7);
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(random() * xs.length)]!;
  const holidays = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25', '2026-12-26'].map((d) => ({ start: d, end: d, ranges: [] }));
  const base: CalendarDefinition = { ...standardCalendar('base', 'Company'), exceptions: holidays };
  const calendars: CalendarDefinition[] = [base];
  const pool: ResourceInput[] = [];
  for (let r = 0; r < resources; r++) {
    const leave = Array.from({ length: 2 }, () => {
      const start = FIRST + Math.floor(random() * 350);
      return { start: isoDateFromDay(start), end: isoDateFromDay(start + 6), ranges: [] };
    });
    calendars.push({ id: `cal-${r}`, name: `Calendar ${r}`, baseId: 'base', week: [], workWeeks: [], exceptions: leave });
    const partTime = random() < 0.15;
    pool.push({
      id: `R${r}`, calendarId: `cal-${r}`, role: pick(ROLES), department: `D${r % 25}`,
      maxUnits: partTime ? [{ from: '2026-01-01', units: 100 }, { from: isoDateFromDay(FIRST + 1 + Math.floor(random() * 300)), units: 60 }] : [],
      skills: [{ skill: `S${r % 40}`, proficiency: 1 + (r % 5) }],
    });
  }
  const list: AssignmentInput[] = [];
  for (let a = 0; a < assignments; a++) {
    const startDay = FIRST - 20 + Math.floor(random() * 380);
    const start = startDay * MINUTES_PER_DAY + 8 * 60;
    const finish = (startDay + Math.floor(random() * 30)) * MINUTES_PER_DAY + 17 * 60;
    const byWork = random() < 0.5;
    list.push({
      id: `A${a}`, resourceId: `R${Math.floor(random() * resources)}`, taskId: `T${a}`, projectId: `P${a % 400}`, start, finish,
      ...(byWork ? { work: 60 * Math.floor(8 + random() * 112) } : { units: pick([25, 50, 50, 100]) }),
      contour: random() < 0.7 ? 'flat' : pick(CONTOURS), proposed: random() < 0.1, scenarioId: random() < 0.05 ? 'S1' : null,
    });
  }
  return { calendars, resources: pool, assignments: list, from: '2026-01-01', to: '2026-12-31', include: { proposed: true } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function capacityBench(args: string[]): Promise<void> {
  const resources = option(args, '--resources', 2000);
  const assignments = option(args, '--assignments', 50_000);
  const runs = option(args, '--runs', 5);
  const input = syntheticPool(resources, assignments);
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  let flagged = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = buildLoad(input);
    if (!result.ok) throw new Error(result.message);
    const byResource = capacityReport(result.model, { unit: 'week' });
    const byRole = capacityReport(result.model, { unit: 'week', groupBy: 'role' });
    flagged = overAllocations(result.model, 'week').length;
    times.push(performance.now() - started);
    if (byResource.rows.length !== resources || byRole.rows.length !== ROLES.length) throw new Error('The report lost rows');
  }
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(JSON.stringify({ bench: 'capacity', resources, assignments, calendars: input.calendars.length, overAllocatedWeeks: flagged, ms: +median(times).toFixed(1), firstMs: +times[0]!.toFixed(1), heapMB: +heapMB.toFixed(1) }));
}
