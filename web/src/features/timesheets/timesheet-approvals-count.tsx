// The navbar's count of timesheets waiting for my approval, next to "Timesheet approvals"; nothing
// when none wait.
import { Badge } from '@mantine/core';
import { useAwaitingTimesheets } from '../../api/timesheets.ts';

export function TimesheetApprovalsCount() {
  const awaiting = useAwaitingTimesheets();
  const count = awaiting.data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" color="orange" circle={count < 10} aria-label={`${count} timesheets awaiting my approval`} data-testid="timesheet-approvals-count">
      {count}
    </Badge>
  );
}
