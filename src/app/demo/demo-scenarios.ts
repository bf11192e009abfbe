// The demo's scenario planning: in Operational Excellence, "Tender early, pause CSRD" adds the
// proposed transport tender and shifts CSRD reporting three months later, so the Scenarios page
// has something to compare with the live portfolio from the first start.
import type { AppContext } from '../context.ts';
import { createScenario, setScenarioProject } from '../scenarios/scenario-commands.ts';

export async function loadDemoScenarios(ctx: AppContext, portfolios: ReadonlyMap<string, string>, projects: ReadonlyMap<string, string>): Promise<void> {
  const scenario = await createScenario(ctx, portfolios.get('ops')!, { name: 'Tender early, pause CSRD', description: 'Start the transport tender now and give CSRD reporting three more months.' });
  const tender = await setScenarioProject(ctx, scenario.id, projects.get('Transport Tender 2027')!, scenario.version, { included: true, shift: { amount: 0, unit: 'weeks' }, scalePct: 100 });
  await setScenarioProject(ctx, scenario.id, projects.get('CSRD Sustainability Reporting')!, tender.version, { included: true, shift: { amount: 3, unit: 'months' }, scalePct: 100 });
}
