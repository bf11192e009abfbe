// Timesheet approvals: the submitted weeks waiting for my decision (hours on the projects I manage,
// the weeks of the people I line-manage; all of them for the PMO), oldest week first, each
// project's hours marked approved, waiting for me or for someone else; a row opens the week to
// approve or return (?open=, where the notification leads). The PMO also keeps the locked period.
import { Badge, Card, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useAwaitingTimesheets, type TimesheetListItem } from '../../api/timesheets.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { formatTotal } from './hours.ts';
import { LockCard } from './lock-card.tsx';
import { TimesheetReview } from './timesheet-review.tsx';

const route = getRouteApi('/_app/timesheet-approvals');

export function TimesheetApprovalsPage() {
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const awaiting = useAwaitingTimesheets();
  const open = (id: string | undefined) => void navigate({ search: id ? { open: id } : {}, replace: true });
  const items = awaiting.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader title="Timesheet approvals" subtitle="Weeks with hours on the projects you manage, and the weeks of the people you line-manage, waiting for your approval." />
      <Card withBorder radius="md" padding={0}>
        <Title order={2} size="h4" p="md" pb={0}>Awaiting my approval</Title>
        <ProblemAlert error={awaiting.error} />
        {awaiting.isPending ? <Pending /> : <QueueTable items={items} onOpen={open} />}
      </Card>
      {canEditRegister(user) ? <LockCard /> : null}
      <TimesheetReview id={search.open ?? null} onClose={() => open(undefined)} />
    </Stack>
  );
}

function QueueTable({ items, onOpen }: { items: readonly TimesheetListItem[]; onOpen: (id: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Awaiting my approval" highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Week</Table.Th>
            <Table.Th ta="right">Hours</Table.Th>
            <Table.Th>Projects</Table.Th>
            <Table.Th>Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((t) => (
            <Table.Tr key={t.id} data-person={t.user.name} onClick={() => onOpen(t.id)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <UnstyledButton fz="sm" fw={500} onClick={(e) => (e.stopPropagation(), onOpen(t.id))}>{t.user.name}</UnstyledButton>
              </Table.Td>
              <Table.Td fz="sm">{formatDate(t.weekStart)}</Table.Td>
              <Table.Td fz="sm" ta="right">{formatTotal(t.totalMinutes)}</Table.Td>
              <Table.Td>
                {t.projects.map((p) => (
                  <Badge key={p.id} style={BADGE_STYLE} variant="light" color={p.approved ? 'teal' : p.awaitsYou ? 'indigo' : 'gray'} mr={4} title={`${p.name}: ${p.approved ? 'approved' : p.awaitsYou ? 'waiting for you' : 'waiting for its managers'}`}>
                    {p.approved ? '✓ ' : ''}{p.visible ? p.code : 'Other'} {formatTotal(p.minutes)}
                  </Badge>
                ))}
              </Table.Td>
              <Table.Td fz="sm">{formatInstant(t.submittedAt)}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" py="md">No timesheet waits for your approval.</Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
