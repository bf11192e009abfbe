// The resource pool: resources, their skills, maximum units, calendars and rates, assignments and requests.
import type { Versioned } from './versioned.ts';

/** A person's cost rate per hour, in force from a date until the next row's. */
export interface PersonRatesTable extends Versioned {
  id: string;
  userId: string;
  effectiveFrom: string;
  currency: string;
  /** Minor units per hour (bigint: PostgreSQL returns text, so read it through Number()). */
  standardMinor: number;
  overtimeMinor: number | null;
}

/** A resource of the pool: a person (maybe linked to an account), a generic role, equipment, material or a cost. */
export interface ResourcesTable extends Versioned {
  id: string;
  code: string;
  name: string;
  kind: string;
  userId: string | null;
  /** A person's role: a resource of kind role. */
  roleId: string | null;
  department: string | null;
  team: string | null;
  managerId: string | null;
  email: string | null;
  unit: string | null;
  headcount: number | null;
  notes: string;
  archivedAt: string | null;
}

export interface ResourceSkillsTable {
  resourceId: string;
  skillKey: string;
  skill: string;
  proficiency: number;
}

/** Maximum units in percent from a day on (until the resource's next row). */
export interface ResourceMaxUnitsTable {
  resourceId: string;
  effectiveFrom: string;
  units: number;
}

/** A resource's own calendar: derived from a base calendar, with its work weeks and exceptions (JSON). */
export interface ResourceCalendarsTable {
  resourceId: string;
  baseCalendarId: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

/** Dated rates of resources whose hourly rates are not an account's person rates (bigint minor units). */
export interface ResourceRatesTable extends Versioned {
  id: string;
  resourceId: string;
  effectiveFrom: string;
  currency: string;
  standardMinor: number | null;
  overtimeMinor: number | null;
  perUseMinor: number | null;
  perUnitMinor: number | null;
}

/** A resource on a schedule task: units and work (work resources), a quantity (material) or an amount (cost resources). */
export interface TaskAssignmentsTable extends Versioned {
  id: string;
  projectId: string;
  taskId: string;
  resourceId: string;
  /** Peak units in percent; work resources only. */
  units: number | null;
  workMinutes: number | null;
  /** Minutes of the work planned as overtime (part of the work, priced at the overtime rate); work resources only. */
  overtimeMinutes: number | null;
  /** 'units' or 'work': which the planner gave (kept when the task's dates move); work resources only. */
  driver: string | null;
  contour: string;
  /** Material: the quantity for the task in its unit, thousandths. */
  quantityMilli: number | null;
  /** Cost resources: the amount for the task. */
  amountMinor: number | null;
  amountCurrency: string | null;
  createdBy: string | null;
}

/** A project manager's request for a person to fill a generic role's assignment: open → filled | declined. */
export interface ResourceRequestsTable extends Versioned {
  id: string;
  projectId: string;
  assignmentId: string;
  roleId: string;
  skill: string | null;
  skillKey: string | null;
  minProficiency: number | null;
  units: number;
  fromDate: string;
  toDate: string;
  note: string;
  status: string;
  requestedBy: string | null;
  filledResourceId: string | null;
  declineReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}
