// What the signed-in user may do with a project's money, mirroring src/app/finance: its manager (and
// the PMO, admins) drafts the budget and records orders, its team records expenses, and the PMO,
// admins and the project's sponsor decide budget revisions. The server still decides everything.
import { useProject, useProjectMembers } from '../../api/projects.ts';
import { canEditProject, canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { useMayContribute } from '../raid/use-may-contribute.ts';

export interface FinanceRights {
  /** Draft budget revisions, record purchase orders. */
  mayPlan: boolean;
  /** Record expenses and invoices. */
  mayRecord: boolean;
  /** Approve or reject budget revisions. */
  mayDecide: boolean;
}

export function useFinanceRights(projectId: string): FinanceRights {
  const user = useCurrentUser();
  const project = useProject(projectId);
  const members = useProjectMembers(projectId);
  const mayRecord = useMayContribute(projectId);
  const open = Boolean(project.data && !project.data.archivedAt);
  return {
    mayPlan: open && canEditProject(user, project.data!, members.data?.items),
    mayRecord,
    mayDecide: open && (canEditRegister(user) || project.data!.sponsorId === user.id),
  };
}
