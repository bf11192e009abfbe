// Assignments of the resource pool to a project's schedule tasks, and requests for a named person to
// fill a generic role's assignment. A work resource (person, role, equipment) is given its peak units
// or its work, and the other follows from its working time within the task; material a quantity; a
// cost resource an amount. Each assignment's planned cost is its work × the resource's standard
// rate of each day, its planned overtime at the overtime rate (material: quantity × cost per unit; cost resources: their amount), plus a cost
// per use once; work without a rate is reported, never priced at zero.
import { z } from 'zod';
import { Id, IsoDate, Money, Timestamp, Version } from './common.schema.ts';
import { ResourceKind } from './resource.schema.ts';

export const CONTOURS = ['flat', 'back-loaded', 'front-loaded', 'double-peak', 'bell', 'turtle'] as const;
export const Contour = z.enum(CONTOURS).describe('How work is shaped over the task (MS Project’s contours): flat, back-loaded, front-loaded, double-peak, bell or turtle.');

const Units = z.number().min(0).max(100_000).describe('Peak units in percent: 100 = full time, 50 = half time, 300 = three people of a role.');
const WorkMinutes = z.number().int().min(0).max(100_000_000).describe('Total work in minutes.');
const OvertimeMinutes = z
  .number()
  .int()
  .min(0)
  .max(100_000_000)
  .describe('Work resources: how many minutes of the work are planned as overtime (part of the work, as MS Project’s overtime work), priced at the resource’s overtime rate (its standard rate when it has none); 0 for none.');
const Quantity = z.number().positive().max(1_000_000_000).describe('Material: the quantity for the task in the material’s unit, up to three decimals.');

export const Assignment = z.object({
  id: Id,
  projectId: Id,
  taskId: Id,
  taskName: z.string(),
  resourceId: Id,
  resourceCode: z.string(),
  resourceName: z.string(),
  resourceKind: ResourceKind,
  units: z.number().nullable().describe('Work resources: peak units in percent (computed from the work when the work was given).'),
  workMinutes: z.number().int().nullable().describe('Work resources: total work in minutes (computed from the units when the units were given).'),
  overtimeMinutes: z.number().int().nullable().describe('Work resources: the minutes of the work planned as overtime, priced at the overtime rate (should the work shrink below it with the task’s dates, all the work counts as overtime); null for material and cost resources.'),
  driver: z.enum(['units', 'work']).nullable().describe('Which one the planner gave: it stays when the task’s dates move, the other follows.'),
  contour: Contour,
  quantity: z.number().nullable().describe('Material: the quantity for the task.'),
  unit: z.string().nullable().describe('Material: its unit.'),
  amount: Money.nullable().describe('Cost resources: the amount for the task.'),
  plannedCost: Money.nullable().describe('Work × standard rate by day, its overtime at the overtime rate (material: quantity × cost per unit; cost: its amount) plus a cost per use; null when nothing of it could be priced.'),
  unpriced: z.string().nullable().describe('What of this assignment has no rate (and so is left out of planned cost), or null.'),
  unpricedMinutes: z.number().int().describe('Minutes of work without a standard rate (overtime: an overtime rate) on their day.'),
  openRequestId: Id.nullable().describe('An open request for a person to fill this role assignment.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Assignment = z.infer<typeof Assignment>;

const amounts = {
  units: Units,
  workMinutes: WorkMinutes,
  overtimeMinutes: OvertimeMinutes,
  contour: Contour,
  quantity: Quantity,
  amount: Money.describe('Cost resources: the amount for the task, in the project’s currency.'),
};

export const AssignmentCreate = z
  .object({ resourceId: Id, ...amounts })
  .partial({ units: true, workMinutes: true, overtimeMinutes: true, contour: true, quantity: true, amount: true })
  .strict()
  .describe('Work resources: give units or workMinutes (neither: 100 % units); material: quantity; cost resources: amount.');
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

export const AssignmentUpdate = z.object(amounts).partial().strict().describe('Giving units makes the work follow from them, giving workMinutes the units; not both.');
export type AssignmentUpdate = z.infer<typeof AssignmentUpdate>;

export const AssignmentReplace = z.object({ resourceId: Id.describe('The named person who takes the role’s place.') }).strict();

export const AssignmentParams = z.object({ id: Id, taskId: Id, assignmentId: Id }).strict();
export const TaskAssignmentParams = z.object({ id: Id, taskId: Id }).strict();

export const TaskAssignments = z.object({ taskId: Id, items: z.array(Assignment) });

export const ProjectAssignments = z.object({
  projectId: Id,
  currency: z.string().nullable(),
  plannedLabourMinor: z.number().int().describe('The planned cost of every assignment that could be priced, in the project’s currency.'),
  unpricedMinutes: z.number().int().describe('Work on the project’s assignments without a standard rate on its day: left out of planned cost.'),
  unpriced: z.array(z.object({ assignmentId: Id, taskName: z.string(), resourceName: z.string(), reason: z.string() })).describe('Each assignment with work or quantity nobody could price, and why.'),
  items: z.array(Assignment),
});
export type ProjectAssignments = z.infer<typeof ProjectAssignments>;

// ---------------------------------------------------------------------------------------------
// Resource requests

export const RESOURCE_REQUEST_STATUSES = ['open', 'filled', 'declined'] as const;

export const ResourceRequest = z.object({
  id: Id,
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  assignmentId: Id,
  taskId: Id,
  taskName: z.string(),
  roleId: Id,
  roleName: z.string(),
  skill: z.string().nullable(),
  minProficiency: z.number().int().nullable(),
  units: z.number(),
  from: IsoDate,
  to: IsoDate,
  note: z.string(),
  status: z.enum(RESOURCE_REQUEST_STATUSES),
  requestedBy: z.object({ id: Id, name: z.string() }).nullable(),
  filledBy: z.object({ id: Id, code: z.string(), name: z.string() }).nullable().describe('The person who filled it.'),
  declineReason: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type ResourceRequest = z.infer<typeof ResourceRequest>;

export const ResourceRequestCreate = z
  .object({
    skill: z.string().trim().min(1).max(80).optional(),
    minProficiency: z.number().int().min(1).max(5).optional().describe('With skill: at least this proficiency (1–5).'),
    units: Units.optional().describe('Default: the assignment’s units.'),
    from: IsoDate.optional().describe('Default: the task’s start day.'),
    to: IsoDate.optional().describe('Default: the task’s finish day.'),
    note: z.string().max(2000).default(''),
  })
  .strict();
export type ResourceRequestCreate = z.infer<typeof ResourceRequestCreate>;

export const ResourceRequestFill = z.object({ resourceId: Id.describe('The person who fills the request.') }).strict();
export const ResourceRequestDecline = z.object({ reason: z.string().trim().min(1, 'Say why the request is declined.').max(2000) }).strict();
export const ResourceRequestListQuery = z.object({ status: z.enum(RESOURCE_REQUEST_STATUSES).optional().describe('Default: every status.') }).strict();
export const ResourceRequestList = z.object({ items: z.array(ResourceRequest) });
