// The stakeholder register of a project: people and groups with a stake in it (someone in Orrery
// or anyone else), their contact, where they stand on the power–interest grid (influence and
// interest 1–5) and how engaged they are now against how engaged the project needs them to be
// (the PMBOK engagement assessment matrix). The grid groups them into four ways of handling them.
import { z } from 'zod';
import { Id, IsoDate, pageOf } from './common.schema.ts';
import { COMMON_SORTS, Title, createFields, itemFields, listFilters, sortOf, statusFilter, updateFields } from './raid.schema.ts';

export const ENGAGEMENT_LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
export const EngagementLevel = z.enum(ENGAGEMENT_LEVELS).describe('unaware < resistant < neutral < supportive < leading (PMBOK stakeholder engagement assessment).');
export const STAKEHOLDER_CATEGORIES = ['sponsor', 'executive', 'customer', 'user', 'team', 'supplier', 'regulator', 'partner', 'public', 'other'] as const;
export const StakeholderCategory = z.enum(STAKEHOLDER_CATEGORIES);
export const STAKEHOLDER_STATUSES = ['active', 'inactive'] as const;
export const StakeholderStatus = z.enum(STAKEHOLDER_STATUSES).describe('inactive: no longer a stakeholder (kept for the record, left off the grid).');
export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export const Quadrant = z
  .enum(QUADRANTS)
  .describe('Power–interest grid: manage_closely (high influence, high interest), keep_satisfied (high influence), keep_informed (high interest), monitor. High is 3 or more.');

const Score = z.number().int().min(1).max(5);
const Short = z.string().trim().max(200);
/** An e-mail address, or '' for none. */
export const ContactEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Give a valid e-mail address, or leave it empty.');
const Phone = z.string().trim().max(50);

export const Stakeholder = z.object({
  ...itemFields,
  title: z.string().describe('The stakeholder’s name: a person or a group (e.g. Works council).'),
  description: z.string().describe('Notes: what they care about, how to approach them.'),
  ownerId: Id.nullable().describe('Who on the team looks after the relationship.'),
  status: StakeholderStatus,
  userId: Id.nullable().describe('The person in Orrery, when the stakeholder is one.'),
  userName: z.string().nullable(),
  organisation: z.string(),
  role: z.string().describe('Their role or position, e.g. CFO, site manager.'),
  email: z.string(),
  phone: z.string(),
  contactEmail: z.string().nullable().describe('The address to write to: their own, or their Orrery account’s.'),
  category: StakeholderCategory,
  influence: z.number().int().describe('Power over the project, 1–5.'),
  interest: z.number().int().describe('Interest in the project, 1–5.'),
  quadrant: Quadrant,
  engagementCurrent: EngagementLevel,
  engagementDesired: EngagementLevel,
  engagementGap: z.number().int().describe('Levels from current to desired engagement: positive when they must become more engaged.'),
});
export type Stakeholder = z.infer<typeof Stakeholder>;

export const StakeholderCreate = z
  .object({
    ...createFields,
    title: Title.optional().describe('The name; default: the Orrery person’s name (give userId or title).'),
    userId: Id.nullable().default(null),
    organisation: Short.default(''),
    role: Short.default(''),
    email: ContactEmail.default(''),
    phone: Phone.default(''),
    category: StakeholderCategory.default('other'),
    influence: Score,
    interest: Score,
    engagementCurrent: EngagementLevel.default('neutral'),
    engagementDesired: EngagementLevel.default('supportive'),
    status: StakeholderStatus.default('active'),
  })
  .strict();
export type StakeholderCreate = z.infer<typeof StakeholderCreate>;
export const StakeholderUpdate = z
  .object({
    ...updateFields,
    userId: Id.nullable().optional(),
    organisation: Short.optional(),
    role: Short.optional(),
    email: ContactEmail.optional(),
    phone: Phone.optional(),
    category: StakeholderCategory.optional(),
    influence: Score.optional(),
    interest: Score.optional(),
    engagementCurrent: EngagementLevel.optional(),
    engagementDesired: EngagementLevel.optional(),
    status: StakeholderStatus.optional(),
  })
  .strict();
export type StakeholderUpdate = z.infer<typeof StakeholderUpdate>;
export const StakeholderListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(STAKEHOLDER_STATUSES),
    category: StakeholderCategory.optional(),
    quadrant: Quadrant.optional(),
    sort: sortOf([...COMMON_SORTS, 'influence', 'interest']).default('-influence'),
  })
  .strict();
export type StakeholderListQuery = z.infer<typeof StakeholderListQuery>;
export const StakeholderExportQuery = StakeholderListQuery.omit({ limit: true, cursor: true, sort: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') })
  .strict();
export type StakeholderExportQuery = z.infer<typeof StakeholderExportQuery>;
export const StakeholderPage = pageOf(Stakeholder);

export const StakeholderGrid = z.object({
  projectId: Id,
  projectCode: z.string(),
  highFrom: z.number().int().describe('A score counts as high from this value on.'),
  total: z.number().int().describe('Active stakeholders.'),
  belowDesired: z.number().int().describe('Stakeholders who must become more engaged (a positive gap).'),
  quadrants: z.array(z.object({ quadrant: Quadrant, count: z.number().int(), stakeholders: z.array(Stakeholder).describe('Largest engagement gap first, then the most influential.') })),
  engagement: z.array(z.object({ level: EngagementLevel, current: z.number().int(), desired: z.number().int() })).describe('How many stand at each level now, and are wanted there.'),
  asOf: IsoDate,
});
export type StakeholderGrid = z.infer<typeof StakeholderGrid>;
