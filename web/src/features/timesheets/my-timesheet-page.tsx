// My timesheet: one week at a time (?week=), moved with the previous/next buttons, with its status,
// the approver's comment when it came back, while it waits which projects' hours are approved, the
// locked period, and the grid to type hours into.
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMyWeek } from '../../api/timesheets.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { formatTotal } from './hours.ts';
import { TIMESHEET_STATUS } from './timesheet-labels.ts';
import { addDays, mondayOf, today } from './timesheet-search.ts';
import { WeekEditor } from './week-editor.tsx';
import { ProjectApprovals } from './project-approvals.tsx';

const route = getRouteApi('/_app/timesheet');

export function MyTimesheetPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisWeek = mondayOf(today());
  const weekStart = search.week ?? thisWeek;
  const week = useMyWeek(weekStart);
  const goTo = (monday: string) => void navigate({ search: monday === thisWeek ? {} : { week: monday } });
  const sheet = week.data;
  const status = sheet ? TIMESHEET_STATUS[sheet.status] : null;

  return (
    <Stack gap="md">
      <PageHeader
        title="My timesheet"
        subtitle={`Week of ${formatDate(weekStart)} to ${formatDate(addDays(weekStart, 6))}`}
        badges={status ? <Badge color={status.color} variant="light" data-testid="timesheet-status">{status.label}</Badge> : null}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => goTo(addDays(weekStart, -7))}>‹ Previous week</Button>
            <Button variant="default" onClick={() => goTo(thisWeek)} disabled={weekStart === thisWeek}>This week</Button>
            <Button variant="default" onClick={() => goTo(addDays(weekStart, 7))}>Next week ›</Button>
          </Group>
        }
      />
      <ProblemAlert error={week.error} title="The week could not be shown" />
      {week.isPending ? <Pending label="Loading the week" /> : null}
      {sheet ? (
        <>
          {sheet.status === 'returned' ? (
            <Alert color="orange" title={`Returned by ${sheet.decidedBy?.name ?? 'an approver'}`} role="status">
              <Text size="sm" data-testid="return-comment">{sheet.comment}</Text>
              <Text size="xs" c="dimmed" mt={4}>Correct the week and submit it again.</Text>
            </Alert>
          ) : null}
          {sheet.status === 'submitted' ? <Text size="sm" c="dimmed">Submitted {formatInstant(sheet.submittedAt)}: waiting for approval. Recall it to change it.</Text> : null}
          {sheet.status === 'submitted' && sheet.approvals.length > 1 ? <ProjectApprovals approvals={sheet.approvals} /> : null}
          {sheet.status === 'approved' ? <Text size="sm" c="dimmed">Approved by {sheet.decidedBy?.name ?? '—'} {formatInstant(sheet.decidedAt)}: {formatTotal(sheet.totalMinutes)} hours are actual work now.</Text> : null}
          {sheet.lockedThrough && sheet.lockedThrough >= weekStart ? (
            <Text size="sm" c="dimmed">Days through {formatDate(sheet.lockedThrough)} are locked by the PMO and cannot change.</Text>
          ) : null}
          <WeekEditor key={weekStart} sheet={sheet} onReload={() => void week.refetch()} />
        </>
      ) : null}
    </Stack>
  );
}
