// The demo's prioritisation: every live demo project scored on the built-in model by the PMO
// (the two regulatory projects marked mandatory), and the Digital Transformation portfolio's
// selection settings — active projects weighed too, proposed ones free to slip two quarters, the
// BI rollout needing the lakehouse first, and a yearly budget that cannot fund everything — so the
// ranking, scoring cards and the optimiser's page have something to show.
import type { AppContext } from '../context.ts';
import { setProjectScore } from '../scoring/scores.ts';
import { horizonOf, horizonYears, quarterLabel } from '../selection/horizon.ts';
import { saveSelectionSettings } from '../selection/selection-settings.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

/** Levels for alignment, financial value, risk, urgency, compliance, resource fit; a reason marks it mandatory. */
const SCORES: ReadonlyArray<readonly [string, readonly [number, number, number, number, number, number], string?]> = [
  ['CRM Replacement', [5, 4, 4, 4, 2, 3]],
  ['Customer Self-Service Portal', [4, 4, 3, 3, 1, 3]],
  ['Data Lakehouse Foundation', [4, 3, 3, 3, 2, 4]],
  ['Enterprise BI Rollout', [3, 3, 2, 2, 1, 4]],
  ['Master Data Management', [3, 2, 4, 2, 3, 2]],
  ['Warehouse Management System', [4, 5, 4, 4, 1, 3]],
  ['Demand Planning Tool', [3, 4, 2, 3, 1, 4]],
  ['Transport Tender 2027', [2, 4, 1, 3, 4, 5]],
  ['NIS2 Compliance', [3, 1, 3, 5, 5, 3], 'NIS2 applies from October 2024; the regulator expects the gaps closed'],
  ['CSRD Sustainability Reporting', [2, 1, 2, 5, 5, 4], 'The first CSRD report is due by law'],
  ['Germany Market Launch', [5, 4, 4, 4, 1, 3]],
  ['Poland Market Launch', [4, 3, 4, 2, 1, 2]],
  ['Partner Integration API', [3, 3, 2, 3, 1, 4]],
];
const KEYS = ['strategic_alignment', 'financial_value', 'risk', 'urgency', 'compliance', 'resource_fit'] as const;

/** Per year of the horizon, what the Digital portfolio may spend: EUR 2.8 M a year, pro rata for part years. */
const DIGITAL_BUDGET_PER_QUARTER_MINOR = 70_000_000;

export async function loadDemoScoring(ctx: AppContext, projectIds: ReadonlyMap<string, string>, portfolioId: string, person: (key: string) => string): Promise<void> {
  const p = DEMO_PEOPLE.find((d) => d.key === 'priya')!;
  const pmo: AppContext = { ...ctx, actor: { userId: person('priya'), name: p.name, orgRole: p.orgRole, via: 'session' } };
  for (const [name, levels, reason] of SCORES) {
    const id = projectIds.get(name)!;
    await setProjectScore(pmo, id, 'default', 0, { levels: Object.fromEntries(KEYS.map((k, i) => [k, levels[i]!])), mandatoryReason: reason ?? null, note: 'Scored at the quarterly portfolio review.' });
  }
  const h = horizonOf(null, 8, ctx.clock.now().toISOString().slice(0, 10));
  const quartersIn = (year: number) => Array.from({ length: h.quarters }, (_, q) => quarterLabel(h, q)).filter((label) => label.startsWith(`${year}-`)).length;
  await saveSelectionSettings(pmo, portfolioId, 0, {
    quarters: 8, firstQuarter: quarterLabel(h, 0), includeActive: true, startShiftQuarters: 2, modelKey: 'default',
    budgetPerYear: horizonYears(h).map((year) => quartersIn(year) * DIGITAL_BUDGET_PER_QUARTER_MINOR),
    exclusiveGroups: [],
    prerequisites: [{ projectId: projectIds.get('Enterprise BI Rollout')!, requiresProjectId: projectIds.get('Data Lakehouse Foundation')!, afterFinish: false }],
    demandEstimates: [{ projectId: projectIds.get('Enterprise BI Rollout')!, role: 'Data engineer', hoursPerQuarter: 240 }],
  });
}
