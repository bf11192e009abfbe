// What people type on the command line, turned into the ids the use cases take: a project's code,
// an account's e-mail. Unknown names fail with a message that says where to look them up.
import type { Runtime } from './runtime.ts';

export async function projectByCode(runtime: Runtime, raw: string): Promise<{ id: string; name: string; code: string }> {
  const code = raw.trim().toUpperCase();
  const project = await runtime.deps.db.selectFrom('projects').select(['id', 'name', 'code']).where('code', '=', code).executeTakeFirst();
  if (!project) throw new Error(`No project has the code ${code}. List the projects and their codes in the web app (Projects) or with GET /api/v1/projects.`);
  return project;
}

export async function userByEmail(runtime: Runtime, raw: string): Promise<{ id: string; name: string }> {
  const email = raw.trim().toLowerCase();
  const user = await runtime.deps.db.selectFrom('users').select(['id', 'name']).where('email', '=', email).executeTakeFirst();
  if (!user) throw new Error(`No account has the e-mail ${raw}. Check it with \`orrery user list\`.`);
  return user;
}

/** A portfolio or program by its code (PFL-001, PGM-002). */
export async function registerItemByCode(runtime: Runtime, table: 'portfolios' | 'programs', raw: string): Promise<{ id: string; name: string; code: string }> {
  const code = raw.trim().toUpperCase();
  const item = await runtime.deps.db.selectFrom(table).select(['id', 'name', 'code']).where('code', '=', code).executeTakeFirst();
  if (!item) throw new Error(`No ${table === 'portfolios' ? 'portfolio' : 'program'} has the code ${code}. List them in the web app (Portfolios) or with GET /api/v1/${table}.`);
  return item;
}

/** A maturity assessment by its code (MAT-001). */
export async function maturityAssessmentByCode(runtime: Runtime, raw: string): Promise<{ id: string; code: string }> {
  const code = raw.trim().toUpperCase();
  const found = await runtime.deps.db.selectFrom('maturityAssessments').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
  if (!found) throw new Error(`No maturity assessment has the code ${code}. List them with \`orrery maturity list\`.`);
  return found;
}

/** A scenario by its code (SCN-001). */
export async function scenarioByCode(runtime: Runtime, raw: string): Promise<{ id: string; code: string; portfolioId: string }> {
  const code = raw.trim().toUpperCase();
  const found = await runtime.deps.db.selectFrom('scenarios').select(['id', 'code', 'portfolioId']).where('code', '=', code).executeTakeFirst();
  if (!found) throw new Error(`No scenario has the code ${code}. List a portfolio's scenarios with \`orrery scenario list\`.`);
  return found;
}
