// What the signed-in user may do with a project's change requests: its team changes their content,
// its manager (and the PMO, admins) submits, applies and withdraws them. The board's right to
// decide comes from the server (canDecide on each request). The server still decides everything.
import { useProject, useProjectMembers } from '../../api/projects.ts';
import { canEditProject } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { useMayContribute } from '../raid/use-may-contribute.ts';
import type { ChangeRights } from './change-view.ts';

export function useChangeRights(projectId: string): ChangeRights {
  const user = useCurrentUser();
  const project = useProject(projectId);
  const members = useProjectMembers(projectId);
  const mayContribute = useMayContribute(projectId);
  const mayManage = Boolean(project.data && !project.data.archivedAt && canEditProject(user, project.data, members.data?.items));
  return { mayContribute, mayManage };
}
