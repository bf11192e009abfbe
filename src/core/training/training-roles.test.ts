import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPETENCY_FRAMEWORK, frameworkProblems } from './default-framework.ts';
import { rolesByPerson } from './training-roles.ts';

describe('training roles', () => {
  it('gives each person every role they hold now, once each, in the framework’s order', () => {
    const roles = rolesByPerson({ projectManagers: ['ana', 'ana'], programManagers: ['ben'], sponsors: ['ana'], teamMembers: ['cy', 'ben'], pmoStaff: ['dee'] });
    expect(Object.fromEntries(roles)).toEqual({ ana: ['project_manager', 'sponsor'], ben: ['program_manager', 'team_member'], cy: ['team_member'], dee: ['pmo_staff'] });
  });

  it('refuses a role given required levels twice', () => {
    const pm = DEFAULT_COMPETENCY_FRAMEWORK.requirements[0]!;
    expect(frameworkProblems({ ...DEFAULT_COMPETENCY_FRAMEWORK, requirements: [pm, { ...pm, name: 'Again' }] }))
      .toEqual([{ path: 'requirements[1].role', message: '"project_manager" has its required levels twice; keep one entry per role' }]);
  });
});
