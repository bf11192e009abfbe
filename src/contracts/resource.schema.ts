// The resource pool: people, generic roles, equipment, material and cost resources with their
// skills, maximum units over time, working calendars (the schedule calendars' shape, derived from
// one of the organisation's base calendars) and dated rates.
import { z } from 'zod';
import { RESOURCE_KINDS } from '../core/resources/resource-kinds.ts';
import { Id, IsoDate, ListQueryBase, Money, Name, Timestamp, Version, pageOf } from './common.schema.ts';
import { CalendarDefinition } from './schedule.schema.ts';
import { Email } from './user.schema.ts';
import { PersonRate } from './rates.schema.ts';

export const ResourceKind = z.enum(RESOURCE_KINDS).describe('person, role (generic, for early planning), equipment, material (by quantity) or cost (travel …).');
export type ResourceKind = z.infer<typeof ResourceKind>;

const Label = z.string().trim().min(1).max(100);
export const ResourceSkill = z
  .object({
    skill: z.string().trim().min(1, 'Name the skill.').max(80),
    proficiency: z.number().int().min(1, 'Proficiency runs from 1 (aware) to 5 (expert).').max(5, 'Proficiency runs from 1 (aware) to 5 (expert).'),
  })
  .strict();
export const MaxUnits = z
  .object({
    from: IsoDate.describe('In force from this day until the next row.'),
    units: z.number().int().min(0).max(100_000).describe('Percent: 100 = one full-time person (or one machine), 50 = half time, 300 = three people of a role.'),
  })
  .strict();

export const Resource = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: ResourceKind,
  userId: Id.nullable().describe('Persons only: the account this person signs in with (at most one resource per account).'),
  userName: z.string().nullable(),
  roleId: Id.nullable().describe('Persons only: the role resource they hold.'),
  roleName: z.string().nullable(),
  department: z.string().nullable(),
  team: z.string().nullable(),
  managerId: Id.nullable(),
  managerName: z.string().nullable(),
  email: z.string().nullable().describe('Persons: their account’s e-mail when linked, else the one given.'),
  unit: z.string().nullable().describe('Material only: what its quantity is counted in.'),
  headcount: z.number().int().nullable().describe('Roles only: how many people of the role (default maximum units = headcount × 100).'),
  notes: z.string(),
  skills: z.array(ResourceSkill),
  maxUnits: z.array(MaxUnits).describe('Dated maximum units, oldest first.'),
  defaultMaxUnits: z.number().int().nullable().describe('Before the first row: 100, a role’s headcount × 100; null for material and cost.'),
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Resource = z.infer<typeof Resource>;

const editable = {
  name: Name,
  userId: Id.nullable(),
  roleId: Id.nullable(),
  department: Label.nullable(),
  team: Label.nullable(),
  managerId: Id.nullable(),
  email: Email.nullable(),
  unit: z.string().trim().min(1).max(20).nullable(),
  headcount: z.number().int().min(1).max(10_000).nullable(),
  notes: z.string().max(20_000),
  skills: z.array(ResourceSkill).max(100),
  maxUnits: z.array(MaxUnits).max(500),
};

export const ResourceCreate = z
  .object({
    code: z.string().trim().regex(/^[A-Z][A-Z0-9]*-\d+$/, 'Use a code like RES-042, or leave it out for the next free one.').optional(),
    kind: ResourceKind,
    ...editable,
    name: Name.optional().describe('Omitted for a person linked to an account: the account’s name.'),
  })
  .partial({ userId: true, roleId: true, department: true, team: true, managerId: true, email: true, unit: true, headcount: true, notes: true, skills: true, maxUnits: true })
  .strict();
export type ResourceCreate = z.infer<typeof ResourceCreate>;
export const ResourceUpdate = z.object(editable).partial().strict().describe('Skills and maximum units, when given, replace the lists.');
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

export const ResourceListQuery = z
  .object({
    ...ListQueryBase,
    q: ListQueryBase.q.describe('Search in name, code and e-mail (case-insensitive).'),
    kind: ResourceKind.optional(),
    skill: z.string().trim().min(1).max(80).optional().describe('Only resources with this skill (case-insensitive) …'),
    minProficiency: z.coerce.number().int().min(1).max(5).optional().describe('… at this proficiency or more (default 1).'),
    department: Label.optional().describe('Exact department (case-insensitive).'),
    team: Label.optional(),
    roleId: Id.optional().describe('Persons holding this role (and the role itself).'),
    sort: z.enum(['code', '-code', 'name', '-name']).default('name'),
  })
  .strict();
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;
export const ResourcePage = pageOf(Resource);

export const ResourceFacets = z.object({
  skills: z.array(z.string()).describe('Every skill of a live resource, A–Z.'),
  departments: z.array(z.string()),
  teams: z.array(z.string()),
});
export const ResourceFacetsQuery = z.object({}).strict();

