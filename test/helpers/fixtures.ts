// People in every role and a small register, created through the real use cases.
import type { AppContext, AppDeps } from '../../src/app/context.ts';
import { systemActor } from '../../src/app/context.ts';
import type { OrgRole } from '../../src/contracts/user.schema.ts';
import { createUser } from '../../src/app/users/users.ts';
import { createApiToken } from '../../src/app/auth/api-tokens.ts';
import type { User } from '../../src/contracts/user.schema.ts';

export const PASSWORD = 'correct horse battery staple';

export interface Person {
  readonly user: User;
  readonly token: string;
  readonly ctx: AppContext;
}

export type Cast = Record<OrgRole, Person> & { manager: Person; contributor: Person; outsider: Person };

/** An account `key@example.org` named "Key Person", with an API token and its context. */
export async function makePerson(deps: AppDeps, key: string, orgRole: OrgRole): Promise<Person> {
  const system: AppContext = { ...deps, actor: systemActor };
  const user = await createUser(system, { email: `${key}@example.org`, name: `${key[0]!.toUpperCase()}${key.slice(1)} Person`, password: PASSWORD, orgRole });
  const ctx: AppContext = { ...deps, actor: { userId: user.id, name: user.name, orgRole, via: 'token' } };
  const { token } = await createApiToken(ctx, { name: 'tests' });
  return { user, token, ctx };
}

/** One person per organisation role, plus members who will manage / contribute to a project and one who will not. */
export async function castOfPeople(deps: AppDeps): Promise<Cast> {
  const make = (key: string, orgRole: OrgRole) => makePerson(deps, key, orgRole);
  return {
    admin: await make('admin', 'admin'),
    pmo: await make('pmo', 'pmo'),
    executive: await make('executive', 'executive'),
    member: await make('member', 'member'),
    manager: await make('manager', 'member'),
    contributor: await make('contributor', 'member'),
    outsider: await make('outsider', 'member'),
  };
}
