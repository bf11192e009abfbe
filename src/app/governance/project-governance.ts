// A project's governance at a glance: its methodology and where it stands in it (phases done,
// current, next), the gate ending the current phase and how ready it is (the PMO's policies
// included), the open review, and the deliverables on record.
import type { ProjectGovernance } from '../../contracts/governance.schema.ts';
import { gateEndingPhase } from '../../core/governance/gate-decision.ts';
import { gateReadiness } from '../../core/governance/gate-readiness.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { deliverablesPresent, projectDeliverables } from './deliverables.ts';
import { loadOperatingModel } from './governance-settings.ts';
import { liveReadiness } from './gate-review-store.ts';
import { requireMethodology, toMethodologyApi } from './methodology-library.ts';
import { gatePolicyBreaches } from '../policies/compliance.ts';
import { todayOf } from '../raid/raid-log.ts';

export async function getProjectGovernance(ctx: AppContext, projectId: string): Promise<ProjectGovernance> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const stored = await requireMethodology(ctx.db, project.methodologyKey);
  const phases = stored.methodology.phases;
  const at = phases.findIndex((p) => p.key === project.phase);
  const gate = gateEndingPhase(stored.methodology, project.phase);
  const open = await ctx.db.selectFrom('gateReviews').selectAll().where('projectId', '=', projectId).where('status', '=', 'requested').executeTakeFirst();
  const operatingModel = await loadOperatingModel(ctx.db);
  let readiness: ProjectGovernance['readiness'] = null;
  const today = todayOf(ctx);
  if (open) readiness = await liveReadiness(ctx.db, open, today, operatingModel);
  else if (gate) {
    const policyBreaches = await gatePolicyBreaches(ctx.db, projectId, today);
    const r = gateReadiness({ operatingModel, gate, checklist: [], deliverablesPresent: await deliverablesPresent(ctx.db, projectId), waivers: [], policyBreaches });
    readiness = { operatingModel, ...r, items: [...r.items] };
  }
  return {
    projectId,
    methodology: toMethodologyApi(stored),
    phaseKey: project.phase,
    phases: phases.map((p, i) => ({ key: p.key, name: p.name, state: i < at ? 'done' : i === at ? 'current' : 'next', gateName: p.gate?.name ?? null })),
    currentGate: gate ? (JSON.parse(JSON.stringify(gate)) as ProjectGovernance['currentGate']) : null,
    readiness,
    openReviewId: open?.id ?? null,
    deliverables: await projectDeliverables(ctx.db, projectId),
  };
}