export const BaseCalendar = z.object({ id: z.string(), name: z.string(), definition: CalendarDefinition });
export const BaseCalendars = z.object({ items: z.array(BaseCalendar), version: z.number().int().min(0).describe('0: the built-ins, never changed.') });
export const BaseCalendarsBody = z
  .object({
    items: z
      .array(
        z.object({
          id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,49}$/, 'Use a short id of lower-case letters, digits and dashes, e.g. night-shift.'),
          name: Name,
          definition: CalendarDefinition,
        }).strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();
export type BaseCalendarsBody = z.infer<typeof BaseCalendarsBody>;
export const BaseCalendarsQuery = z.object({}).strict();

export const ResourceCalendar = z.object({
  resourceId: Id,
  baseCalendarId: z.string(),
  baseCalendarName: z.string(),
  definition: CalendarDefinition.describe('Null days: as the base calendar. Work weeks (part time) and exceptions (holidays, leave) are the resource’s own.'),
  version: z.number().int().min(0).describe('0: never set (the organisation’s Standard calendar applies); send it in If-Match.'),
});
export type ResourceCalendar = z.infer<typeof ResourceCalendar>;
export const ResourceCalendarBody = z.object({ baseCalendarId: z.string().min(1).max(50), definition: CalendarDefinition }).strict();
export type ResourceCalendarBody = z.infer<typeof ResourceCalendarBody>;
export const LeaveCreate = z.object({ from: IsoDate, to: IsoDate, name: z.string().trim().min(1, 'Name the leave, e.g. Summer holiday.').max(200) }).strict();
export type LeaveCreate = z.infer<typeof LeaveCreate>;

export const AvailabilityQuery = z.object({ from: IsoDate, to: IsoDate }).strict();
export const ResourceAvailability = z.object({
  resourceId: Id,
  days: z.array(
    z.object({
      date: IsoDate,
      workingMinutes: z.number().int(),
      maxUnits: z.number().int(),
      capacityMinutes: z.number().int().describe('Working minutes × maximum units / 100.'),
    }),
  ),
});

export const ResourceRate = z.object({
  id: Id,
  resourceId: Id,
  effectiveFrom: IsoDate,
  standard: Money.nullable().describe('Per hour.'),
  overtime: Money.nullable().describe('Per overtime hour; null: the standard rate.'),
  perUse: Money.nullable().describe('Each time the resource is used on a task.'),
  perUnit: Money.nullable().describe('Material: per unit of its quantity.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type ResourceRate = z.infer<typeof ResourceRate>;
type Amounts = { standard?: Money | null | undefined; overtime?: Money | null | undefined; perUse?: Money | null | undefined; perUnit?: Money | null | undefined };
const oneCurrency = (r: Amounts) => new Set([r.standard, r.overtime, r.perUse, r.perUnit].filter((m) => m).map((m) => m!.currency)).size <= 1;
const CURRENCY_MESSAGE = { message: 'Give every amount of a rate in one currency.', path: ['standard', 'currency'] };
const amounts = { standard: Money.nullable(), overtime: Money.nullable(), perUse: Money.nullable(), perUnit: Money.nullable() };
export const ResourceRateCreate = z.object({ effectiveFrom: IsoDate, ...amounts }).partial(({ standard: true, overtime: true, perUse: true, perUnit: true })).strict().refine(oneCurrency, CURRENCY_MESSAGE);
export type ResourceRateCreate = z.infer<typeof ResourceRateCreate>;
export const ResourceRateUpdate = z.object({ effectiveFrom: IsoDate, ...amounts }).partial().strict().refine(oneCurrency, CURRENCY_MESSAGE);
export type ResourceRateUpdate = z.infer<typeof ResourceRateUpdate>;
export const RatesSource = z.enum(['person_rates', 'resource_rates']).describe('person_rates: the hourly rates of the linked account (the Rates page); resource_rates: this resource’s own.');
export const ResourceRateList = z.object({
  hourlyFrom: RatesSource,
  items: z.array(ResourceRate),
  personRates: z.array(PersonRate).describe('The linked account’s hourly rates, latest first; empty when not linked.'),
});
export const RateOnQuery = z.object({ on: IsoDate }).strict();
export const ResourceRateOn = z.object({
  resourceId: Id,
  on: IsoDate,
  hourlyFrom: RatesSource,
  standard: Money.nullable(),
  overtime: Money.nullable().describe('The overtime rate, else the standard rate.'),
  perUse: Money.nullable(),
  perUnit: Money.nullable(),
  unit: z.string().nullable(),
});
export type ResourceRateOn = z.infer<typeof ResourceRateOn>;
