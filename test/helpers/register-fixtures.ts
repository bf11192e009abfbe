// A small register (objective, portfolio, program, project with a team) made through the use cases.
import type { AppContext, AppDeps } from '../../src/app/context.ts';
import { systemActor } from '../../src/app/context.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { objectiveKind } from '../../src/app/register/objectives.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { programKind } from '../../src/app/register/programs.ts';
import { createProject } from '../../src/app/projects/project-commands.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import type { ProjectCreate } from '../../src/contracts/project.schema.ts';
import type { Cast } from './fixtures.ts';

export interface Register {
  objectiveId: string;
  portfolioId: string;
  programId: string;
  projectId: string;
}

export const systemContext = (deps: AppDeps): AppContext => ({ ...deps, actor: systemActor });

export async function makeRegister(deps: AppDeps, cast: Cast): Promise<Register> {
  const system = systemContext(deps);
  const objective = await createRegisterItem(objectiveKind, system, { name: 'Grow revenue', description: '', ownerId: null, status: 'active', targetDate: null });
  const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Digital', description: '', ownerId: cast.pmo.user.id });
  const program = await createRegisterItem(programKind, system, { name: 'Customer Experience', description: '', portfolioId: portfolio.id, managerId: null });
  const project = await makeProject(deps, {
    name: 'CRM Replacement',
    portfolioId: portfolio.id,
    programId: program.id,
    managerId: cast.manager.user.id,
    objectiveIds: [objective.id],
  });
  await setProjectMember(system, project.id, cast.contributor.user.id, 'contributor');
  return { objectiveId: objective.id, portfolioId: portfolio.id, programId: program.id, projectId: project.id };
}

export function makeProject(deps: AppDeps, input: Partial<ProjectCreate> & { name: string; portfolioId: string }) {
  return createProject(systemContext(deps), {
    description: '',
    programId: null,
    sponsorId: null,
    managerId: null,
    status: 'active',
    phase: 'plan',
    priority: 'medium',
    plannedStart: null,
    plannedFinish: null,
    budget: null,
    objectiveIds: [],
    tags: [],
    ...input,
  });
}
