// Database rows of users → API values (never the password hash).
import type { User } from '../../contracts/user.schema.ts';
import type { OrgRole } from '../../contracts/user.schema.ts';
import type { UserRow } from '../../db/tables.ts';

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  orgRole: row.orgRole as OrgRole,
  disabledAt: row.disabledAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});
