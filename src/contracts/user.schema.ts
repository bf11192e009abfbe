// Accounts, organisation roles and personal API tokens.
import { z } from 'zod';
import { Id, Timestamp, Version, ListQueryBase, pageOf, QueryFlag } from './common.schema.ts';

export const ORG_ROLES = ['admin', 'pmo', 'executive', 'member'] as const;
export const OrgRole = z.enum(ORG_ROLES).describe(
  'admin: everything; pmo: runs the register; executive: reads everything, changes nothing; member: works on the projects they belong to.',
);
export type OrgRole = z.infer<typeof OrgRole>;

export const Email = z.string().trim().toLowerCase().pipe(z.email('Give a valid e-mail address.')).pipe(z.string().max(254));
export const Password = z
  .string()
  .min(12, 'Use a password of at least 12 characters.')
  .max(200, 'Passwords are at most 200 characters.');

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  orgRole: OrgRole,
  disabledAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type User = z.infer<typeof User>;

export const UserCreate = z
  .object({ email: Email, name: z.string().trim().min(1).max(200), password: Password, orgRole: OrgRole.default('member') })
  .strict();
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    orgRole: OrgRole.optional(),
    password: Password.optional(),
    disabled: z.boolean().optional().describe('true disables the account and ends its sessions and tokens.'),
  })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserListQuery = z
  .object({ ...ListQueryBase, orgRole: OrgRole.optional(), includeDisabled: QueryFlag.optional() })
  .strict();
export const UserPage = pageOf(User);

/** People as other screens show them (pickers, names on records): no e-mail or role details. */
export const PersonRef = z.object({ id: Id, name: z.string(), email: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const LoginRequest = z.object({ email: Email, password: z.string().min(1).max(200) }).strict();
export const Session = z.object({ user: User, csrfToken: z.string().nullable() });

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe('First characters of the token, to recognise it.'),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  expiresAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenCreate = z
  .object({
    name: z.string().trim().min(1).max(100),
    expiresInDays: z.number().int().min(1).max(3650).optional().describe('Leave out for a token that does not expire.'),
  })
  .strict();
export const ApiTokenCreated = ApiToken.extend({
  token: z.string().describe('The secret. Shown once: store it now; Orrery keeps only a hash.'),
});
export const ApiTokenList = z.object({ items: z.array(ApiToken) });

export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password }).strict();
export type PasswordChange = z.infer<typeof PasswordChange>;
