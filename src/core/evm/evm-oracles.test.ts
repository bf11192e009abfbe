// The published earned-value worked examples in ../shared/oracles/evm, to the precision they are
// printed with: the fence (Mulcahy) with its earned schedule (Lipke's formulas on the same inputs),
// and the three activities. Money is in cents here, the examples' units × 100.
import { describe, expect, it } from 'vitest';
import { oracleFile, readOracleJson } from '../../../test/helpers/oracles.ts';
import { wallFromIso } from '../calendar/wall-time.ts';
import { incurredOn, projectEvm, statusAtEndOf } from './project-evm.ts';
import type { ProjectEvm, ProjectEvmInput, WorkItem } from './evm-types.ts';

type Figures = Record<string, number | boolean>;
interface Oracles {
  fence_example: { inputs: Record<string, { pct: number; ac: number } | number | string>; published: Figures; derived: Figures };
  three_activity_example: { inputs: { BAC: number } & Record<string, { pv: number; pct: number; ac: number } | number>; published: Figures; derived: Figures };
}

const FILE = 'evm/evm_es_oracles.json';
const { path, present } = oracleFile(FILE);
const oracles = readOracleJson<Oracles>(FILE);

/** Equal to a printed figure to the decimals it is printed with. */
function expectPrinted(actual: number | null, printed: number | boolean | undefined): void {
  if (typeof printed !== 'number') throw new Error(`No printed figure (${String(printed)})`);
  const decimals = (String(printed).split('.')[1] ?? '').length;
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - printed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

const units = (cents: number | null): number | null => (cents === null ? null : cents / 100);
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
const dayItem = (id: string, day: string, bac: number, pct: number): WorkItem => ({
  id, bac: Math.round(bac * 100), baselineStart: wallFromIso(`${day}T08:00`), baselineFinish: wallFromIso(`${day}T17:00`), progress: { percentComplete: pct },
});

function evaluated(input: ProjectEvmInput): ProjectEvm {
  const result = projectEvm(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe.skipIf(!present)(present ? `EVM worked examples (${path})` : `EVM worked examples: skipped, ${path} is absent`, () => {
  it('reproduces the fence: four sides of 1000, one a day, at the end of day 3', () => {
    const fence = oracles!.fence_example;
    const sides = [1, 2, 3, 4].map((n) => fence.inputs[`side${n}`] as { pct: number; ac: number });
    const budget = fence.inputs.budget_per_side as number;
    const r = evaluated({
      currency: 'USD',
      statusDate: statusAtEndOf(DAYS[2]!),
      items: sides.map((s, i) => dayItem(`side${i + 1}`, DAYS[i]!, budget, s.pct)),
      actuals: sides.map((s, i) => ({ at: incurredOn(DAYS[i]!), amount: s.ac * 100, itemId: `side${i + 1}` })),
    });
    const { published: p, derived: d } = fence;
    expectPrinted(units(r.amounts.pv), p.PV);
    expectPrinted(units(r.amounts.ev), p.EV);
    expectPrinted(units(r.amounts.ac), p.AC);
    expectPrinted(units(r.amounts.bac), p.BAC);
    expectPrinted(units(r.indices.cv), p.CV);
    expectPrinted(units(r.indices.sv), p.SV);
    expectPrinted(r.indices.cpi, p.CPI);
    expectPrinted(r.indices.cpi, d.CPI_exact);
    expectPrinted(r.indices.spi, p.SPI);
    // The book divides by CPI rounded to .893 (4479); the exact BAC / CPI is 4480, as the file notes.
    expectPrinted(units(r.indices.eac), d.EAC_exact);
    expect(Math.trunc(4000 / Number(r.indices.cpi!.toFixed(3)))).toBe(p.EAC_BAC_over_CPI);
    expect(units(r.indices.etc)).toBe((d.EAC_exact as number) - (p.AC as number));
    expect(Math.abs(units(r.indices.etc)! - (p.ETC as number))).toBeLessThanOrEqual(1);
    expect(Math.abs(units(r.indices.vac)! - (p.VAC as number))).toBeLessThanOrEqual(1);
    expectPrinted(r.indices.tcpiToBac, d.TCPI_to_BAC);
    expectPrinted(r.indices.tcpiToEac, d.TCPI_to_EAC);
    expect(r.schedule.period).toBe('day');
    expectPrinted(r.schedule.es, d.ES_days);
    expectPrinted(r.schedule.at, d.AT_days);
    expectPrinted(r.schedule.svT, d.SV_t_days);
    expectPrinted(r.schedule.spiT, d.SPI_t);
    expectPrinted(r.schedule.ieacT, d.IEAC_t_days);
  });

  it('reproduces the three activities against a budget of 1000', () => {
    const ex = oracles!.three_activity_example;
    const activities = (['A', 'B', 'C'] as const).map((name) => ({ name, ...(ex.inputs[name] as { pv: number; pct: number; ac: number }) }));
    const planned = activities.reduce((sum, a) => sum + a.pv, 0);
    // Each activity was planned to be done by the status date, so its PV is its budget; the rest of
    // the budget is planned after it.
    const items = [...activities.map((a, i) => dayItem(a.name, DAYS[i]!, a.pv, a.pct)), dayItem('rest', DAYS[4]!, ex.inputs.BAC - planned, 0)];
    const r = evaluated({
      currency: 'USD',
      statusDate: statusAtEndOf(DAYS[2]!),
      items,
      actuals: activities.map((a, i) => ({ at: incurredOn(DAYS[i]!), amount: Math.round(a.ac * 100), itemId: a.name })),
    });
    const { published: p, derived: d } = ex;
    expectPrinted(units(r.amounts.ev), p.EV);
    expectPrinted(units(r.amounts.ac), p.AC);
    expectPrinted(units(r.amounts.pv), p.PV);
    expectPrinted(r.indices.cpi, d.CPI);
    expectPrinted(units(r.indices.cv), d.CV);
    expectPrinted(r.indices.spi, d.SPI);
    expectPrinted(units(r.indices.sv), d.SV);
    expectPrinted(units(r.indices.eac), d.EAC_BAC_over_CPI);
    expectPrinted(units(r.indices.etc), d.ETC);
    expectPrinted(units(r.indices.vac), d.VAC);
    expectPrinted(r.indices.tcpiToBac, d.TCPI_to_BAC);
  });
});
