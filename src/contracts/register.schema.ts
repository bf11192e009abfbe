// The register: strategic objectives, portfolios and programs. Projects have their own file.
import { z } from 'zod';
import { Id, Timestamp, Version, Name, Description, ListQueryBase, pageOf, IsoDate } from './common.schema.ts';

/** People-facing keys: PRJ-042, PFL-3. Given by Orrery unless the caller sets one. */
export const Code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}$/, 'Codes look like PRJ-042: letters, a dash, digits.');

const registerFields = {
  id: Id,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
};

export const OBJECTIVE_STATUSES = ['active', 'achieved', 'retired'] as const;
export const ObjectiveStatus = z.enum(OBJECTIVE_STATUSES);

export const Objective = z.object({
  ...registerFields,
  ownerId: Id.nullable(),
  status: ObjectiveStatus,
  targetDate: IsoDate.nullable(),
});
export type Objective = z.infer<typeof Objective>;
export const ObjectiveCreate = z
  .object({
    code: Code.optional(),
    name: Name,
    description: Description.default(''),
    ownerId: Id.nullable().default(null),
    status: ObjectiveStatus.default('active'),
    targetDate: IsoDate.nullable().default(null),
  })
  .strict();
export type ObjectiveCreate = z.infer<typeof ObjectiveCreate>;
export const ObjectiveUpdate = z
  .object({
    name: Name.optional(),
    description: Description.optional(),
    ownerId: Id.nullable().optional(),
    status: ObjectiveStatus.optional(),
    targetDate: IsoDate.nullable().optional(),
  })
  .strict();
export type ObjectiveUpdate = z.infer<typeof ObjectiveUpdate>;

export const Portfolio = z.object({ ...registerFields, ownerId: Id.nullable() });
export type Portfolio = z.infer<typeof Portfolio>;
export const PortfolioCreate = z
  .object({ code: Code.optional(), name: Name, description: Description.default(''), ownerId: Id.nullable().default(null) })
  .strict();
export type PortfolioCreate = z.infer<typeof PortfolioCreate>;
export const PortfolioUpdate = z
  .object({ name: Name.optional(), description: Description.optional(), ownerId: Id.nullable().optional() })
  .strict();
export type PortfolioUpdate = z.infer<typeof PortfolioUpdate>;

export const Program = z.object({ ...registerFields, portfolioId: Id, managerId: Id.nullable() });
export type Program = z.infer<typeof Program>;
export const ProgramCreate = z
  .object({
    code: Code.optional(),
    name: Name,
    description: Description.default(''),
    portfolioId: Id,
    managerId: Id.nullable().default(null),
  })
  .strict();
export type ProgramCreate = z.infer<typeof ProgramCreate>;
export const ProgramUpdate = z
  .object({
    name: Name.optional(),
    description: Description.optional(),
    portfolioId: Id.optional(),
    managerId: Id.nullable().optional(),
  })
  .strict();
export type ProgramUpdate = z.infer<typeof ProgramUpdate>;

const registerSort = z.enum(['code', '-code', 'name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt']);
export const RegisterSort = registerSort;

export const ObjectiveListQuery = z.object({ ...ListQueryBase, status: ObjectiveStatus.optional(), sort: registerSort.default('code') }).strict();
export const PortfolioListQuery = z.object({ ...ListQueryBase, sort: registerSort.default('code') }).strict();
export const ProgramListQuery = z
  .object({ ...ListQueryBase, portfolioId: Id.optional(), sort: registerSort.default('code') })
  .strict();

export const ObjectivePage = pageOf(Objective);
export const PortfolioPage = pageOf(Portfolio);
export const ProgramPage = pageOf(Program);
