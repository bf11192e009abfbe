// Projects in the register, and who works on them.
import { z } from 'zod';
import { Id, Timestamp, Version, Name, Description, ListQueryBase, pageOf, IsoDate, Money, Tag, QueryFlag } from './common.schema.ts';
import { Code } from './register.schema.ts';

export const PROJECT_STATUSES = ['proposed', 'active', 'on_hold', 'completed', 'cancelled'] as const;
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** The default predictive lifecycle; methodologies (a later feature) name their own phases. */
/** The phases of the built-in predictive methodology; other methodologies have their own. */
export const PROJECT_PHASES = ['initiate', 'plan', 'execute', 'close'] as const;
export const ProjectPhase = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'A phase is the key of a phase of the project’s methodology, such as plan.')
  .describe('A phase key of the project’s methodology (predictive: initiate, plan, execute, close). It moves on a gate decision; the PMO may correct it.');
export type ProjectPhase = z.infer<typeof ProjectPhase>;
export const ProjectMethodologyKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Name a methodology by its key, such as predictive.')
  .describe('The methodology the project follows (predictive, agile, hybrid or one of the PMO’s).');

export const PROJECT_PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export const ProjectPriority = z.enum(PROJECT_PRIORITIES);
export type ProjectPriority = z.infer<typeof ProjectPriority>;

export const PROJECT_ROLES = ['manager', 'contributor', 'viewer'] as const;
export const ProjectRole = z.enum(PROJECT_ROLES).describe(
  'manager: runs the project; contributor: works on it; viewer: reads it.',
);
export type ProjectRole = z.infer<typeof ProjectRole>;

const projectFields = {
  name: Name,
  description: Description,
  portfolioId: Id,
  programId: Id.nullable(),
  sponsorId: Id.nullable(),
  managerId: Id.nullable(),
  status: ProjectStatus,
  methodologyKey: ProjectMethodologyKey,
  phase: ProjectPhase,
  priority: ProjectPriority,
  plannedStart: IsoDate.nullable(),
  plannedFinish: IsoDate.nullable(),
  budget: Money.nullable(),
  objectiveIds: z.array(Id).max(50),
  tags: z.array(Tag).max(30),
};

export const Project = z.object({
  id: Id,
  code: z.string(),
  ...projectFields,
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Project = z.infer<typeof Project>;

export const ProjectCreate = z
  .object({
    code: Code.optional(),
    name: projectFields.name,
    description: projectFields.description.default(''),
    portfolioId: projectFields.portfolioId,
    programId: projectFields.programId.default(null),
    sponsorId: projectFields.sponsorId.default(null),
    managerId: projectFields.managerId.default(null),
    status: projectFields.status.default('proposed'),
    methodologyKey: projectFields.methodologyKey.default('predictive'),
    phase: projectFields.phase.optional().describe('Default: the methodology’s first phase.'),
    priority: projectFields.priority.default('medium'),
    plannedStart: projectFields.plannedStart.default(null),
    plannedFinish: projectFields.plannedFinish.default(null),
    budget: projectFields.budget.default(null),
    objectiveIds: projectFields.objectiveIds.default([]),
    tags: projectFields.tags.default([]),
  })
  .strict();
export type ProjectCreate = z.infer<typeof ProjectCreate>;

export const ProjectUpdate = z.object(projectFields).partial().strict();
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

export const PROJECT_SORTS = [
  'code', '-code', 'name', '-name', 'priority', '-priority', 'plannedStart', '-plannedStart',
  'plannedFinish', '-plannedFinish', 'status', '-status', 'phase', '-phase', 'updatedAt', '-updatedAt',
] as const;
export const ProjectSort = z.enum(PROJECT_SORTS);
export type ProjectSort = z.infer<typeof ProjectSort>;

export const ProjectListQuery = z
  .object({
    ...ListQueryBase,
    portfolioId: Id.optional(),
    programId: Id.optional(),
    sponsorId: Id.optional(),
    managerId: Id.optional(),
    objectiveId: Id.optional(),
    status: ProjectStatus.optional(),
    phase: ProjectPhase.optional(),
    priority: ProjectPriority.optional(),
    tag: z.string().trim().max(40).optional(),
    mine: QueryFlag.optional().describe('Only projects where I am manager, sponsor or a member.'),
    sort: ProjectSort.default('code'),
  })
  .strict();
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;
export const ProjectPage = pageOf(Project);

export const ProjectMember = z.object({
  userId: Id,
  name: z.string(),
  email: z.string(),
  role: ProjectRole,
  source: z.enum(['manager', 'sponsor', 'member']).describe('manager/sponsor come from the project’s fields.'),
});
export const ProjectMemberList = z.object({ items: z.array(ProjectMember) });
export const ProjectMemberParams = z.object({ id: Id, userId: Id }).strict();
export const ProjectMemberSet = z.object({ role: ProjectRole }).strict();

const Counts = z.record(z.string(), z.number().int());
export const ProjectSummary = z.object({
  total: z.number().int(),
  byStatus: Counts.describe('status → number of projects'),
  byPhase: Counts.describe('phase → number of projects'),
  byPriority: Counts.describe('priority → number of projects'),
  byPortfolio: Counts.describe('portfolio id → number of projects'),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;
export const ProjectSummaryQuery = z.object({ mine: QueryFlag.optional().describe('Only projects where I am manager, sponsor or a member.') }).strict();
