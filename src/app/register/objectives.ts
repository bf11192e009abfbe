// Strategic objectives: what the organisation wants to achieve, and the projects serve.
import type { Selectable } from 'kysely';
import type { Objective, ObjectiveCreate } from '../../contracts/register.schema.ts';
import type { ObjectivesTable } from '../../db/tables.ts';
import type { RegisterKind } from './register-kind.ts';
import { assertExists } from '../shared/references.ts';

type Row = Selectable<ObjectivesTable>;

export const objectiveKind: RegisterKind<Row, Objective, ObjectiveCreate> = {
  table: 'objectives',
  prefix: 'OBJ',
  label: 'Objective',
  auditType: 'objective',
  toApi: (r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    ownerId: r.ownerId,
    status: r.status as Objective['status'],
    targetDate: r.targetDate,
    archivedAt: r.archivedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  }),
  columnsOf: (i) => ({ name: i.name, description: i.description, ownerId: i.ownerId, status: i.status, targetDate: i.targetDate }),
  checkReferences: (trx, c) => assertExists(trx, 'users', 'ownerId', c.ownerId),
  filter: (q) => (q.status ? [['status', q.status]] : []),
};
