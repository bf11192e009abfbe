// The demo's benefits register on four projects, dated around today: the closed contact-centre
// upgrade still measuring its savings (one realised, one on its way), the CRM with a survey
// overdue, the warehouse system whose error rate trends short of its target, and the German launch
// not measured yet — so the portfolio view shows every status and an overdue measurement.
import type { BenefitCreate } from '../../contracts/benefit.schema.ts';
import type { AppContext } from '../context.ts';
import { createBenefit, recordMeasurement } from '../benefits/benefit-commands.ts';

type Person = (key: string) => string;

interface DemoBenefit {
  readonly project: string;
  readonly owner: string;
  readonly benefit: Omit<BenefitCreate, 'ownerId' | 'expectedBy' | 'plannedMeasurements' | 'description' | 'unit' | 'currency' | 'direction'> & Partial<Pick<BenefitCreate, 'unit' | 'currency' | 'direction' | 'description'>>;
  /** Months from today. */
  readonly expectedIn: number;
  readonly plannedIn: readonly number[];
  readonly measured: ReadonlyArray<readonly [months: number, value: number, note: string]>;
}

const EUR = (euros: number): number => euros * 100;

const BENEFITS: readonly DemoBenefit[] = [
  {
    project: 'Contact Centre Telephony Upgrade', owner: 'sam', expectedIn: 6, plannedIn: [-3, 3, 6],
    benefit: { title: 'Lower telephony cost', category: 'financial', measure: 'Annual telephony and line cost', currency: 'EUR', direction: 'lower_is_better', baseline: EUR(420_000), target: EUR(300_000) },
    measured: [[-3, EUR(360_000), 'Old lines cancelled in two of three sites']],
  },
  {
    project: 'Contact Centre Telephony Upgrade', owner: 'sam', expectedIn: -1, plannedIn: [-5, -2],
    benefit: { title: 'Shorter wait on the phone', category: 'non_financial', measure: 'Average speed of answer', unit: 'seconds', direction: 'lower_is_better', baseline: 95, target: 40 },
    measured: [[-5, 70, 'First month on cloud telephony'], [-2, 38, 'Call-back option live']],
  },
  {
    project: 'CRM Replacement', owner: 'david', expectedIn: 15, plannedIn: [6, 12, 15],
    benefit: { title: 'Cross-sell revenue', category: 'financial', measure: 'Annual revenue from cross-sell campaigns', currency: 'EUR', baseline: 0, target: EUR(1_200_000) },
    measured: [],
  },
  {
    project: 'CRM Replacement', owner: 'marcus', expectedIn: 18, plannedIn: [-1, 6, 18],
    benefit: { title: 'Happier customers', category: 'non_financial', measure: 'Net Promoter Score', unit: 'points', baseline: 28, target: 45 },
    measured: [],
  },
  {
    project: 'Warehouse Management System', owner: 'elena', expectedIn: 12, plannedIn: [-2, 3, 9, 12],
    benefit: { title: 'Lower picking cost', category: 'financial', measure: 'Annual picking labour cost', currency: 'EUR', direction: 'lower_is_better', baseline: EUR(2_000_000), target: EUR(1_600_000) },
    measured: [[-2, EUR(1_950_000), 'Pilot warehouse only']],
  },
  {
    project: 'Warehouse Management System', owner: 'jonas', expectedIn: 6, plannedIn: [-4, -1, 6],
    benefit: { title: 'Fewer picking errors', category: 'non_financial', measure: 'Picking errors per 1,000 lines', unit: 'errors/1000', direction: 'lower_is_better', baseline: 12, target: 4 },
    measured: [[-4, 11, ''], [-1, 10.5, 'RF scanning not yet in site C']],
  },
  {
    project: 'Germany Market Launch', owner: 'elena', expectedIn: 24, plannedIn: [12, 24],
    benefit: { title: 'Revenue in Germany', category: 'financial', measure: 'Annual net revenue in Germany', currency: 'EUR', baseline: 0, target: EUR(5_000_000) },
    measured: [],
  },
];

/** `months` from `today` (YYYY-MM-DD), on the same day of the month where it exists. */
function monthsFrom(today: Date, months: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, Math.min(today.getUTCDate(), 28)));
  return d.toISOString().slice(0, 10);
}

export async function loadDemoBenefits(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  const today = ctx.clock.now();
  for (const d of BENEFITS) {
    const created = await createBenefit(ctx, projects.get(d.project)!, {
      description: '',
      unit: '',
      currency: null,
      direction: 'higher_is_better',
      ...d.benefit,
      ownerId: person(d.owner),
      expectedBy: monthsFrom(today, d.expectedIn),
      plannedMeasurements: d.plannedIn.map((m) => monthsFrom(today, m)),
    });
    for (const [months, value, note] of d.measured) await recordMeasurement(ctx, created.id, { measuredOn: monthsFrom(today, months), value, note });
  }
}
