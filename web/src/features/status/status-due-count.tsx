// The navbar's count next to "Status reports": for the PMO the reports waiting for review, for
// everyone else the projects (of theirs) that have not reported this period. Nothing when zero.
import { Badge } from '@mantine/core';
import { useStatusReportList } from '../../api/status-reports.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';

export function StatusDueCount() {
  const reviewer = canGovern(useCurrentUser());
  const list = useStatusReportList(reviewer ? { status: 'submitted', limit: 200 } : { due: 'true', limit: 200 });
  const count = list.data?.items.length ?? 0;
  if (count === 0) return null;
  const what = reviewer ? 'to review' : 'due';
  return (
    <Badge size="sm" color={reviewer ? 'blue' : 'orange'} circle={count < 10} aria-label={`${count} status reports ${what}`} data-testid="status-reports-count">
      {count}
    </Badge>
  );
}
