// The roles a competency framework can set required levels for, each held by whoever does that
// job in the data now: no one keeps a separate list of who is a project manager.

export const TRAINING_ROLES = ['project_manager', 'program_manager', 'sponsor', 'team_member', 'pmo_staff'] as const;
export type TrainingRole = (typeof TRAINING_ROLES)[number];

export const TRAINING_ROLE_INFO: Readonly<Record<TrainingRole, { readonly name: string; readonly one: string; readonly heldBy: string }>> = {
  project_manager: { name: 'Project managers', one: 'Project manager', heldBy: 'people managing an active project' },
  program_manager: { name: 'Program managers', one: 'Program manager', heldBy: 'people managing a program' },
  sponsor: { name: 'Sponsors', one: 'Sponsor', heldBy: 'people sponsoring an active project' },
  team_member: { name: 'Team members', one: 'Team member', heldBy: 'members of an active project’s team' },
  pmo_staff: { name: 'PMO staff', one: 'PMO staff', heldBy: 'people with the PMO role' },
};

/** Who holds which role, from the jobs they hold now. */
export interface RoleHolders {
  readonly projectManagers: Iterable<string>;
  readonly programManagers: Iterable<string>;
  readonly sponsors: Iterable<string>;
  readonly teamMembers: Iterable<string>;
  readonly pmoStaff: Iterable<string>;
}

/** Each person's roles, in the order of `TRAINING_ROLES`. */
export function rolesByPerson(holders: RoleHolders): Map<string, TrainingRole[]> {
  const byRole: Record<TrainingRole, Iterable<string>> = {
    project_manager: holders.projectManagers, program_manager: holders.programManagers, sponsor: holders.sponsors, team_member: holders.teamMembers, pmo_staff: holders.pmoStaff,
  };
  const roles = new Map<string, TrainingRole[]>();
  for (const role of TRAINING_ROLES) {
    for (const id of new Set(byRole[role])) {
      const list = roles.get(id) ?? [];
      list.push(role);
      roles.set(id, list);
    }
  }
  return roles;
}
