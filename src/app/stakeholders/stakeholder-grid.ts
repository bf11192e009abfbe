// A project's power–interest grid: its active stakeholders placed in the four quadrants, with how
// far each must move in engagement. Read by anyone who may read the project.
import type { StakeholderGrid } from '../../contracts/stakeholder.schema.ts';
import { HIGH_FROM, powerInterestGrid } from '../../core/stakeholders/stakeholder-grid.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { allLogItems, todayOf } from '../raid/raid-log.ts';
import { stakeholderKind } from './stakeholders.ts';

/** Stakeholders a grid shows at the most (a register is tens of entries, rarely hundreds). */
const MAX_ON_GRID = 2000;

export async function stakeholderGrid(ctx: AppContext, projectId: string): Promise<StakeholderGrid> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const stakeholders = await allLogItems(stakeholderKind, ctx, { projectId, status: ['active'], sort: 'code' }, MAX_ON_GRID);
  const grid = powerInterestGrid(stakeholders);
  return {
    projectId,
    projectCode: project.code,
    highFrom: HIGH_FROM,
    total: grid.total,
    belowDesired: grid.belowDesired,
    quadrants: grid.quadrants.map((q) => ({ quadrant: q.quadrant, count: q.count, stakeholders: [...q.stakeholders] })),
    engagement: [...grid.engagement],
    asOf: todayOf(ctx),
  };
}
