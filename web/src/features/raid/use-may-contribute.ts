// Whether the signed-in user may add to and change a project's RAID logs, from the project and its
// team (both cached by the project pages). The server still decides: a 403 is shown as "Not allowed".
import { useProject, useProjectMembers } from '../../api/projects.ts';
import { canContributeToProject, canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';

export function useMayContribute(projectId: string): boolean {
  const user = useCurrentUser();
  const project = useProject(projectId);
  const members = useProjectMembers(projectId);
  if (project.data?.archivedAt) return false;
  if (canEditRegister(user)) return true;
  return project.data ? canContributeToProject(user, project.data, members.data?.items) : false;
}
