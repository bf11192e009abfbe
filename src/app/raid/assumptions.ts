// Assumptions: what the plan takes for granted until someone checks it, by a date; found valid or
// invalid, with notes on how it was checked.
import { sql, type Selectable } from 'kysely';
import type { Assumption, AssumptionCreate, AssumptionUpdate } from '../../contracts/raid.schema.ts';
import type { AssumptionsTable } from '../../db/tables.ts';
import { commonSorts, itemApi, type LogKind, type LogListQuery } from './raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';

type Row = Selectable<AssumptionsTable>;

export const assumptionKind: LogKind<Row, Assumption, AssumptionCreate, AssumptionUpdate, LogListQuery> = {
  table: 'assumptions',
  prefix: 'ASM',
  label: 'Assumption',
  auditType: 'assumption',
  createColumns: async (_env, _project, input) => ({ status: input.status, validateBy: input.validateBy, validationNotes: input.validationNotes }),
  updateColumns: async (_env, _before, patch) => patchedFields(patch),
  toApi: (r, env) => ({
    ...itemApi(r),
    status: r.status as Assumption['status'],
    validateBy: r.validateBy,
    validationOverdue: r.status === 'unvalidated' && r.validateBy !== null && r.validateBy < env.today,
    validationNotes: r.validationNotes,
  }),
  sorts: {
    ...commonSorts<Row>(),
    validateBy: { expr: sql`coalesce(i.validate_by, '9999-12-31')`, value: (r) => r.validateBy ?? '9999-12-31' },
  },
};
