// What the signed-in user may do, mirroring src/app/access/policy.ts so the UI hides actions the
// server would refuse. The server still decides: a 403 is shown as "Not allowed".
import type { GateReview, Project, ProjectMember, User } from '../api/types.ts';

/** admin and pmo run the register: create, archive and restore portfolios, programs, projects. */
export const canEditRegister = (user: User): boolean => user.orgRole === 'admin' || user.orgRole === 'pmo';

/** The user's role on one project: its named manager manages, a member has their role, the sponsor views. */
export function projectRoleOf(user: User, project: Project, members: readonly ProjectMember[] = []): ProjectMember['role'] | null {
  if (project.managerId === user.id) return 'manager';
  const member = members.find((m) => m.userId === user.id && m.source === 'member');
  if (member) return member.role;
  if (project.sponsorId === user.id) return 'viewer';
  return null;
}

export const canEditProject = (user: User, project: Project, members?: readonly ProjectMember[]): boolean =>
  canEditRegister(user) || (user.orgRole !== 'executive' && projectRoleOf(user, project, members) === 'manager');

/** Moving a project in the register or reassigning its sponsor/manager is the PMO's. */
export const canMoveProject = canEditRegister;

/** Who keeps a project's RAID logs (risks, issues, actions …): its team, not only its manager. */
export const canContributeToProject = (user: User, project: Project, members?: readonly ProjectMember[]): boolean => {
  const role = projectRoleOf(user, project, members);
  return canEditRegister(user) || (user.orgRole !== 'executive' && (role === 'manager' || role === 'contributor'));
};

/** The PMO's governance: the operating model, the methodology library, correcting a project's phase. */
export const canGovern = canEditRegister;

/** Who requests a project's gate review (and withdraws it): whoever edits the project. */
export const canRequestGateReview = canEditProject;

/**
 * Who answers an open review's checklist: its approvers (the server says so in `canDecide`), the
 * project's manager and the PMO. Waiving and deciding are the approvers' alone.
 */
export const canAnswerChecklist = (user: User, review: Pick<GateReview, 'status' | 'canDecide'>, project: Pick<Project, 'managerId'> | undefined): boolean =>
  review.status === 'requested' && (review.canDecide || user.orgRole === 'pmo' || (project !== undefined && project.managerId === user.id));
