// Creating a project from a template (PMO, admin): the project itself following the template's
// methodology, its schedule from the WBS, its starting risks, assumptions and actions, and its
// documents as draft deliverables with the placeholders filled in, all in one transaction. If any
// part fails, nothing is created, and the error says which part of the request or the template
// to fix.
import type { Project } from '../../contracts/project.schema.ts';
import type { ProjectFromTemplate, ProjectFromTemplateResult } from '../../contracts/template.schema.ts';
import type { PlaceholderValues } from '../../core/templates/placeholders.ts';
import type { ProjectTemplate } from '../../core/templates/template-types.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { loadMethodology } from '../governance/methodology-library.ts';
import { createProject } from '../projects/project-commands.ts';
import { inTransaction } from '../shared/transaction.ts';
import { requireTemplate } from './template-library.ts';
import { scheduleFromTemplate, type ScheduleMade } from './template-schedule.ts';
import { documentsFromTemplate, registersFromTemplate } from './template-items.ts';

export async function createProjectFromTemplate(ctx: AppContext, request: ProjectFromTemplate): Promise<ProjectFromTemplateResult> {
  requireRegisterEditor(ctx.actor, 'create projects');
  return inTransaction(ctx, async (trx) => {
    const inner: AppContext = { ...ctx, db: trx };
    const { template, version } = await requireTemplate(trx, request.templateKey);
    const methodology = await loadMethodology(trx, template.methodologyKey);
    if (!methodology) {
      throw new AppError('invalid_reference', `Template "${template.name}" follows methodology "${template.methodologyKey}", which does not exist. Nothing was created; ask the PMO to fix the template or add the methodology.`, {
        errors: [{ path: 'templateKey', message: `its methodology "${template.methodologyKey}" does not exist` }],
      });
    }
    const project = await underProject(() => createProject(inner, { ...request.project, methodologyKey: template.methodologyKey }));
    const schedule = await scheduleFromTemplate(inner, project.id, template, version);
    const today = nowIso(ctx.clock).slice(0, 10);
    const startDay = schedule.start?.slice(0, 10) ?? project.plannedStart ?? today;
    const registers = await registersFromTemplate(inner, project.id, template.registers, startDay);
    const values = await placeholderValues(trx, project, { template, methodologyName: methodology.methodology.name, schedule, startDay, today });
    const documents = await documentsFromTemplate(inner, project.id, template.documents, values);
    return {
      project,
      template: { key: template.key, version },
      instantiated: { tasks: schedule.tasks, milestones: schedule.milestones, links: schedule.links, ...registers, documents },
      schedule: { start: schedule.start, finish: schedule.finish },
    };
  });
}

/** Problems with the project's own fields point into `project` of the request. */
async function underProject<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || !error.errors) throw error;
    throw new AppError(error.code, error.message, { errors: error.errors.map((p) => ({ path: `project.${p.path}`, message: p.message })), ...(error.currentVersion !== undefined && { currentVersion: error.currentVersion }) });
  }
}

const TO_BE_NAMED = 'to be named';

async function placeholderValues(
  trx: Db,
  project: Project,
  facts: { template: ProjectTemplate; methodologyName: string; schedule: ScheduleMade; startDay: string; today: string },
): Promise<PlaceholderValues> {
  const people = [project.managerId, project.sponsorId].filter((id): id is string => id !== null);
  const names = new Map((people.length > 0 ? await trx.selectFrom('users').select(['id', 'name']).where('id', 'in', people).execute() : []).map((u) => [u.id, u.name]));
  const portfolio = await trx.selectFrom('portfolios').select('name').where('id', '=', project.portfolioId).executeTakeFirstOrThrow();
  const program = project.programId ? await trx.selectFrom('programs').select('name').where('id', '=', project.programId).executeTakeFirst() : undefined;
  return {
    'project.name': project.name,
    'project.code': project.code,
    'project.manager': (project.managerId && names.get(project.managerId)) || TO_BE_NAMED,
    'project.sponsor': (project.sponsorId && names.get(project.sponsorId)) || TO_BE_NAMED,
    'project.start': facts.startDay,
    'project.finish': facts.schedule.finish?.slice(0, 10) ?? project.plannedFinish ?? facts.startDay,
    'portfolio.name': portfolio.name,
    'program.name': program?.name ?? 'none',
    'methodology.name': facts.methodologyName,
    'template.name': facts.template.name,
    today: facts.today,
  };
}
