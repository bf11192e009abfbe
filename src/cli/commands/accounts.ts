// `orrery user create|list` and `orrery token create`: accounts and API tokens from the shell.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ORG_ROLES, UserCreate, type OrgRole } from '../../contracts/user.schema.ts';
import { createUser, listUsers } from '../../app/users/users.ts';
import { createApiToken } from '../../app/auth/api-tokens.ts';
import { randomSecret } from '../../app/auth/secrets.ts';
import { userByEmail } from '../lookups.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

const role = (value: string): OrgRole => {
  if (!(ORG_ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`choose one of ${ORG_ROLES.join(', ')}.`);
  return value as OrgRole;
};

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of days, 1 or more.');
  return n;
};

export function accountCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts');

  withDatabaseOptions(
    user
      .command('create')
      .description('create a user account')
      .requiredOption('--email <email>', 'e-mail address, used to sign in')
      .requiredOption('--name <name>', 'full name')
      .option('--role <role>', `organisation role: ${ORG_ROLES.join(', ')}`, role, 'member')
      .option('--password <password>', 'password (12+ characters; env ORRERY_PASSWORD; generated and printed when omitted)'),
  ).action(async (options: CommonOptions & { email: string; name: string; role: OrgRole; password?: string }) => {
    const generated = (options.password ?? process.env.ORRERY_PASSWORD) ? undefined : randomSecret(12);
    const input = UserCreate.safeParse({ email: options.email, name: options.name, orgRole: options.role, password: options.password ?? process.env.ORRERY_PASSWORD ?? generated });
    if (!input.success) throw new Error(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    const runtime = await openRuntime(options);
    try {
      const created = await createUser(runtime.system, input.data);
      console.log(`Created ${created.orgRole} ${created.name} <${created.email}> (id ${created.id}).`);
      if (generated) console.log(`Password (shown once): ${generated}`);
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(user.command('list').description('list user accounts')).action(async (options: CommonOptions) => {
    const runtime = await openRuntime(options);
    try {
      const page = await listUsers(runtime.system, { limit: 200, includeDisabled: true });
      for (const u of page.items) console.log(`${u.orgRole.padEnd(10)} ${u.email.padEnd(32)} ${u.name}${u.disabledAt ? ' (disabled)' : ''}`);
      if (page.items.length === 0) console.log('No accounts yet. Create one with `orrery user create`.');
    } finally {
      await runtime.database.close();
    }
  });

  const token = program.command('token').description('manage personal API tokens');
  withDatabaseOptions(
    token
      .command('create')
      .description('create a personal API token for a user; prints the secret once')
      .requiredOption('--email <email>', 'whose token it is')
      .option('--name <name>', 'what the token is for', 'cli')
      .option('--expires-in-days <days>', 'days until it expires (default: never)', positiveInt),
  ).action(async (options: CommonOptions & { email: string; name: string; expiresInDays?: number }) => {
    const runtime = await openRuntime(options);
    try {
      const owner = await userByEmail(runtime, options.email);
      const created = await createApiToken(runtime.system, { name: options.name, expiresInDays: options.expiresInDays }, owner.id);
      console.log(`Token "${created.name}" for ${owner.name}${created.expiresAt ? `, expires ${created.expiresAt}` : ''}. Shown once; Orrery keeps only a hash:`);
      console.log(created.token);
      console.log('Use it as: Authorization: Bearer <token>');
    } finally {
      await runtime.database.close();
    }
  });
}
