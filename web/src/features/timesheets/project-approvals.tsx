// Each project's hours on a submitted sheet and who approved them: a project's managers approve its
// hours, the person's line manager or the PMO the whole sheet, and the sheet is approved once every
// project's hours are. Shown to the owner while it waits, and to approvers when deciding.
import { Badge, Group, Text } from '@mantine/core';
import type { Timesheet } from '../../api/timesheets.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';

type Approval = Timesheet['approvals'][number];

const labelOf = (a: Approval): string => {
  const project = a.visible ? a.projectCode : 'Another project';
  if (a.approvedAt === null) return `${project}: waiting${a.awaitsYou ? ' for you' : ''}`;
  return `${project}: approved by ${a.approvedBy?.name ?? 'Orrery'}`;
};

export function ProjectApprovals({ approvals }: { approvals: readonly Approval[] }) {
  if (approvals.length === 0) return null;
  return (
    <Group gap={6} data-testid="project-approvals">
      <Text size="sm" c="dimmed">Per project:</Text>
      {approvals.map((a) => (
        <Badge key={a.projectId} style={BADGE_STYLE} variant="light" color={a.approvedAt !== null ? 'teal' : a.awaitsYou ? 'blue' : 'gray'}>
          {labelOf(a)}
        </Badge>
      ))}
    </Group>
  );
}

/** What approving does now: the whole sheet, or only the hours of some of its projects. */
export function approveLabel(approvals: readonly Approval[]): string {
  const waiting = approvals.filter((a) => a.approvedAt === null);
  const mine = waiting.filter((a) => a.awaitsYou);
  if (mine.length === waiting.length) return 'Approve';
  return `Approve the hours on ${mine.map((a) => a.projectCode).join(', ')}`;
}
